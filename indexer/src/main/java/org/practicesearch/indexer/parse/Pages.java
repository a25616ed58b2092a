package org.practicesearch.indexer.parse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads pages and JSON Lines files into entries. Each file's layout is detected from its text; teasers are
 * merged into the practices they summarise across all inputs of one call, and each entry is kept once.
 * Thread-safe (stateless).
 */
public final class Pages {
  private Pages() {}

  /**
   * Parses files and folders (folders recursively, in sorted order, hidden files skipped).
   *
   * @param paths files or folders
   * @return the entries, problems (with file and line) and the number of files read
   * @throws IOException if a folder cannot be listed
   */
  public static ParseResult parse(List<Path> paths) throws IOException {
    List<Problem> problems = new ArrayList<>();
    List<Path> files = Inputs.files(paths, problems);
    List<org.practicesearch.model.Entry> entries = new ArrayList<>();
    try {
      Feed.read(files, new Feed.Sink() {
        @Override
        public void chunk(Feed.Chunk chunk) {
          ParseResult r = chunk.parse();
          entries.addAll(r.entries());
          problems.addAll(r.problems());
        }

        @Override
        public void problem(Problem problem) {
          problems.add(problem);
        }

        @Override
        public void fileDone(Path file, long bytes, boolean readable) {
          // every file is counted below
        }
      });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("parse interrupted");
    }
    problems.sort(java.util.Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
    List<String> inputs = files.stream().map(Path::toString).toList();
    return new ParseResult(TeaserMerger.merge(entries, List.of()), problems, inputs.size(), inputs);
  }

  /**
   * Parses one page given as text.
   *
   * @param name the name used in sources and problems
   * @param text the page
   * @return the entries and problems
   */
  public static ParseResult parseText(String name, String text) {
    return parseTexts(Map.of(name, text));
  }

  /**
   * Parses several pages given as texts, merging teasers across them.
   *
   * @param texts page name to page text, in order
   * @return the entries and problems
   */
  public static ParseResult parseTexts(Map<String, String> texts) {
    return parseAll(texts, List.of());
  }

  private static ParseResult parseAll(Map<String, String> texts, List<PageParse> parsed) {
    List<PageParse> pages = new ArrayList<>(parsed);
    for (Map.Entry<String, String> t : texts.entrySet()) {
      pages.add(page(t.getKey(), t.getValue()));
    }
    ParseResult r = parsePages(pages);
    return new ParseResult(r.entries(), r.problems(), texts.size() + parsed.size(), List.copyOf(texts.keySet()));
  }

  /** Merges the teasers of parsed pages into their practices, then normalises. */
  static ParseResult parsePages(List<PageParse> pages) {
    List<org.practicesearch.model.Entry> entries = new ArrayList<>();
    List<PageParse.Teaser> teasers = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (PageParse p : pages) {
      entries.addAll(p.entries);
      teasers.addAll(p.teasers);
      problems.addAll(p.problems);
    }
    var normalised = org.practicesearch.indexer.normalise.EntryNormaliser.normalise(TeaserMerger.merge(entries, teasers));
    problems.addAll(normalised.warnings());
    return new ParseResult(normalised.entries(), problems, pages.size(), List.of());
  }

  /** Parses a page read from a file: a saved web page gets the URL of its crawl sidecar, if any. */
  static PageParse page(Path file, String text) {
    String name = file.toString();
    if (HtmlPage.isHtml(name, text)) {
      CrawlSidecar crawled = CrawlSidecar.read(file);
      return HtmlInput.parse(name, text, crawled == null ? "" : crawled.url());
    }
    return page(name, text);
  }

  static PageParse page(String name, String text) {
    if (HtmlPage.isHtml(name, text)) {
      return HtmlInput.parse(name, text, "");
    }
    List<String> raw = Text.lines(text);
    Layout layout = Layout.detect(raw);
    List<String> lines = switch (layout) {
      case ENTRY_JSONL, COLLECTION_JSONL -> raw;
      default -> Text.lines(Text.decodeEntities(text)); // pages saved from the web keep &amp; and &#8217;
    };
    return parseLines(name, lines, layout);
  }

  /** Runs the parser of a layout on a page's lines (a text page's, or those an HTML page gave). */
  static PageParse parseLines(String name, List<String> lines, Layout layout) {
    PageParse out = new PageParse();
    switch (layout) {
      case PRACTICE -> PracticePageParser.parse(name, lines, out);
      case GUIDELINE -> GuidelinePageParser.parse(name, lines, out);
      case RESOURCE_LISTING -> ResourceListingParser.parse(name, lines, out);
      case ENTRY_JSONL -> JsonLinesParser.parse(name, lines, false, out);
      case COLLECTION_JSONL -> JsonLinesParser.parse(name, lines, true, out);
      case UNKNOWN -> PlainPage.parse(name, lines, out);
    }
    return out;
  }
}

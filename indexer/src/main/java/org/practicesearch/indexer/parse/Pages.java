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
    return parseTexts(texts.entrySet().stream().map(t -> PageText.of(t.getKey(), t.getValue())).toList());
  }

  /**
   * Parses pages whose title or URL may be known (an HTML page's {@code <title>} and address), merging
   * teasers and duplicates across them.
   *
   * @param texts the pages, in order
   * @return the entries and problems
   */
  public static ParseResult parseTexts(List<PageText> texts) {
    List<PageParse> pages = new ArrayList<>();
    for (PageText t : texts) {
      pages.add(page(t));
    }
    ParseResult r = parsePages(pages);
    return new ParseResult(r.entries(), r.problems(), texts.size(), texts.stream().map(PageText::name).toList());
  }

  /**
   * Merges duplicates and the teasers of parsed pages into their practices, reports look-alikes, then
   * normalises.
   */
  static ParseResult parsePages(List<PageParse> pages) {
    List<org.practicesearch.model.Entry> entries = new ArrayList<>();
    List<PageParse.Teaser> teasers = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    java.util.Set<String> given = new java.util.HashSet<>(); // ids JSON Lines give: not ours to merge or warn about
    for (PageParse p : pages) {
      entries.addAll(p.entries);
      teasers.addAll(p.teasers);
      problems.addAll(p.problems);
      if (p.idsGiven) {
        p.entries.forEach(e -> given.add(e.id()));
      }
    }
    var merged = TeaserMerger.merge(Duplicates.merge(entries, given), teasers);
    problems.addAll(Duplicates.lookAlikes(merged, given));
    var normalised = org.practicesearch.indexer.normalise.EntryNormaliser.normalise(merged);
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

  /** Parses one page known by its name and text. */
  static PageParse page(String name, String text) {
    return page(PageText.of(name, text));
  }

  /**
   * Parses one page; a title or URL it was given is used for its entries (an HTML page gives its own).
   *
   * @param page the page
   * @return what it gave
   */
  static PageParse page(PageText page) {
    String text = page.text();
    if (HtmlPage.isHtml(page.name(), text)) {
      return HtmlInput.parse(page.name(), text, page.url());
    }
    List<String> raw = Text.lines(text);
    Layout layout = Layout.detect(raw);
    List<String> lines = switch (layout) {
      case ENTRY_JSONL, COLLECTION_JSONL -> raw;
      default -> Text.lines(Text.decodeEntities(text)); // pages saved from the web keep &amp; and &#8217;
    };
    return parseLines(page, lines, layout);
  }

  /**
   * Runs the parser of a layout on a page's lines (a text page's, or those an HTML page gave), with the title
   * and URL the page is known by.
   */
  static PageParse parseLines(PageText page, List<String> lines, Layout layout) {
    PageParse out = new PageParse();
    out.idsGiven = layout == Layout.ENTRY_JSONL || layout == Layout.COLLECTION_JSONL;
    switch (layout) {
      case PRACTICE -> PracticePageParser.parse(page, lines, out);
      case GUIDELINE -> GuidelinePageParser.parse(page, lines, out);
      case RESOURCE_LISTING -> ResourceListingParser.parse(page, lines, out);
      case ENTRY_JSONL -> JsonLinesParser.parse(page.name(), lines, false, out);
      case COLLECTION_JSONL -> JsonLinesParser.parse(page.name(), lines, true, out);
      case UNKNOWN -> PlainPage.parse(page, lines, out);
    }
    return out;
  }
}

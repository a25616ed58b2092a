package org.practicesearch.indexer.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
    Map<String, String> texts = new LinkedHashMap<>();
    List<PageParse> streamed = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<String> inputs = new ArrayList<>();
    for (Path p : paths) {
      for (Path f : files(p, problems)) {
        inputs.add(f.toString());
        readFile(f, texts, streamed, problems);
      }
    }
    ParseResult r = parseAll(texts, streamed);
    problems.addAll(r.problems());
    problems.sort(java.util.Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
    return new ParseResult(r.entries(), problems, inputs.size(), inputs);
  }

  private static void readFile(Path f, Map<String, String> texts, List<PageParse> streamed, List<Problem> problems) {
    try {
      switch (InputFile.sniff(f)) {
        case EMPTY -> problems.add(Problem.error(f.toString(), 1, "empty file"));
        case BINARY -> problems.add(Problem.error(f.toString(), 1, "binary file (" + InputFile.describe(f)
            + "), not read"));
        case JSON_LINES -> streamed.add(streamJsonLines(f));
        case TEXT -> {
          String text = InputFile.readPage(f, problems);
          if (text != null && HtmlPage.isHtml(f.toString(), text)) {
            CrawlSidecar crawled = CrawlSidecar.read(f);
            streamed.add(HtmlInput.parse(f.toString(), text, crawled == null ? "" : crawled.url()));
          } else if (text != null) {
            texts.put(f.toString(), text);
          }
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.add(Problem.error(f.toString(), 1, "cannot read: " + e.getMessage()));
    }
  }

  private static PageParse streamJsonLines(Path f) throws IOException {
    PageParse out = new PageParse();
    String name = f.toString();
    try (java.io.BufferedReader r = InputFile.jsonLines(f)) {
      Boolean collection = null;
      int lineNo = 0;
      InputFile.Line line;
      while ((line = InputFile.nextLine(r)) != null) {
        lineNo++;
        if (line.tooLong()) {
          out.problems.add(Problem.error(name, lineNo, "line longer than " + (InputFile.MAX_LINE_CHARS >> 20)
              + " M characters"));
          continue;
        }
        if (collection == null && !line.text().isBlank()) {
          collection = JsonLinesParser.isCollection(line.text());
        }
        JsonLinesParser.parseLine(name, lineNo, line.text(), collection != null && collection, out);
      }
    }
    return out;
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
    return new ParseResult(normalised.entries(), problems, texts.size() + parsed.size(), List.copyOf(texts.keySet()));
  }

  private static PageParse page(String name, String text) {
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

  private static List<Path> files(Path p, List<Problem> problems) throws IOException {
    if (Files.isRegularFile(p)) {
      return List.of(p);
    }
    if (!Files.isDirectory(p)) {
      problems.add(Problem.error(p.toString(), 1, "no such file or folder"));
      return List.of();
    }
    try (Stream<Path> s = Files.walk(p)) {
      List<Path> all = s.toList();
      for (Path link : all) {
        if (Files.isSymbolicLink(link) && Files.isDirectory(link)) {
          problems.add(Problem.warning(link.toString(), 1, "symbolic link to a folder not followed"));
        }
      }
      return all.stream().filter(Files::isRegularFile)
          .filter(f -> p.relativize(f).toString().chars().noneMatch(c -> c == 0)
              && !hidden(p.relativize(f)) && !CrawlSidecar.isSidecar(f))
          .sorted().toList();
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}

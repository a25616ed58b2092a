package org.practicesearch.indexer.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    List<PageText> texts = new ArrayList<>();
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

  private static void readFile(Path f, List<PageText> texts, List<PageParse> streamed, List<Problem> problems) {
    try {
      switch (InputFile.sniff(f)) {
        case EMPTY -> problems.add(Problem.error(f.toString(), 1, "empty file"));
        case BINARY -> problems.add(Problem.error(f.toString(), 1, "binary file (" + InputFile.describe(f)
            + "), not read"));
        case JSON_LINES -> streamed.add(streamJsonLines(f));
        case TEXT -> {
          String text = InputFile.readPage(f, problems);
          if (text != null) {
            texts.add(PageText.of(f.toString(), text));
          }
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.add(Problem.error(f.toString(), 1, "cannot read: " + e.getMessage()));
    }
  }

  private static PageParse streamJsonLines(Path f) throws IOException {
    PageParse out = new PageParse();
    out.idsGiven = true;
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
    return parsePages(texts.entrySet().stream().map(t -> PageText.of(t.getKey(), t.getValue())).toList());
  }

  /**
   * Parses pages whose title or URL may be known (an HTML page's {@code <title>} and address), merging
   * teasers and duplicates across them.
   *
   * @param pages the pages, in order
   * @return the entries and problems
   */
  public static ParseResult parsePages(List<PageText> pages) {
    return parseAll(pages, List.of());
  }

  private static ParseResult parseAll(List<PageText> texts, List<PageParse> parsed) {
    List<PageParse> pages = new ArrayList<>(parsed);
    for (PageText t : texts) {
      pages.add(page(t));
    }
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
    return new ParseResult(normalised.entries(), problems, texts.size() + parsed.size(),
        texts.stream().map(PageText::name).toList());
  }

  private static PageParse page(PageText page) {
    PageParse out = new PageParse();
    String text = page.text();
    List<String> raw = Text.lines(text);
    Layout layout = Layout.detect(raw);
    List<String> lines = switch (layout) {
      case ENTRY_JSONL, COLLECTION_JSONL -> {
        out.idsGiven = true;
        yield raw;
      }
      default -> Text.lines(Text.decodeEntities(text)); // pages saved from the web keep &amp; and &#8217;
    };
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
              && !hidden(p.relativize(f)))
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

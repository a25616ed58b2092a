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
    List<Problem> problems = new ArrayList<>();
    int files = 0;
    for (Path p : paths) {
      for (Path f : files(p, problems)) {
        files++;
        String text = read(f, problems);
        if (text != null) {
          texts.put(f.toString(), text);
        }
      }
    }
    ParseResult r = parseTexts(texts);
    problems.addAll(r.problems());
    problems.sort(java.util.Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
    return new ParseResult(r.entries(), problems, files);
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
    List<PageParse> pages = new ArrayList<>();
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
    return new ParseResult(normalised.entries(), problems, texts.size());
  }

  private static PageParse page(String name, String text) {
    PageParse out = new PageParse();
    List<String> raw = Text.lines(text);
    Layout layout = Layout.detect(raw);
    List<String> lines = switch (layout) {
      case ENTRY_JSONL, COLLECTION_JSONL -> raw;
      default -> Text.lines(Text.decodeEntities(text)); // pages saved from the web keep &amp; and &#8217;
    };
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
      return s.filter(Files::isRegularFile)
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

  /** Reads a file as strict UTF-8; a file that is not is a problem, not a crash. */
  private static String read(Path f, List<Problem> problems) {
    try {
      byte[] bytes = Files.readAllBytes(f);
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      problems.add(Problem.error(f.toString(), 1, "not UTF-8 text (binary or another encoding)"));
    } catch (IOException e) {
      problems.add(Problem.error(f.toString(), 1, "cannot read: " + e.getMessage()));
    }
    return null;
  }
}

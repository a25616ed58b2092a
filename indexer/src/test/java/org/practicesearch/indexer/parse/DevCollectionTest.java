package org.practicesearch.indexer.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.practicesearch.eval.Evaluation;
import org.practicesearch.eval.Metrics;
import org.practicesearch.eval.Qrels;
import org.practicesearch.eval.RawTextBaseline;
import org.practicesearch.eval.SourceFiles;
import org.practicesearch.eval.Topic;
import org.practicesearch.eval.Topics;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;

/** The shape of the development collection in docs/relevance/dev: files, layouts, topics and judgements. */
class DevCollectionTest {
  static final Path DEV = Seeds.repo().resolve("docs/relevance/dev");
  static final Path PAGES = DEV.resolve("pages");

  static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(PAGES)) {
      return s.sorted().toList();
    }
  }

  @Test
  void everyFileIsReadWithoutRejection() throws IOException {
    ParseResult r = Pages.parse(List.of(PAGES));
    assertEquals(88, r.files());
    assertEquals(List.of(), r.problems().stream().filter(Problem::rejected).toList());
    Map<Kind, Long> kinds = r.entries().stream().collect(Collectors.groupingBy(Entry::kind, () -> new EnumMap<>(Kind.class),
        Collectors.counting()));
    // the three description-only pages named practice-* are practices, the other four plain documents
    assertEquals(Map.of(Kind.PRACTICE, 72L, Kind.RESOURCE, 36L, Kind.GUIDELINE, 5L, Kind.DOCUMENT, 13L), kinds);
  }

  @Test
  void everyLayoutTheReadmeListsIsPresent() throws IOException {
    Map<String, Integer> layouts = new TreeMap<>();
    for (Path f : files()) {
      layouts.merge(layoutOf(f), 1, Integer::sum);
    }
    assertEquals(Map.of("practice, labelled", 25, "practice, form", 19, "practice, after site navigation", 11,
        "description only", 7, "guideline", 5, "resource listing", 10, "entry jsonl", 5, "collection jsonl", 6), layouts);
  }

  private static String layoutOf(Path f) throws IOException {
    List<String> lines = Text.lines(Files.readString(f, StandardCharsets.UTF_8));
    return switch (Layout.detect(lines)) {
      case PRACTICE -> lines.get(0).equals("Skip to main content") ? "practice, after site navigation"
          : lines.get(1).isBlank() ? "practice, labelled" : "practice, form";
      case GUIDELINE -> "guideline";
      case RESOURCE_LISTING -> "resource listing";
      case ENTRY_JSONL -> "entry jsonl";
      case COLLECTION_JSONL -> "collection jsonl";
      case UNKNOWN -> "description only";
    };
  }

  @Test
  void someResourcesAreListedOnTwoTopicPages() throws IOException {
    Map<String, Set<String>> pagesOfTitle = new HashMap<>();
    for (Path f : files()) {
      if (layoutOf(f).equals("resource listing")) {
        for (Entry e : Pages.parse(List.of(f)).entries()) {
          pagesOfTitle.computeIfAbsent(e.title(), t -> new TreeSet<>()).add(f.getFileName().toString());
        }
      }
    }
    assertEquals(5, pagesOfTitle.values().stream().filter(p -> p.size() == 2).count());
  }

  @Test
  void everyAcronymTopicHasItsLongForm() throws IOException {
    Map<String, String> acronyms = Topics.read(DEV.resolve("topics.tsv")).stream()
        .filter(t -> t.queryClass().equals("acronym")).collect(Collectors.toMap(Topic::id, Topic::query));
    Map<String, String> pairs = new TreeMap<>();
    for (String line : Files.readAllLines(DEV.resolve("acronym-pairs.tsv"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("#")) {
        String[] cols = line.split("\t");
        assertEquals(3, cols.length, line);
        assertTrue(cols[2].length() > cols[1].length(), line);
        pairs.put(cols[0], cols[1]);
      }
    }
    assertEquals(new TreeMap<>(acronyms), pairs);
  }

  @Test
  void theRawTextBaselineGivesTheDocumentedFigures() throws IOException {
    // docs/RELEVANCE.md, "Development collection": the floor the ranking must clear, per class
    List<Topic> topics = Topics.read(DEV.resolve("topics.tsv"));
    Qrels qrels = Qrels.read(DEV.resolve("qrels.txt"));
    try (RawTextBaseline raw = RawTextBaseline.of(SourceFiles.under(PAGES))) {
      Map<String, Metrics> m = Evaluation.run(raw, topics, qrels).byClass(topics, qrels);
      assertEquals(0.8034, m.get("plain").ndcg10(), 0.00005);
      assertEquals(0.8541, m.get("acronym").ndcg10(), 0.00005);
      assertEquals(0.7148, m.get("typo").ndcg10(), 0.00005);
      assertEquals(0.6775, m.get("paraphrase").ndcg10(), 0.00005);
      assertEquals(0.7693, m.get(Metrics.ALL).ndcg10(), 0.00005);
      assertEquals(0.6759, m.get(Metrics.ALL).map(), 0.00005);
    }
  }

  @Test
  void topicsComeInFourClassesAndEveryJudgedFileExists() throws IOException {
    List<Topic> topics = Topics.read(DEV.resolve("topics.tsv"));
    Map<String, Long> classes = topics.stream().collect(Collectors.groupingBy(Topic::queryClass, TreeMap::new,
        Collectors.counting()));
    assertEquals(Map.of("acronym", 16L, "paraphrase", 13L, "plain", 16L, "typo", 13L), classes);
    Qrels qrels = Qrels.read(DEV.resolve("qrels.txt"));
    Set<String> ids = topics.stream().map(Topic::id).collect(Collectors.toSet());
    assertEquals(ids, qrels.grades().keySet());
    for (String doc : qrels.documents()) {
      assertTrue(Files.isRegularFile(PAGES.resolve(doc)), "judged file missing: " + doc);
    }
    for (Map.Entry<String, Map<String, Integer>> t : qrels.grades().entrySet()) {
      assertTrue(t.getValue().containsValue(3), "topic " + t.getKey() + " has no answer (grade 3)");
    }
  }
}

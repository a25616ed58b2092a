package org.practicesearch.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Relevance judgements in TREC qrels format: {@code topic iteration docid grade} a line. Grades above 0 are
 * relevant; nDCG uses the grade as gain.
 *
 * @param grades topic id to (document id to grade)
 */
public record Qrels(Map<String, Map<String, Integer>> grades) {
  /** Copies the map. */
  public Qrels {
    grades = Map.copyOf(grades);
  }

  /**
   * Reads a qrels file.
   *
   * @param file the file
   * @return the judgements
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException naming the file and line of a malformed line
   */
  public static Qrels read(Path file) throws IOException {
    Map<String, Map<String, Integer>> grades = new HashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] p = line.split("\\s+");
      if (p.length != 4) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'topic iteration docid grade', got '" + line + "'");
      }
      try {
        grades.computeIfAbsent(p[0], t -> new HashMap<>()).put(p[2], Integer.parseInt(p[3]));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": grade '" + p[3] + "' is not a number");
      }
    }
    return new Qrels(grades);
  }

  /**
   * The judgements of some topics only.
   *
   * @param topics the topic ids to keep
   * @return the judgements of those topics
   */
  public Qrels only(java.util.Set<String> topics) {
    Map<String, Map<String, Integer>> kept = new HashMap<>(grades);
    kept.keySet().retainAll(topics);
    return new Qrels(kept);
  }

  /**
   * Every judged document id, relevant or not.
   *
   * @return the document ids
   */
  public java.util.Set<String> documents() {
    java.util.Set<String> out = new java.util.TreeSet<>();
    grades.values().forEach(g -> out.addAll(g.keySet()));
    return out;
  }

  /** Number of relevant documents (grade above 0) of a topic. */
  int relevant(String topic) {
    return (int) grades.getOrDefault(topic, Map.of()).values().stream().filter(g -> g > 0).count();
  }

  int grade(String topic, String doc) {
    return grades.getOrDefault(topic, Map.of()).getOrDefault(doc, 0);
  }
}

package org.practicesearch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.practicesearch.render.Json;

/**
 * Writes generated entries as JSON Lines in our entry schema, for indexing with {@code practice-search index}
 * (the SolrCloud parity test indexes the same file into both backends):
 * {@code java -cp practice-search-bench.jar org.practicesearch.bench.WriteCorpus DOCS SEED SEED_PAGES OUT}.
 */
public final class WriteCorpus {
  private WriteCorpus() {}

  /**
   * Writes the corpus.
   *
   * @param args the number of entries, the random seed, the seed pages folder and the output file
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: WriteCorpus DOCS SEED SEED_PAGES OUT.jsonl");
      System.exit(2);
    }
    write(new CorpusGenerator(Long.parseLong(args[1]), Path.of(args[2])), Long.parseLong(args[0]), Path.of(args[3]));
  }

  /**
   * Writes entries {@code 0..docs-1} of {@code g} to {@code out}, one JSON object a line.
   *
   * @param g the generator
   * @param docs how many entries
   * @param out the file
   * @throws IOException if it cannot be written
   */
  static void write(CorpusGenerator g, long docs, Path out) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (long n = 0; n < docs; n++) {
        w.write(Json.compact(Json.entry(g.entry(n))));
        w.write('\n');
      }
    }
  }
}

package org.practicesearch.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.practicesearch.indexer.IndexReport;
import org.practicesearch.indexer.Indexer;
import org.practicesearch.model.Entry;
import org.practicesearch.model.Kind;
import org.practicesearch.search.FacetValue;
import org.practicesearch.search.Hit;
import org.practicesearch.search.SearchIndex;
import org.practicesearch.search.SearchRequest;
import org.practicesearch.search.SearchResponse;

/**
 * What an application embedding practice-search does, with the core and indexer artifacts only: index a
 * folder of pages and an entry made in code, search with filters and drill-sideways facets, delete, refresh,
 * close. The README shows {@link #run} as it is written here; {@code EmbeddingExampleTest} runs it.
 *
 * <p>Run it with {@code java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -cp ...
 * org.practicesearch.examples.EmbeddingExample PAGES_FOLDER INDEX_FOLDER}.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /**
   * Indexes {@code args[0]} (pages or JSON Lines) into the index folder {@code args[1]} and searches it.
   *
   * @param args the pages folder and the index folder
   * @throws IOException if the index cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: EmbeddingExample PAGES_FOLDER INDEX_FOLDER");
      System.exit(2);
    }
    run(Path.of(args[0]), Path.of(args[1]));
  }

  /**
   * The example, as the README shows it.
   *
   * @param pages a folder of pages
   * @param dir the index folder (new, empty, or a practice-search index)
   * @throws IOException if the index cannot be written or read
   */
  static void run(Path pages, Path dir) throws IOException {
    // README:begin
    try (Indexer indexer = Indexer.open(dir)) {                // creates the index if missing
      indexer.addFiles(List.of(pages));                         // pages and JSON Lines, parsed as the CLI does
      Entry hotline = indexer.add(Entry.builder("practice-jordan-hotline", Kind.PRACTICE)
          .title("A multilingual hotline for migrants caught in a crisis")
          .description("Migrants call one number in their own language for shelter, papers and a way home.")
          .countries(List.of("Jordanie")).practiceTypes(List.of("tools")).source("my-app:1").build());
      System.out.println(hotline.countries() + " " + hotline.regions() + " " + hotline.practiceTypes());
      IndexReport report = indexer.commit();                    // one atomic commit; counts and problems
      System.out.println(report.added() + " added, " + report.problems().size() + " problems");

      try (SearchIndex index = SearchIndex.open(dir)) {         // thread-safe: open once, share
        SearchResponse response = index.search(SearchRequest.builder().text("migrants")
            .filter("kind", "practice").filter("region", "Asia").size(5).build());
        System.out.println(response.total() + " hits");
        for (Hit hit : response.hits()) {
          System.out.println("  " + hit.id() + "  " + hit.entry().countries());
        }
        for (FacetValue region : response.facets().get("region")) { // drill-sideways: other regions still counted
          System.out.println("  " + region.value() + " " + region.count() + (region.selected() ? " (selected)" : ""));
        }
        indexer.delete("practice-jordan-hotline");
        indexer.commit();
        index.refresh();                                        // later searches see the new commit
        System.out.println(index.size() + " entries");
      }
    }
    // README:end
  }
}

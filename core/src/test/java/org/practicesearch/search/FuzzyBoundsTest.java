package org.practicesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typo handling cannot explode: a bounded number of fuzzy words, each with a prefix and bounded expansions. */
class FuzzyBoundsTest {
  @Test
  void onlyTheFirstUnknownWordsAreMatchedApproximately(@TempDir Path dir) throws IOException {
    TestIndexes.write(dir, TestIndexes.sample());
    try (var d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      QueryFactory.Understood u = new QueryFactory().understand("qwzx qwzy qwzv qwzw qwzt qwzs", false, true, reader,
          org.practicesearch.analysis.Lexicon.bundled());
      assertEquals(List.of("qwzx", "qwzy", "qwzv", "qwzw", "qwzt", "qwzs"), u.unknownWords());
      List<String> fuzzy = new ArrayList<>();
      u.query().visit(new QueryVisitor() {
        @Override
        public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
          return this;
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
          if (query instanceof FuzzyQuery f) {
            fuzzy.add(field + ":" + f.getTerm().text() + "~" + f.getMaxEdits() + "/" + f.getPrefixLength());
          }
        }
      });
      // (a boolean query visits its clauses in no fixed order)
      assertEquals(List.of("description:qwzv~1/1", "description:qwzw~1/1", "description:qwzx~1/1",
          "description:qwzy~1/1", "title:qwzv~1/1", "title:qwzw~1/1", "title:qwzx~1/1", "title:qwzy~1/1"),
          fuzzy.stream().sorted().toList());
    }
  }
}

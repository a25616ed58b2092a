package org.practicesearch.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The raw-text baseline of a file-level evaluation: plain BM25 (k1=0.9, b=0.4) over each input file's raw text,
 * one document per file, analysed with the standard tokenizer and lower case only (no stemming, no stop words,
 * no fields, no lexicon), held in memory. The query is the bag of its terms, each boosted by its count, as
 * Anserini runs BM25. It shows what a search engine knowing nothing of the layouts would do with the same files.
 * Thread-safe once built; close it to free the memory.
 */
public final class RawTextBaseline implements AutoCloseable, Evaluation.Ranker {
  /** BM25 k1, as Anserini's default. */
  public static final float K1 = 0.9f;
  /** BM25 b, as Anserini's default. */
  public static final float B = 0.4f;
  private static final String PATH = "path";
  private static final String TEXT = "text";

  private final Analyzer analyzer = new RawAnalyzer();
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private RawTextBaseline(SourceFiles files) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity(K1, B));
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (java.nio.file.Path f : files.files()) {
        Document d = new Document();
        d.add(new StoredField(PATH, SourceFiles.docId(f)));
        d.add(new TextField(TEXT, read(files.root().resolve(f)), Field.Store.NO));
        w.addDocument(d);
      }
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new BM25Similarity(K1, B));
  }

  /**
   * Indexes every file of a folder in memory.
   *
   * @param files the files
   * @return the baseline, ready to rank
   * @throws IOException if a file cannot be read
   */
  public static RawTextBaseline of(SourceFiles files) throws IOException {
    return new RawTextBaseline(files);
  }

  private static String read(java.nio.file.Path file) throws IOException {
    // the raw text, whatever its encoding problems: a bad byte must not stop the baseline
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
  }

  /**
   * Ranks the files for a query: ids (relative paths) best first, ties broken by id descending as trec_eval does.
   *
   * @param query the query text
   * @param depth how many files at most
   * @return the file ids
   * @throws IOException if the in-memory index cannot be read
   */
  @Override
  public List<String> rank(String query, int depth) throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (Map.Entry<String, Integer> t : terms(query).entrySet()) {
      q.add(new BoostQuery(new TermQuery(new Term(TEXT, t.getKey())), t.getValue()), BooleanClause.Occur.SHOULD);
    }
    ScoreDoc[] hits = searcher.search(q.build(), depth).scoreDocs;
    StoredFields stored = searcher.storedFields();
    List<Scored> scored = new ArrayList<>();
    for (ScoreDoc sd : hits) {
      scored.add(new Scored(stored.document(sd.doc).get(PATH), sd.score));
    }
    scored.sort(java.util.Comparator.comparingDouble(Scored::score).reversed()
        .thenComparing(Scored::id, java.util.Comparator.reverseOrder()));
    return scored.stream().map(Scored::id).toList();
  }

  /** The query's terms with their counts, in order of first occurrence. */
  Map<String, Integer> terms(String query) throws IOException {
    Map<String, Integer> out = new LinkedHashMap<>();
    try (TokenStream ts = analyzer.tokenStream(TEXT, query)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.merge(term.toString(), 1, Integer::sum);
      }
      ts.end();
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    try (dir; analyzer) {
      reader.close();
    }
  }

  private record Scored(String id, float score) {}

  /** Standard tokenizer and lower case, nothing else. */
  private static final class RawAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, new LowerCaseFilter(source));
    }
  }
}

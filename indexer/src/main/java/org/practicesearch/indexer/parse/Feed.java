package org.practicesearch.indexer.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.practicesearch.indexer.normalise.EntryNormaliser;
import org.practicesearch.model.Entry;

/**
 * The reading stage of a streaming index run. One thread reads the input files in order and hands out
 * {@link Chunk}s of at most {@link #CHUNK_LINES} JSON lines; worker threads parse and normalise them
 * ({@link Chunk#parse()}), so a JSON Lines file of any size is never held whole. Pages (at most
 * {@link InputFile#MAX_PAGE_BYTES} each) are parsed as they are read and kept until the end, because a
 * teaser on one page is merged into a practice on another; they make the last chunk.
 */
public final class Feed {
  /** JSON lines per chunk: large enough to amortise the hand-over, small enough to keep memory flat. */
  public static final int CHUNK_LINES = 256;

  private Feed() {}

  /** Work for a worker thread. */
  public interface Chunk {
    /**
     * Parses and normalises the chunk.
     *
     * @return its entries (normalised, in input order; ids may repeat) and problems
     */
    ParseResult parse();

    /**
     * How many bytes of input the chunk holds, for progress.
     *
     * @return the bytes (0 when counted with the whole file)
     */
    default long bytes() {
      return 0;
    }
  }

  /** Receives what the reader produces. Called from the reading thread only. */
  public interface Sink {
    /**
     * A chunk to parse; may block while the workers are behind.
     *
     * @param chunk the chunk
     * @throws InterruptedException if the run is stopped
     */
    void chunk(Chunk chunk) throws InterruptedException;

    /**
     * A problem found while reading (a whole file, or a line too long).
     *
     * @param problem the problem
     */
    void problem(Problem problem);

    /**
     * A file is read (its last chunk handed out).
     *
     * @param file the file
     * @param bytes its size in bytes
     * @param readable false when it could not be read at all (an I/O error): its entries must be kept
     */
    void fileDone(Path file, long bytes, boolean readable);
  }

  /**
   * Reads the files in order into the sink.
   *
   * @param files the files (see {@link Inputs#files})
   * @param sink where chunks and problems go
   * @throws InterruptedException if the sink is interrupted
   */
  public static void read(List<Path> files, Sink sink) throws InterruptedException {
    List<PageParse> pages = new ArrayList<>();
    for (Path f : files) {
      long size = 0;
      boolean readable = true;
      try {
        size = java.nio.file.Files.size(f);
        readFile(f, pages, sink);
      } catch (IOException | UncheckedIOException e) {
        readable = false;
        sink.problem(Problem.error(f.toString(), 1, "cannot read: " + e.getMessage()));
      }
      sink.fileDone(f, size, readable);
    }
    if (!pages.isEmpty()) {
      sink.chunk(() -> Pages.parsePages(pages));
    }
  }

  private static void readFile(Path f, List<PageParse> pages, Sink sink) throws IOException, InterruptedException {
    String name = f.toString();
    switch (InputFile.sniff(f)) {
      case EMPTY -> sink.problem(Problem.error(name, 1, "empty file"));
      case BINARY -> sink.problem(Problem.error(name, 1, "binary file (" + InputFile.describe(f) + "), not read"));
      case JSON_ARRAY -> sink.problem(Problem.error(name, 1, "a JSON array, not JSON Lines: write one object "
          + "a line (e.g. jq -c '.[]' " + name + ")"));
      case JSON_LINES -> readJsonLines(f, sink);
      case TEXT -> {
        List<Problem> problems = new ArrayList<>();
        String text = InputFile.readPage(f, problems);
        problems.forEach(sink::problem);
        if (text != null) {
          pages.add(Pages.page(f, text));
        }
      }
    }
  }

  private static void readJsonLines(Path f, Sink sink) throws IOException, InterruptedException {
    String name = f.toString();
    try (LineReader r = new LineReader(f)) {
      Boolean collection = null;
      int lineNo = 0;
      LineReader.Line line;
      Lines chunk = null;
      long handed = 0;
      while ((line = r.next()) != null) {
        lineNo++;
        if (line.tooLong()) {
          sink.problem(Problem.error(name, lineNo, "line longer than " + (InputFile.MAX_LINE_CHARS >> 20)
              + " M characters"));
          continue;
        }
        if (line.badBytes() > 0) {
          sink.problem(Problem.warning(name, lineNo, Utf8.repairNote(new Utf8.Decoded("", line.badBytes(), 0))));
        }
        if (collection == null && !line.text().isBlank()) {
          collection = JsonLinesParser.isCollection(line.text());
        }
        if (chunk == null) {
          chunk = new Lines(name, collection != null && collection);
        }
        chunk.add(lineNo, line.text());
        if (chunk.size() == CHUNK_LINES) {
          chunk.bytes = r.bytesRead() - handed;
          handed = r.bytesRead();
          sink.chunk(chunk);
          chunk = null;
        }
      }
      if (chunk != null) {
        chunk.bytes = r.bytesRead() - handed;
        sink.chunk(chunk);
      }
    }
  }

  /** Lines of one JSON Lines file. */
  private static final class Lines implements Chunk {
    private final String file;
    private final boolean collection;
    private final int[] numbers = new int[CHUNK_LINES];
    private final List<String> texts = new ArrayList<>(CHUNK_LINES);
    private long bytes;

    Lines(String file, boolean collection) {
      this.file = file;
      this.collection = collection;
    }

    void add(int lineNo, String text) {
      numbers[texts.size()] = lineNo;
      texts.add(text);
    }

    int size() {
      return texts.size();
    }

    @Override
    public long bytes() {
      return bytes;
    }

    @Override
    public ParseResult parse() {
      PageParse out = new PageParse();
      for (int i = 0; i < texts.size(); i++) {
        JsonLinesParser.parseLine(file, numbers[i], texts.get(i), collection, out);
      }
      EntryNormaliser.Result n = EntryNormaliser.normalise(out.entries);
      List<Problem> problems = new ArrayList<>(out.problems);
      problems.addAll(n.warnings());
      return new ParseResult(n.entries(), problems, 0, List.of());
    }
  }

  /**
   * Merges entries that share an id (the same entry read twice), as a whole-input parse does.
   *
   * @param entries entries with one id, the first read first
   * @return the entries they become
   */
  public static List<Entry> merge(List<Entry> entries) {
    return TeaserMerger.merge(entries, List.of());
  }
}

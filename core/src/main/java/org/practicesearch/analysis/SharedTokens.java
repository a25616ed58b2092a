package org.practicesearch.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * One text split by the standard tokenizer once, then given to the two fields that index the same text: the
 * spelling field ({@link Analyzers#exact()}) and the acronym field ({@link Analyzers#acronyms()}), each
 * getting exactly the tokens, positions and offsets its analyzer would give. Tokenizing is most of the cost
 * of analysing a text, so the second field costs a replay instead. Not changed once made; each call gives a
 * new stream, read by one thread at a time.
 */
public final class SharedTokens {
  private static final ThreadLocal<StandardTokenizer> TOKENIZER = ThreadLocal.withInitial(StandardTokenizer::new);

  private char[] chars = new char[256];
  /** Per token: end of its characters in {@link #chars}, start and end offsets, position increment. */
  private int[] tokens = new int[64 * 4];
  private String[] types = new String[64];
  private int count;
  private int finalOffset;
  private int finalIncrement;

  private SharedTokens() {}

  /**
   * Tokenizes a text with the standard tokenizer.
   *
   * @param text the text
   * @return its tokens, ready to replay
   */
  public static SharedTokens of(String text) {
    SharedTokens s = new SharedTokens();
    StandardTokenizer t = TOKENIZER.get();
    CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = t.addAttribute(OffsetAttribute.class);
    PositionIncrementAttribute inc = t.addAttribute(PositionIncrementAttribute.class);
    TypeAttribute type = t.addAttribute(TypeAttribute.class);
    try {
      t.setReader(new StringReader(text));
      t.reset();
      while (t.incrementToken()) {
        s.add(term, offset.startOffset(), offset.endOffset(), inc.getPositionIncrement(), type.type());
      }
      t.end();
      s.finalOffset = offset.endOffset();
      s.finalIncrement = inc.getPositionIncrement();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot tokenize a string", e); // a StringReader does not fail
    } finally {
      try {
        t.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return s;
  }

  private void add(CharTermAttribute term, int start, int end, int increment, String type) {
    if (count == types.length) {
      tokens = Arrays.copyOf(tokens, tokens.length * 2);
      types = Arrays.copyOf(types, types.length * 2);
    }
    int from = count == 0 ? 0 : tokens[count * 4 - 4];
    if (from + term.length() > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, from + term.length()));
    }
    System.arraycopy(term.buffer(), 0, chars, from, term.length());
    int k = count * 4;
    tokens[k] = from + term.length();
    tokens[k + 1] = start;
    tokens[k + 2] = end;
    tokens[k + 3] = increment;
    types[count++] = type;
  }

  /** {@return the spelling field's tokens: what {@link Analyzers#exact()} gives for the text} */
  public TokenStream exact() {
    return Analyzers.exactFilters(new Replay());
  }

  /** {@return the acronym field's tokens: what {@link Analyzers#acronyms()} gives for the text} */
  public TokenStream acronyms() {
    return Analyzers.acronymFilters(new Replay());
  }

  /** The captured tokens with the attributes the standard tokenizer sets, as it set them. */
  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private int next;

    @Override
    public boolean incrementToken() {
      if (next == count) {
        return false;
      }
      clearAttributes();
      int k = next * 4;
      int from = next == 0 ? 0 : tokens[k - 4];
      term.copyBuffer(chars, from, tokens[k] - from);
      offset.setOffset(tokens[k + 1], tokens[k + 2]);
      inc.setPositionIncrement(tokens[k + 3]);
      type.setType(types[next++]);
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(finalOffset, finalOffset);
      inc.setPositionIncrement(finalIncrement);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}

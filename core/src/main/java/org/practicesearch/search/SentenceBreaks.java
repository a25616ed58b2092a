package org.practicesearch.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * The JDK's sentence boundaries of a text, found in one forward pass when the text is set and then looked up.
 * The highlighter asks for the boundaries around each match (twice per passage it considers, more to reach a
 * passage's length goal); the JDK's iterator re-scans the text around an offset for each {@link #following}
 * and {@link #preceding}, which was a third of a snippet's time (a profile of Q2's median requests at 1M). On
 * real text, the same answers and positions after each call as the JDK's iterator. On odd text its backward
 * rules can find a boundary its forward ones do not ("'Dr. ;"); this one answers from the forward boundaries
 * either way.
 */
final class SentenceBreaks extends BreakIterator {
  private BreakIterator sentences;
  private CharacterIterator text;
  /** The boundaries in order; {@code count} of them, the first and last included. */
  private int[] bounds = new int[16];
  private int count;
  /** The index in {@link #bounds} of the current boundary. */
  private int at;

  SentenceBreaks(Locale locale) {
    sentences = BreakIterator.getSentenceInstance(locale);
    setText("");
  }

  @Override
  public void setText(CharacterIterator newText) {
    sentences.setText(newText);
    text = newText;
    count = 0;
    for (int b = sentences.first(); b != DONE; b = sentences.next()) {
      if (count == bounds.length) {
        bounds = Arrays.copyOf(bounds, count * 2);
      }
      bounds[count++] = b;
    }
    at = 0;
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int first() {
    return bounds[at = 0];
  }

  @Override
  public int last() {
    return bounds[at = count - 1];
  }

  @Override
  public int next(int n) {
    int to = at + n;
    if (to < 0 || to >= count) {
      at = to < 0 ? 0 : count - 1;
      return DONE;
    }
    return bounds[at = to];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int current() {
    return bounds[at];
  }

  /** {@return the first boundary after {@code offset}, now current; {@link #DONE} from the last one} */
  @Override
  public int following(int offset) {
    check(offset);
    int i = after(offset);
    if (i == count) {
      at = count - 1;
      return DONE;
    }
    return bounds[at = i];
  }

  /** {@return the last boundary before {@code offset}, now current; {@link #DONE} from the first one} */
  @Override
  public int preceding(int offset) {
    check(offset);
    int i = after(offset - 1) - 1; // the boundaries before offset end just before the first one at or after it
    if (i < 0) {
      at = 0;
      return DONE;
    }
    return bounds[at = i];
  }

  @Override
  public boolean isBoundary(int offset) {
    check(offset);
    if (offset == bounds[0]) {
      return true; // the current boundary stays, as the JDK's
    }
    return following(offset - 1) == offset;
  }

  @Override
  public SentenceBreaks clone() {
    SentenceBreaks copy = (SentenceBreaks) super.clone();
    copy.sentences = (BreakIterator) sentences.clone();
    copy.bounds = bounds.clone();
    return copy;
  }

  /** {@return the index of the first boundary greater than {@code offset}, {@code count} if none is} */
  private int after(int offset) {
    int i = Arrays.binarySearch(bounds, 0, count, offset); // the boundaries strictly increase
    return i >= 0 ? i + 1 : -i - 1;
  }

  private void check(int offset) {
    if (offset < bounds[0] || offset > bounds[count - 1]) {
      throw new IllegalArgumentException("offset " + offset + " out of bounds [" + bounds[0] + ", "
          + bounds[count - 1] + "]");
    }
  }
}

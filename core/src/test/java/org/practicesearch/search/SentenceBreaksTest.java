package org.practicesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.practicesearch.TestPages;

class SentenceBreaksTest {
  private static final String[] PIECES = {"word", "Migrants", " ", "  ", ". ", ".", "? ", "! ", "?!", "\n", "\n\n",
      "e.g. ", "U.S. ", "Dr. ", "3.5", "\"", "'", "(", ") ", "…", "; ", ": ", "—", "«", "» ", "A.", "é", "\u2029"};

  @Test
  void answersEveryCallAsTheJdksSentenceIteratorOnTheSeedAndDevelopmentPages() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path f : TestPages.seedAndDevelopmentPages()) {
      texts.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      texts.add(Files.readString(f, StandardCharsets.UTF_8)); // a whole page: several lines, many sentences
    }
    assertTrue(texts.size() > 1_000, "texts " + texts.size());
    SentenceBreaks ours = new SentenceBreaks(Locale.ROOT);
    for (String text : texts) {
      compare(text, ours);
    }
  }

  /**
   * On odd text the JDK's backward rules find boundaries its forward ones do not ("'Dr. ;" has one after "Dr."
   * going back only); these are the forward ones, whichever way they are asked for.
   */
  @Test
  void answersFromTheForwardBoundariesOnRandomText() {
    Random r = new Random(20261125L);
    SentenceBreaks ours = new SentenceBreaks(Locale.ROOT);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(30); k > 0; k--) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
      jdk.setText(text);
      List<Integer> forward = new ArrayList<>();
      for (int b = jdk.first(); b != BreakIterator.DONE; b = jdk.next()) {
        forward.add(b);
      }
      ours.setText(text);
      for (int offset = 0; offset <= text.length(); offset++) {
        String at = "at " + offset + " in \"" + text + "\"";
        int o = offset;
        int after = forward.stream().filter(b -> b > o).findFirst().orElse(BreakIterator.DONE);
        int before = forward.stream().filter(b -> b < o).reduce((a, b) -> b).orElse(BreakIterator.DONE);
        assertEquals(after, ours.following(offset), at);
        assertEquals(after == BreakIterator.DONE ? text.length() : after, ours.current(), at);
        assertEquals(before, ours.preceding(offset), at);
        assertEquals(before == BreakIterator.DONE ? 0 : before, ours.current(), at);
        assertEquals(forward.contains(offset), ours.isBoundary(offset), at);
      }
    }
  }

  @Test
  void findsTheBoundariesOfAText() {
    SentenceBreaks b = new SentenceBreaks(Locale.ROOT);
    b.setText("One sentence. Another one? Yes!");
    List<Integer> bounds = new ArrayList<>();
    for (int i = b.first(); i != BreakIterator.DONE; i = b.next()) {
      bounds.add(i);
    }
    assertEquals(List.of(0, 14, 27, 31), bounds);
    assertEquals(14, b.following(3));
    assertEquals(27, b.following(14));
    assertEquals(0, b.preceding(14));
    assertEquals(BreakIterator.DONE, b.following(31));
    assertEquals(31, b.current());
    assertEquals(BreakIterator.DONE, b.preceding(0));
    assertEquals(0, b.current());
    SentenceBreaks copy = b.clone();
    b.setText("Short.");
    assertEquals(27, copy.following(20));
    assertEquals(6, b.last());
  }

  /** Every call, from every offset, gives the JDK's answer and leaves the same position. */
  private static void compare(String text, SentenceBreaks ours) {
    BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
    jdk.setText(text);
    ours.setText(text);
    String where = "in \"" + text + "\"";
    assertEquals(jdk.first(), ours.first(), where);
    for (int b = jdk.next(); b != BreakIterator.DONE; b = jdk.next()) {
      assertEquals(b, ours.next(), where);
    }
    assertEquals(BreakIterator.DONE, ours.next(), where);
    assertEquals(jdk.current(), ours.current(), where);
    assertEquals(jdk.previous(), ours.previous(), where);
    assertEquals(jdk.last(), ours.last(), where);
    for (int offset = 0; offset <= text.length(); offset++) {
      String at = "at " + offset + " " + where;
      assertEquals(jdk.following(offset), ours.following(offset), at);
      assertEquals(jdk.current(), ours.current(), at);
      assertEquals(jdk.next(), ours.next(), at);
      assertEquals(jdk.previous(), ours.previous(), at);
      assertEquals(jdk.preceding(offset), ours.preceding(offset), at);
      assertEquals(jdk.current(), ours.current(), at);
      assertEquals(jdk.previous(), ours.previous(), at);
      assertEquals(jdk.isBoundary(offset), ours.isBoundary(offset), at);
      assertEquals(jdk.current(), ours.current(), at);
      int n = offset % 7 - 3;
      assertEquals(jdk.next(n), ours.next(n), at + ", next(" + n + ")");
      assertEquals(jdk.current(), ours.current(), at);
    }
    assertThrows(IllegalArgumentException.class, () -> ours.following(text.length() + 1));
    assertThrows(IllegalArgumentException.class, () -> ours.preceding(-1));
  }
}

package org.practicesearch.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MetaTextTest {
  @Test
  void shortLabelsAreWordsAndSentencesAreLeftOut() {
    assertEquals("Africa Western Africa", MetaText.of(Dimension.REGION, "Africa/Western Africa"));
    assertEquals("guideline 8", MetaText.of(Dimension.GUIDELINE, "GUIDELINE 8: Communicate with migrants"));
    assertEquals("one two\tthree  four five six", MetaText.of(Dimension.CATEGORY, " one two\tthree  four five six "));
    assertNull(MetaText.of(Dimension.CATEGORY, "one two three four five six seven"));
  }

  @Test
  void wordsCountsAsSplittingAtSpacesDoes() {
    String[] pieces = {"a", "bc", " ", "  ", "\t", "\n", "\u000b", "\f", "\r", "\u00a0", "\u2003", "/"};
    SplittableRandom r = new SplittableRandom(6);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = r.nextInt(12); n > 0; n--) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String text = b.toString().strip();
      assertEquals(text.split("\\s+").length, MetaText.words(text), "'" + text + "'");
    }
  }
}

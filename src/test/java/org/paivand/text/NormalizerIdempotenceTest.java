package org.paivand.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paivand.text.TextChecks.NORMALIZER;
import static org.paivand.text.TextChecks.escape;
import static org.paivand.text.TextChecks.mixedStrings;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Normalizing normalized text changes nothing: the gazetteer's aliases and the text meet in one form. */
class NormalizerIdempotenceTest {

  @Test
  void normalizingTwiceChangesNothingOnTheSeedArticle() throws IOException {
    assertIdempotent(TextChecks.seedArticle());
  }

  @Test
  void normalizingTwiceChangesNothingOnMixedStrings() {
    mixedStrings().forEach(NormalizerIdempotenceTest::assertIdempotent);
  }

  @Test
  void everyCharacterMapsToAFixedPoint() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      int mapped = TextNormalizer.map((char) c);
      if (mapped >= 0) {
        int again = TextNormalizer.map((char) mapped);
        int character = c;
        assertEquals(mapped, again, () -> String.format("U+%04X -> U+%04X -> U+%04X", character, mapped, again));
      }
    }
  }

  private static void assertIdempotent(String original) {
    String once = NORMALIZER.normalize(original);
    assertEquals(once, NORMALIZER.normalize(once), () -> "normalizing '" + escape(original) + "' twice");
  }
}

package org.paivand.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paivand.text.TextChecks.NORMALIZER;
import static org.paivand.text.TextChecks.escape;
import static org.paivand.text.TextChecks.normalized;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of {@link TextNormalizer} on dirty text: normalizing is idempotent, and every normalized character maps
 * back inside the original, to a span that normalizes to that character on its own. The strings are {@link
 * DirtyText}.
 */
class NormalizerPropertyTest {
  @Property(tries = 1000)
  void normalizingTwiceChangesNothing(@ForAll("dirtyText") String original) {
    String once = NORMALIZER.normalize(original);
    assertEquals(once, NORMALIZER.normalize(once),
        () -> "normalizing '" + escape(original) + "' gave '" + escape(once) + "', which normalizes differently");
  }

  @Property(tries = 1000)
  void everyCharacterMapsBackInsideTheOriginal(@ForAll("dirtyText") String original) {
    NormalizedText text = normalized(original);
    String where = "in '" + escape(original) + "' normalized as '" + escape(text.toString()) + "'";
    int length = text.length();
    assertEquals(original.length(), text.originalLength(), where);
    assertEquals(0, text.originEnd(0), where);
    int previousEnd = 0;
    for (int i = 0; i < length; i++) {
      int start = text.originStart(i);
      int end = text.originEnd(i + 1);
      int index = i;
      assertTrue(start >= previousEnd, () -> "character " + index + " starts inside the one before it " + where);
      assertTrue(start < end && end <= original.length(), () -> "character " + index + " spans " + start + "-" + end
          + " " + where);
      char source = original.charAt(start);
      if (!isMarkupCharacter(source)) {
        assertEquals(TextNormalizer.map(source), text.charAt(i), () -> "character " + index + " " + where);
      }
      char normalized = text.charAt(i);
      if (normalized != ' ' && normalized != '\n') {
        String alone = NORMALIZER.normalize(original.substring(start, end));
        char expected = isMarkupCharacter(source) ? writtenAsText(normalized) : normalized;
        assertEquals(String.valueOf(expected), alone,
            () -> "span " + start + "-" + end + " of character " + index + " normalized alone " + where);
      }
      previousEnd = end;
    }
  }

  /** The character a {@code ﹤} or {@code ﹠} stands for: one left in the output that would have read as markup. */
  private static char writtenAsText(char normalized) {
    return switch (normalized) {
      case MarkupNormalizer.SMALL_LESS_THAN -> '<';
      case MarkupNormalizer.SMALL_AMPERSAND -> '&';
      default -> normalized;
    };
  }

  /** Characters where markup (a tag, a reference) or its neutralized leftovers start. */
  private static boolean isMarkupCharacter(char c) {
    int mapped = TextNormalizer.map(c);
    return mapped == '<' || mapped == '&';
  }

  @Provide
  Arbitrary<String> dirtyText() {
    return DirtyText.strings();
  }
}

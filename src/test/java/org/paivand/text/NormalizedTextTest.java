package org.paivand.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paivand.text.TextChecks.NORMALIZER;
import static org.paivand.text.TextChecks.escape;
import static org.paivand.text.TextChecks.mixedStrings;
import static org.paivand.text.TextChecks.normalized;

import org.junit.jupiter.api.Test;

/** The offset map of {@link NormalizedText}: each normalized character points at the original one it came from. */
class NormalizedTextTest {

  @Test
  void offsetsSkipDeletedCharacters() {
    NormalizedText text = normalized("کِتاب");
    assertEquals("کتاب", text.toString());
    assertOrigins(text, 0, 2, 3, 4);
    assertEquals(5, text.originalLength());
  }

  @Test
  void offsetsOfCollapsedSpacesPointAtTheFirstSpace() {
    NormalizedText text = normalized("ab \u200C\t cd");
    assertEquals("ab cd", text.toString());
    assertOrigins(text, 0, 1, 2, 6, 7);
  }

  @Test
  void lineBreakReplacingSpacesKeepsItsOwnOffset() {
    NormalizedText text = normalized("a \r\n b");
    assertEquals("a\nb", text.toString());
    assertOrigins(text, 0, 2, 5);
  }

  @Test
  void leadingWhiteSpaceShiftsOffsets() {
    NormalizedText text = normalized("\uFEFF \n ایران");
    assertEquals("ایران", text.toString());
    assertEquals(4, text.originStart(0));
    assertEquals(9, text.originEnd(5));
  }

  @Test
  void originEndExcludesMarksAfterTheLastCharacter() {
    String original = "در باغِ\u200D ما";
    NormalizedText text = normalized(original);
    assertEquals("در باغ ما", text.toString());
    int start = text.toString().indexOf("باغ");
    int from = text.originStart(start);
    int to = text.originEnd(start + 3);
    assertEquals("باغ", original.substring(from, to));
  }

  @Test
  void originEndOfNothingIsZero() {
    assertEquals(0, normalized("abc").originEnd(0));
  }

  @Test
  void substringOfOriginalSpansTheMarksInside() {
    String original = "آقای ظَریف و لاوروف";
    NormalizedText text = normalized(original);
    int start = text.toString().indexOf("ظریف");
    assertEquals("ظَریف", original.substring(text.originStart(start), text.originEnd(start + 4)));
  }

  @Test
  void everyOutputCharacterComesFromItsOrigin() {
    for (String original : mixedStrings()) {
      NormalizedText text = normalized(original);
      int previous = -1;
      for (int i = 0; i < text.length(); i++) {
        int origin = text.originStart(i);
        assertTrue(origin > previous, () -> "origins increase in '" + escape(original) + "'");
        previous = origin;
        int index = i;
        assertEquals(text.charAt(i), TextNormalizer.map(original.charAt(origin)),
            () -> "character " + index + " of '" + escape(original) + "'");
      }
    }
  }

  @Test
  void characterFromAReferenceSpansTheWholeReference() {
    String original = "a &#1575;&amp;amp; b";
    NormalizedText text = normalized(original);
    assertEquals("a ا& b", text.toString());
    assertOrigins(text, 0, 1, 2, 9, 18, 19);
    assertEquals(9, text.originEnd(3));
    assertEquals("&#1575;&amp;amp;", original.substring(text.originStart(2), text.originEnd(4)));
  }

  @Test
  void characterFromATagSpansTheTag() {
    String original = "a<br class=x>b<script>c</script>";
    NormalizedText text = normalized(original);
    assertEquals("a\nb", text.toString());
    assertOrigins(text, 0, 1, 13);
    assertEquals(13, text.originEnd(2));
    assertEquals(14, text.originEnd(3));
  }

  @Test
  void plainTextAfterMarkupHasOneCharacterEnds() {
    NormalizedText text = new NormalizedText();
    NORMALIZER.normalize("&#1575;&#1575;", text);
    assertEquals(14, text.originEnd(2));
    NORMALIZER.normalize("ایران", text);
    assertEquals(1, text.originEnd(1));
    assertEquals(5, text.originEnd(5));
  }

  @Test
  void buffersOfAHugeTextAreNotKeptForShortOnes() {
    NormalizedText text = new NormalizedText();
    NORMALIZER.normalize("&#1575; " + "a".repeat(NormalizedText.RETAINED_CAPACITY), text);
    assertTrue(text.chars.length > NormalizedText.RETAINED_CAPACITY);
    NORMALIZER.normalize("ایران", text);
    assertEquals(NormalizedText.RETAINED_CAPACITY, text.chars.length);
    assertEquals(null, text.originEnds);
    assertEquals("ایران", text.toString());
    assertEquals(5, text.originEnd(5));
  }

  @Test
  void reusedBufferHoldsOnlyTheLatestText() {
    NormalizedText text = new NormalizedText();
    String longText = "ایران ".repeat(500); // longer than the initial buffer
    NORMALIZER.normalize(longText, text);
    assertEquals(longText.strip(), text.toString());
    assertEquals(2998, text.originStart(2998));
    NORMALIZER.normalize("Iran", text);
    assertEquals("iran", text.toString());
    assertEquals(4, text.length());
    assertEquals(4, text.originalLength());
    assertEquals(4, text.originMap().length);
  }

  private static void assertOrigins(NormalizedText text, int... expected) {
    assertEquals(expected.length, text.length(), "length of '" + text + "'");
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], text.originStart(i), "origin of character " + i + " of '" + text + "'");
    }
  }
}

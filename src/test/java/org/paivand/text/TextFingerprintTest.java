package org.paivand.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The content hash and the word shingles of {@link TextFingerprint}, one test per rule. */
class TextFingerprintTest {
  private final TextFingerprint fingerprint = new TextFingerprint();

  /** The two 64-bit halves of the content hash of {@code text}. */
  private long[] hash(String text) {
    fingerprint.fingerprint(TextChecks.normalized(text), false);
    return new long[] {fingerprint.contentHashHigh(), fingerprint.contentHashLow()};
  }

  private int[] shingles(String text) {
    fingerprint.fingerprint(TextChecks.normalized(text), true);
    return fingerprint.shingles();
  }

  static String words(int count, String prefix) {
    List<String> words = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      words.add(prefix + k);
    }
    return String.join(" ", words);
  }

  @Test
  void emptyTextHasNoWordsAndNoShingles() {
    assertEquals(0, shingles("").length);
    assertFalse(fingerprint.hasWords());
  }

  @Test
  void punctuationOnlyHasNoWords() {
    assertEquals(0, shingles(" ... !!! ").length);
    assertFalse(fingerprint.hasWords());
  }

  @Test
  void contentHashIsMurmur3Of128BitsOverTheWordsJoinedBySpaces() {
    // the reference: Guava's MurmurHash3 x64 128 (as shaded into Spark) over the UTF-16LE bytes of the canonical text
    for (String text : List.of("iran and russia", "a", "abcdefgh", "abcdefghi", "ایران و روسیه دیدار کردند")) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_16LE);
      byte[] expected = org.sparkproject.guava.hash.Hashing.murmur3_128().hashBytes(bytes).asBytes();
      ByteBuffer buffer = ByteBuffer.wrap(expected).order(ByteOrder.LITTLE_ENDIAN);
      assertArrayEquals(new long[] {buffer.getLong(), buffer.getLong()}, hash(text), text);
    }
  }

  @Test
  void spacingPunctuationAndCaseDoNotChangeTheHash() {
    assertArrayEquals(hash("iran and russia"), hash("  Iran, and\n\nRUSSIA! "));
  }

  @Test
  void persianLetterVariantsDoNotChangeTheHash() {
    assertArrayEquals(hash("ایران"), hash("ايران"), "Arabic yeh is Persian yeh");
  }

  @Test
  void aChangedWordChangesTheHash() {
    assertNotEquals(hash("iran and russia")[0], hash("iran and turkey")[0]);
  }

  @Test
  void wordOrderChangesTheHash() {
    assertNotEquals(hash("iran and russia")[0], hash("russia and iran")[0]);
  }

  @Test
  void wordBoundariesChangeTheHash() {
    assertNotEquals(hash("ab c")[0], hash("a bc")[0]);
  }

  @Test
  void oneShinglePerRunOfFiveWords() {
    assertEquals(6, shingles(words(10, "w")).length);
  }

  @Test
  void aShortTextIsOneShingle() {
    assertEquals(1, shingles("iran and russia").length);
    assertTrue(fingerprint.hasWords());
  }

  @Test
  void shinglesAreSortedDistinctAndBelowTheSpace() {
    int[] shingles = shingles("a b c d e a b c d e a b c d e");
    assertEquals(5, shingles.length, "abcde bcdea cdeab deabc eabcd, each repeated");
    for (int k = 0; k < shingles.length; k++) {
      assertTrue(shingles[k] >= 0 && shingles[k] < TextFingerprint.SHINGLE_SPACE);
      assertTrue(k == 0 || shingles[k - 1] < shingles[k]);
    }
  }

  @Test
  void shinglesIgnorePunctuationAndCase() {
    assertArrayEquals(shingles("one two three four five six"), shingles("One, two; THREE four. Five six!"));
  }

  @Test
  void oneChangedWordInAHundredAndOneChangesFiveShingles() {
    String text = words(101, "w");
    String edited = text.replace(" w50 ", " changed ");
    // 97 shingles each, 5 of them differ: 92 shared of 102
    assertEquals(92.0 / 102, TextFingerprint.jaccard(shingles(text), shingles(edited)));
  }

  @Test
  void jaccardOfSortedSets() {
    assertEquals(0.5, TextFingerprint.jaccard(new int[] {1, 2, 3}, new int[] {2, 3, 4}));
    assertEquals(1.0, TextFingerprint.jaccard(new int[] {7}, new int[] {7}));
    assertEquals(0.0, TextFingerprint.jaccard(new int[] {1}, new int[] {2}));
    assertEquals(0.0, TextFingerprint.jaccard(new int[0], new int[0]));
  }

  @Test
  void nineOfTenEqualsTheThresholdExactly() {
    int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    int[] b = {0, 1, 2, 3, 4, 5, 6, 7, 8};
    assertTrue(TextFingerprint.jaccard(a, b) >= 0.9);
  }

  @Test
  void buffersAreReusedAcrossTexts() {
    int[] first = shingles(words(600, "long"));
    assertEquals(596, first.length);
    int[] afterLong = shingles("iran and russia");
    long[] hashAfterLong = hash("iran and russia");
    TextFingerprint fresh = new TextFingerprint();
    fresh.fingerprint(TextChecks.normalized("iran and russia"), true);
    assertArrayEquals(fresh.shingles(), afterLong);
    assertArrayEquals(new long[] {fresh.contentHashHigh(), fresh.contentHashLow()}, hashAfterLong);
  }
}

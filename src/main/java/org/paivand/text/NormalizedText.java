package org.paivand.text;

import java.util.Arrays;

/**
 * The output of {@link TextNormalizer}: the normalized characters and, for each of them, the index of the original
 * character it came from. Reused from article to article (the arrays grow when a text needs more, and shrink back
 * after one longer than {@link #RETAINED_CAPACITY}), so the hot loop allocates nothing.
 *
 * <p>On plain text each normalized character comes from one original character. Text with markup also has characters
 * that come from several (a character reference, a tag): for those texts only, a second array holds where each
 * character's origin ends, so plain text writes no more than before.
 */
public final class NormalizedText {
  /** The most characters the buffers keep between texts (6 MB of arrays); a longer text's buffers go with it. */
  static final int RETAINED_CAPACITY = 1 << 20;

  char[] chars = new char[1024];
  int[] origin = new int[1025];
  /** Exclusive end of each character's origin, filled only by the markup path; null until a text needs it. */
  int[] originEnds;
  /** True when {@link #originEnds} holds this text's ends. */
  boolean hasOriginEnds;
  int length;
  int originalLength;

  public int length() {
    return length;
  }

  public char charAt(int index) {
    return chars[index];
  }

  /** The normalized characters; only the first {@link #length()} are meaningful. */
  public char[] chars() {
    return chars;
  }

  /** Index in the original text of the character that produced normalized character {@code index}. */
  public int originStart(int index) {
    return origin[index];
  }

  /**
   * Exclusive end, in the original text, of the normalized range ending (exclusive) at {@code end}: it stops right
   * after the original character that produced normalized character {@code end - 1}, so marks deleted after it (a
   * kasra, a ZWJ) are not part of the span; when that character came from a character reference, right after the
   * reference's {@code ;}.
   */
  public int originEnd(int end) {
    if (end == 0) {
      return 0;
    }
    return hasOriginEnds ? originEnds[end - 1] : origin[end - 1] + 1;
  }

  public int originalLength() {
    return originalLength;
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }

  void reset(int capacity, int originalLength) {
    if (chars.length < capacity) {
      allocate(Math.max(capacity, chars.length * 2));
    } else if (chars.length > RETAINED_CAPACITY && capacity <= RETAINED_CAPACITY) {
      allocate(RETAINED_CAPACITY); // one huge article does not keep its buffers for the rest of the partition
    }
    this.length = 0;
    this.originalLength = originalLength;
    this.hasOriginEnds = false;
  }

  private void allocate(int size) {
    chars = new char[size];
    origin = new int[size + 1];
    originEnds = null;
  }

  /** The array of origin ends, as long as the others, for the markup path to fill; called after {@link #reset}. */
  int[] useOriginEnds() {
    if (originEnds == null || originEnds.length < chars.length) {
      originEnds = new int[chars.length];
    }
    hasOriginEnds = true;
    return originEnds;
  }

  /** Keeps tests and debugging honest: the origin map of the used prefix. */
  int[] originMap() {
    return Arrays.copyOf(origin, length);
  }
}

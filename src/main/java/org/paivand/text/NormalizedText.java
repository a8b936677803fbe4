package org.paivand.text;

import java.util.Arrays;

/**
 * The output of {@link TextNormalizer}: the normalized characters and, for each of them, the index of the original
 * character it came from. Reused from article to article (the arrays only grow), so the hot loop allocates nothing.
 */
public final class NormalizedText {
  char[] chars = new char[1024];
  int[] origin = new int[1025];
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
   * kasra, a ZWJ) are not part of the span.
   */
  public int originEnd(int end) {
    return end == 0 ? 0 : origin[end - 1] + 1;
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
      int size = Math.max(capacity, chars.length * 2);
      chars = new char[size];
      origin = new int[size + 1];
    }
    this.length = 0;
    this.originalLength = originalLength;
  }

  /** Keeps tests and debugging honest: the origin map of the used prefix. */
  int[] originMap() {
    return Arrays.copyOf(origin, length);
  }
}

package org.paivand.text;

/**
 * Which normalized characters belong to words: letters and digits of any script. Everything else (spaces, punctuation,
 * apostrophes, the spaces that ZWNJ and dashes became) is a word boundary. A table, because the matcher asks for
 * every hit it checks.
 */
public final class WordCharacters {
  private static final boolean[] WORD = build();

  private WordCharacters() {}

  public static boolean isWordCharacter(char c) {
    return WORD[c];
  }

  /** True if {@code c} is a letter of the Arabic script block (Persian letters included). */
  public static boolean isArabicScript(char c) {
    return c >= '\u0600' && c <= '\u06FF' && Character.isLetter(c);
  }

  /** Start of the word ending (exclusive) at {@code end}: {@code end} itself if no word character precedes it. */
  public static int wordStart(char[] chars, int end) {
    int i = end;
    while (i > 0 && WORD[chars[i - 1]]) {
      i--;
    }
    return i;
  }

  /** End (exclusive) of the word starting at {@code start}. */
  public static int wordEnd(char[] chars, int length, int start) {
    int i = start;
    while (i < length && WORD[chars[i]]) {
      i++;
    }
    return i;
  }

  /** Start of the word that begins exactly one space after {@code position}, or -1. */
  public static int wordOneSpaceAfter(char[] chars, int length, int position) {
    if (position + 1 >= length || chars[position] != ' ' || !WORD[chars[position + 1]]) {
      return -1;
    }
    return position + 1;
  }

  /** Start of the word that ends exactly one space before {@code position}, or -1. */
  public static int wordOneSpaceBefore(char[] chars, int position) {
    if (position < 2 || chars[position - 1] != ' ' || !WORD[chars[position - 2]]) {
      return -1;
    }
    return wordStart(chars, position - 1);
  }

  /** True if {@code chars[from, to)} is exactly {@code word}. */
  public static boolean regionIs(char[] chars, int from, int to, String word) {
    if (to - from != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (chars[from + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** True if {@code chars[from, to)} is one of {@code words}: short fixed lists, compared without allocating. */
  public static boolean wordIn(char[] chars, int from, int to, String[] words) {
    for (String word : words) {
      if (regionIs(chars, from, to, word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean[] build() {
    boolean[] word = new boolean[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      word[c] = Character.isLetterOrDigit((char) c);
    }
    return word;
  }
}

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

  private static boolean[] build() {
    boolean[] word = new boolean[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      word[c] = Character.isLetterOrDigit((char) c);
    }
    return word;
  }
}

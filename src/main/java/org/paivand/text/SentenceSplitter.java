package org.paivand.text;

import java.util.Set;

/**
 * Splits normalized text into sentences, without allocating.
 *
 * <ul>
 *   <li>A line break always ends a sentence (headlines, paragraphs and page boilerplate are lines).
 *   <li>{@code . ! ?} end a sentence (Persian {@code ؟} and {@code …} arrive here as {@code ?} and {@code .}), together
 *       with any terminators and closing quotes or brackets right after them, when a space, a line break or the end of
 *       the text follows; after {@code .}, a Persian letter right after also ends it (scraped text often loses the
 *       space), but never a digit or a Latin letter ({@code 3.5}, {@code example.com}).
 *   <li>{@code .} does not end a sentence after a single Latin letter ({@code J. Smith}, {@code U.S. troops}), unless
 *       an apostrophe comes before the letter ({@code Iran's.}), or
 *       after one of the {@link #ABBREVIATIONS}.
 *   <li>Sentences are trimmed; empty ones are not reported.
 * </ul>
 */
public final class SentenceSplitter {
  /** Lower-case, without the period: the normalizer has lower-cased the text already. */
  static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "corp", "gen", "col", "lt",
      "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep", "pres", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est", "fig", "mt", "ft", "rev", "hon", "messrs");

  private static final int LONGEST_ABBREVIATION = 6;
  /** The same words as char arrays, so the check compares in place instead of building a String per period. */
  private static final char[][] ABBREVIATION_CHARS =
      ABBREVIATIONS.stream().map(String::toCharArray).toArray(char[][]::new);

  public void split(NormalizedText text, SentenceSpans out) {
    out.clear();
    char[] chars = text.chars;
    int length = text.length;
    int start = 0;
    int i = 0;
    while (i < length) {
      char c = chars[i];
      if (c == '\n') {
        addTrimmed(chars, start, i, out);
        start = i + 1;
        i++;
      } else if (c == '.' || c == '!' || c == '?') {
        int after = endOfTerminatorRun(chars, i, length);
        if (endsSentence(chars, i, after, length)) {
          addTrimmed(chars, start, after, out);
          start = after;
        }
        i = after;
      } else {
        i++;
      }
    }
    addTrimmed(chars, start, length, out);
  }

  private static int endOfTerminatorRun(char[] chars, int from, int length) {
    int i = from + 1;
    while (i < length) {
      char c = chars[i];
      if (c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')' || c == ']') {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean endsSentence(char[] chars, int terminator, int after, int length) {
    boolean singlePeriod = chars[terminator] == '.' && after == terminator + 1;
    if (singlePeriod && isAbbreviationBefore(chars, terminator)) {
      return false;
    }
    if (after == length) {
      return true;
    }
    char next = chars[after];
    if (next == ' ' || next == '\n') {
      return true;
    }
    boolean periodAfterNonDigit = chars[terminator] == '.' && terminator > 0
        && !Character.isDigit(chars[terminator - 1]);
    return periodAfterNonDigit && WordCharacters.isArabicScript(next);
  }

  private static boolean isAbbreviationBefore(char[] chars, int period) {
    int wordStart = period;
    while (wordStart > 0 && Character.isLetter(chars[wordStart - 1])) {
      wordStart--;
    }
    int wordLength = period - wordStart;
    if (wordLength == 0 || wordLength > LONGEST_ABBREVIATION || chars[wordStart] >= 0x80) {
      return false;
    }
    if (wordLength == 1) {
      // after an apostrophe the letter ends a word (Iran's. don't.), it is not an initial
      return wordStart == 0 || chars[wordStart - 1] != '\'';
    }
    for (char[] abbreviation : ABBREVIATION_CHARS) {
      if (abbreviation.length == wordLength && java.util.Arrays.equals(
          chars, wordStart, wordStart + wordLength, abbreviation, 0, wordLength)) {
        return true;
      }
    }
    return false;
  }

  private static void addTrimmed(char[] chars, int start, int end, SentenceSpans out) {
    while (start < end && (chars[start] == ' ' || chars[start] == '\n')) {
      start++;
    }
    while (end > start && (chars[end - 1] == ' ' || chars[end - 1] == '\n')) {
      end--;
    }
    if (end > start) {
      out.add(start, end);
    }
  }
}

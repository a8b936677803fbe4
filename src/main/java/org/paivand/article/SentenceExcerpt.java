package org.paivand.article;

/**
 * The text of a sentence as a reader sees it in a report: cut from the original (unnormalized) article text,
 * surrounding white space dropped, at most {@link #LIMIT} UTF-16 units of the original followed by {@link #CUT_MARK}
 * when it was longer. A cut never splits a surrogate pair.
 *
 * <pre>
 * of("  Iran and Russia met.\n", 0, 23)  -> "Iran and Russia met."
 * of(a 500-character sentence, 0, 500)   -> its first 400 characters + "…"
 * </pre>
 */
public final class SentenceExcerpt {
  /** Longest excerpt kept, before the cut mark: a few lines of a report, enough to judge a co-occurrence. */
  public static final int LIMIT = 400;
  /** Appended to an excerpt that was cut: HORIZONTAL ELLIPSIS. */
  public static final String CUT_MARK = "\u2026";

  private SentenceExcerpt() {}

  /** The excerpt of {@code text[start, end)}. */
  public static String of(CharSequence text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end - start <= LIMIT) {
      return text.subSequence(start, end).toString();
    }
    int cut = start + LIMIT;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.subSequence(start, cut) + CUT_MARK;
  }
}

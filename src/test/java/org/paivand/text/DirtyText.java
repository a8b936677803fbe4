package org.paivand.text;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Random dirty text for property tests: Persian and Arabic letters, marks, ZWNJ and other invisible characters, digits
 * of three scripts, punctuation, line breaks, control characters, lone surrogates, HTML fragments (whole and broken
 * tags, comments, script, references of every kind, escaped twice) and arbitrary characters.
 */
public final class DirtyText {
  private static final String LETTERS = "ابپتثجچحخدرزسشصعفقکگلمنوهیيكةىأإآؤئءۀ";
  private static final String MARKS = "\u064B\u064E\u0650\u0651\u0652\u0654\u0670\u0640\u0301";
  private static final String INVISIBLE = "\u200C\u200D\u200E\u200F\u00A0\u00AD\uFEFF\u202B\u2028";
  private static final String DIGITS = "09۰۹٠٩٫٬";
  private static final String LATIN = "aZéİK\u212BＡ";
  private static final String PUNCTUATION = " .,;:!?\"'()-–—«»…،؛؟/=#x";
  private static final String LINES = "\n\r\t ";
  private static final String CONTROLS = "\u0000\u0001\u001B\u007F\u0085\u0092";
  private static final String SURROGATES = "\uD800\uDC00\uDBFF\uDFFF";
  private static final String MARKUP = "<>&;＜＆﹤﹠";
  private static final List<String> FRAGMENTS = List.of(
      "<p>", "</p>", "<br/>", "<BR>", "<div class=\"a>b\">", "<a href='x'>", "</a>", "<td>", "<b", "</", "<!--", "-->",
      "<!---->", "<!DOCTYPE html>", "<?xml?>", "<script>", "</script>", "<style>", "</STYLE >", "<img alt=x's>",
      "&amp;", "&lt;", "&gt;", "&nbsp;", "&zwnj;", "&shy;", "&hellip;", "&laquo;", "&AMP;", "&foo;", "&amp",
      "&#1575;", "&#x627;", "&#X6cc;", "&#1610;", "&#128512;", "&#xD800;", "&#0;", "&#;", "&#x;", "&#99999999;",
      "&amp;lt;", "&amp;#1575;", "&amp;amp;", "&lt;b&gt;", "ایران", "Iran", "روسیه", "Russia", "US", "قره\u200Cباغ",
      "\uD83D\uDE00");

  private DirtyText() {}

  /** Up to 16 pieces, each a few characters of one kind or an HTML fragment. */
  public static Arbitrary<String> strings() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        Tuple.of(6, characters(LETTERS)),
        Tuple.of(1, characters(MARKS)),
        Tuple.of(2, characters(INVISIBLE)),
        Tuple.of(2, characters(DIGITS)),
        Tuple.of(2, characters(LATIN)),
        Tuple.of(3, characters(PUNCTUATION)),
        Tuple.of(2, characters(LINES)),
        Tuple.of(1, characters(CONTROLS)),
        Tuple.of(1, characters(SURROGATES)),
        Tuple.of(3, characters(MARKUP)),
        Tuple.of(6, Arbitraries.of(FRAGMENTS)),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(4)));
    return piece.list().ofMaxSize(16).map(pieces -> String.join("", pieces));
  }

  /** The text with invisible characters as Java escapes, for assertion messages. */
  public static String escape(String text) {
    return TextChecks.escape(text);
  }

  private static Arbitrary<String> characters(String alphabet) {
    return Arbitraries.strings().withChars(alphabet).ofMinLength(1).ofMaxLength(3);
  }
}

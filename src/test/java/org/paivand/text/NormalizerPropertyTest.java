package org.paivand.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paivand.text.TextChecks.NORMALIZER;
import static org.paivand.text.TextChecks.escape;
import static org.paivand.text.TextChecks.normalized;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Properties of {@link TextNormalizer} on dirty text: normalizing is idempotent, and every normalized character maps
 * back inside the original, to a span that normalizes to that character on its own. Strings mix Persian and Arabic
 * letters, marks, ZWNJ and other invisible characters, digits of three scripts, punctuation, line breaks, control
 * characters, lone surrogates, HTML fragments (whole and broken tags, comments, script, references of every kind,
 * escaped twice) and arbitrary characters.
 */
class NormalizerPropertyTest {
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
      "&amp;lt;", "&amp;#1575;", "&amp;amp;", "&lt;b&gt;", "ایران", "Iran", "\uD83D\uDE00");

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

  private static Arbitrary<String> characters(String alphabet) {
    return Arbitraries.strings().withChars(alphabet).ofMinLength(1).ofMaxLength(3);
  }
}

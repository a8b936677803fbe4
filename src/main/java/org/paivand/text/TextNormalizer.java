package org.paivand.text;

import java.text.Normalizer;

/**
 * Normalizes Persian and English news text for dictionary matching, one table look-up per character, keeping for
 * every output character the index of the original character it came from. The same chain normalizes the gazetteer's
 * aliases, so a rule added here applies to both sides at once. Scraped text may hold HTML: that is read by the
 * markup rules further down.
 *
 * <p>Mappings (each a named constant below):
 *
 * <ul>
 *   <li>Arabic yeh {@code ي}, alef maksura {@code ى}, yeh with hamza {@code ئ}, yeh barree {@code ے} → Persian yeh
 *       {@code ی}; Arabic kaf {@code ك} and swash kaf {@code ڪ} → keheh {@code ک}.
 *   <li>Heh with yeh above {@code ۀ}, teh marbuta {@code ة}, ae {@code ە} → heh {@code ه}.
 *   <li>Alef with hamza above/below {@code أ إ}, alef with madda {@code آ}, alef wasla {@code ٱ} → alef {@code ا};
 *       waw with hamza {@code ؤ} → waw {@code و}; the lone hamza {@code ء} and the combining hamza above/below
 *       (U+0654, U+0655) are removed.
 *   <li>Harakat (fathatan to sukun, U+064B–U+065F), superscript alef (U+0670), Quranic marks (U+06D6–U+06ED) and
 *       tatweel {@code ـ} are removed.
 *   <li>Zero-width non-joiner, zero-width space, no-break and other Unicode spaces, tab, and the not sign {@code ¬}
 *       (how many scrapers render a ZWNJ) → a space; zero-width joiner, LRM, RLM, bidi embeddings and isolates, the
 *       byte order mark, the soft hyphen, other format characters and the noncharacters U+FFFE and U+FFFF are
 *       removed.
 *   <li>C0 and C1 control characters other than the line breaks and tabs (NUL, ESC, DEL, the U+0080–U+009F that
 *       mis-decoded Windows text holds) → a space, so that they never join two words. Lone UTF-16 surrogates and
 *       other characters no rule names stay as they are: they are not letters, so they end words too.
 *   <li>Runs of spaces become one space, and a run holding a line break becomes one line break (sentence splitting
 *       needs line breaks); leading white space is dropped; carriage returns count as line breaks.
 *   <li>Persian ({@code ۰–۹}) and Arabic-Indic ({@code ٠–٩}) digits → ASCII digits; Arabic decimal and thousands
 *       separators → {@code .} and {@code ,}.
 *   <li>Persian comma, semicolon, question mark ({@code ، ؛ ؟}) → {@code , ; ?}; guillemets and curly double quotes →
 *       {@code "}; curly single quotes and the modifier apostrophe → {@code '}; the ellipsis {@code …} → {@code .}.
 *   <li>Hyphens and dashes (U+2010–U+2015, minus, and ASCII {@code -}) → a space, so that "Nagorno-Karabakh" and
 *       "Russian-brokered" split into words.
 *   <li>Letters are lower-cased; Latin letters with diacritics lose them ({@code é} → {@code e}, also {@code ệ} and
 *       letters that only lower-case to such a letter, like the Ångström sign), and combining diacritical marks
 *       (U+0300–U+036F, how decomposed text writes {@code é}) are removed; Arabic presentation forms and full-width
 *       Latin become their base characters (NFKC), then go through the rules above.
 * </ul>
 *
 * <p>Every rule maps one character to at most one character, which is what keeps the offset map exact and the loop
 * branch-light.
 *
 * <p>Markup. Text holding a {@code <} or {@code &} (or their full-width forms) is read by a second loop, {@link
 * MarkupNormalizer}, which applies the rules above and these ({@link HtmlTags}, {@link CharacterReferences}); text
 * without them never enters it:
 *
 * <ul>
 *   <li>A tag ({@code <} followed by a letter, {@code /} and a letter, {@code !} or {@code ?}, up to the first
 *       {@code >} outside a quoted attribute value, with no {@code <} inside) is removed: the tags of block elements
 *       ({@code p div br li tr h1}–{@code h6 table ul ol section article header footer blockquote hr pre dl dt dd
 *       figcaption caption main nav aside}, opening or closing) become a line break, so they end sentences; other
 *       tags a space. {@code <!-- -->} comments are removed; a {@code script} or {@code style} element is removed
 *       with its contents (if it is never closed, only its opening tag).
 *   <li>A {@code <} that starts no tag is text: {@code a < b} stays, and so do an unclosed {@code <b} and an unclosed
 *       comment (those two written with {@code ﹤}, see the last rule). A lone {@code >} is text.
 *   <li>A character reference, named ({@code &amp; &lt; &gt; &quot; &apos; &nbsp; &zwnj; &zwj; &lrm; &rlm; &shy;
 *       &hellip; &laquo; &raquo; &mdash; &ndash; &lsquo; &rsquo; &ldquo; &rdquo;} and a few more) or numeric
 *       ({@code &#1575;}, {@code &#x627;}), becomes the character it names, which then goes through the rules above:
 *       {@code &zwnj;} → a space, {@code &#1610;} (Arabic yeh) → {@code ی}. One naming {@code &} may start another
 *       ({@code &amp;quot;}, text escaped twice). A reference to a character outside the BMP is removed. Unknown
 *       names, a missing {@code ;}, surrogates and numbers above U+10FFFF are not references and stay text.
 *   <li>Offsets: a character from a reference or a tag has the index of its {@code &} or {@code <} as {@link
 *       NormalizedText#originStart}, and {@link NormalizedText#originEnd} ends after the reference's {@code ;}, so a
 *       mention's span in the original text covers whole references.
 *   <li>Normalizing stays idempotent: a {@code <} or {@code &} in the output that a second pass would read as
 *       markup (from {@code &lt;p&gt;}, {@code &amp;lt;}, or an unclosed {@code <b}) is written as its small form
 *       {@code ﹤} or {@code ﹠}, which no rule changes.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class TextNormalizer {
  static final char ARABIC_YEH = '\u064A';
  static final char ALEF_MAKSURA = '\u0649';
  static final char YEH_WITH_HAMZA = '\u0626';
  static final char YEH_BARREE = '\u06D2';
  static final char PERSIAN_YEH = '\u06CC';
  static final char ARABIC_KAF = '\u0643';
  static final char SWASH_KAF = '\u06AA';
  static final char KEHEH = '\u06A9';
  static final char HEH = '\u0647';
  static final char HEH_WITH_YEH = '\u06C0';
  static final char TEH_MARBUTA = '\u0629';
  static final char AE = '\u06D5';
  static final char ALEF = '\u0627';
  static final char ALEF_WITH_MADDA = '\u0622';
  static final char ALEF_HAMZA_ABOVE = '\u0623';
  static final char ALEF_HAMZA_BELOW = '\u0625';
  static final char ALEF_WASLA = '\u0671';
  static final char WAW = '\u0648';
  static final char WAW_WITH_HAMZA = '\u0624';
  static final char HAMZA = '\u0621';
  static final char COMBINING_HAMZA_ABOVE = '\u0654';
  static final char COMBINING_HAMZA_BELOW = '\u0655';
  static final char FATHATAN = '\u064B';
  static final char LAST_HARAKA = '\u065F';
  static final char SUPERSCRIPT_ALEF = '\u0670';
  static final char FIRST_QURANIC_MARK = '\u06D6';
  static final char LAST_QURANIC_MARK = '\u06ED';
  static final char TATWEEL = '\u0640';
  static final char FIRST_COMBINING_DIACRITIC = '\u0300';
  static final char LAST_COMBINING_DIACRITIC = '\u036F';
  static final char ZERO_WIDTH_SPACE = '\u200B';
  static final char ZERO_WIDTH_NON_JOINER = '\u200C';
  static final char ZERO_WIDTH_JOINER = '\u200D';
  static final char LEFT_TO_RIGHT_MARK = '\u200E';
  static final char RIGHT_TO_LEFT_MARK = '\u200F';
  static final char NO_BREAK_SPACE = '\u00A0';
  static final char NOT_SIGN = '\u00AC';
  static final char SOFT_HYPHEN = '\u00AD';
  static final char BYTE_ORDER_MARK = '\uFEFF';
  static final char PERSIAN_DIGIT_ZERO = '\u06F0';
  static final char ARABIC_INDIC_DIGIT_ZERO = '\u0660';
  static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  static final char ARABIC_COMMA = '\u060C';
  static final char ARABIC_SEMICOLON = '\u061B';
  static final char ARABIC_QUESTION_MARK = '\u061F';
  static final char ARABIC_PERCENT = '\u066A';
  static final char ELLIPSIS = '\u2026';
  static final char FULL_WIDTH_LESS_THAN = '\uFF1C';
  static final String DOUBLE_QUOTES = "\u00AB\u00BB\u201C\u201D\u201E\u201F\u2033";
  static final String SINGLE_QUOTES = "\u2018\u2019\u201A\u201B\u02BC\u2032\u0060\u00B4";
  static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";

  static final char FIRST_NONCHARACTER = '\uFFFE';

  /**
   * Table value meaning "drop this character". It and {@link #MARKUP} are the two noncharacters at the top of the
   * range, which no character maps to (noncharacters are removed), so one comparison in the loop finds both.
   */
  static final char DELETE = '\uFFFF';

  /** Table value of the characters that may start markup ({@code < &} and their full-width forms). */
  static final char MARKUP = '\uFFFE';

  private static final char[] TABLE = buildTable();
  private static final TextNormalizer STANDARD = new TextNormalizer();

  private TextNormalizer() {}

  public static TextNormalizer standard() {
    return STANDARD;
  }

  /** Normalizes {@code input} into {@code out}, replacing what {@code out} held. */
  public void normalize(CharSequence input, NormalizedText out) {
    int length = input.length();
    out.reset(length, length);
    char[] chars = out.chars;
    int[] origin = out.origin;
    char[] table = TABLE;
    int written = 0;
    // 0 = nothing written yet or last was a line break; 1 = last was a space; 2 = anything else.
    int last = 0;
    for (int i = 0; i < length; i++) {
      char mapped = table[input.charAt(i)];
      if (mapped >= MARKUP) {
        if (mapped == DELETE) {
          continue;
        }
        // A < or &: the text may hold markup. Start again on the markup path, which also handles these characters
        // when they are plain text; text without them never pays for it.
        new MarkupNormalizer(input, out).normalize();
        return;
      }
      if (mapped == ' ') {
        if (last != 2) {
          continue;
        }
        last = 1;
      } else if (mapped == '\n') {
        if (last == 1) {
          written--; // the space before a line break becomes the line break
        } else if (last == 0) {
          continue;
        }
        last = 0;
      } else {
        last = 2;
      }
      chars[written] = mapped;
      origin[written] = i;
      written++;
    }
    if (written > 0 && chars[written - 1] == ' ') {
      written--;
    }
    out.length = written;
  }

  /** Convenience for aliases and tests; allocates. */
  public String normalize(CharSequence input) {
    NormalizedText out = new NormalizedText();
    normalize(input, out);
    return out.toString();
  }

  /**
   * The mapping of one character when it is not part of markup, or {@code -1} if it is removed; for tests and
   * documentation.
   */
  public static int map(char c) {
    char mapped = mapOutsideMarkup(c);
    return mapped == DELETE ? -1 : mapped;
  }

  /** The table's value for {@code c}, with {@code < &} and their full-width forms as {@code <} and {@code &}. */
  static char mapOutsideMarkup(char c) {
    char mapped = TABLE[c];
    if (mapped != MARKUP) {
      return mapped;
    }
    return c == '<' || c == FULL_WIDTH_LESS_THAN ? '<' : '&';
  }

  private static char[] buildTable() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char mapped = ruleFor(compatibilityBase((char) c));
      table[c] = mapped == '<' || mapped == '&' ? MARKUP : mapped;
    }
    return table;
  }

  /** NFKC for presentation forms and full-width Latin, when it yields a single character. */
  private static char compatibilityBase(char c) {
    boolean presentationForm = (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');
    boolean fullWidth = c >= '\uFF01' && c <= '\uFF5E';
    if (!presentationForm && !fullWidth) {
      return c;
    }
    String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    return base.length() == 1 ? base.charAt(0) : c;
  }

  private static char ruleFor(char c) {
    switch (c) {
      case ARABIC_YEH, ALEF_MAKSURA, YEH_WITH_HAMZA, YEH_BARREE:
        return PERSIAN_YEH;
      case ARABIC_KAF, SWASH_KAF:
        return KEHEH;
      case HEH_WITH_YEH, TEH_MARBUTA, AE:
        return HEH;
      case ALEF_WITH_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA:
        return ALEF;
      case WAW_WITH_HAMZA:
        return WAW;
      case HAMZA, COMBINING_HAMZA_ABOVE, COMBINING_HAMZA_BELOW, TATWEEL, SUPERSCRIPT_ALEF:
      case ZERO_WIDTH_JOINER, LEFT_TO_RIGHT_MARK, RIGHT_TO_LEFT_MARK, BYTE_ORDER_MARK, SOFT_HYPHEN:
        return DELETE;
      case ZERO_WIDTH_NON_JOINER, ZERO_WIDTH_SPACE, NO_BREAK_SPACE, NOT_SIGN, '\t', '\u000B', '\u000C':
        return ' ';
      case '\r', '\u0085', '\u2028', '\u2029':
        return '\n';
      case ARABIC_COMMA, ARABIC_THOUSANDS_SEPARATOR:
        return ',';
      case ARABIC_SEMICOLON:
        return ';';
      case ARABIC_QUESTION_MARK:
        return '?';
      case ARABIC_DECIMAL_SEPARATOR, ELLIPSIS:
        return '.';
      case ARABIC_PERCENT:
        return '%';
      default:
        break;
    }
    if (c >= FIRST_NONCHARACTER) {
      return DELETE;
    }
    if (c >= FATHATAN && c <= LAST_HARAKA || c >= FIRST_QURANIC_MARK && c <= LAST_QURANIC_MARK
        || c >= FIRST_COMBINING_DIACRITIC && c <= LAST_COMBINING_DIACRITIC) {
      return DELETE;
    }
    if (c >= PERSIAN_DIGIT_ZERO && c <= PERSIAN_DIGIT_ZERO + 9) {
      return (char) ('0' + (c - PERSIAN_DIGIT_ZERO));
    }
    if (c >= ARABIC_INDIC_DIGIT_ZERO && c <= ARABIC_INDIC_DIGIT_ZERO + 9) {
      return (char) ('0' + (c - ARABIC_INDIC_DIGIT_ZERO));
    }
    if (DOUBLE_QUOTES.indexOf(c) >= 0) {
      return '"';
    }
    if (SINGLE_QUOTES.indexOf(c) >= 0) {
      return '\'';
    }
    if (DASHES.indexOf(c) >= 0) {
      return ' ';
    }
    if (c == '\n') {
      return '\n';
    }
    if (Character.isSpaceChar(c)) {
      return ' ';
    }
    int type = Character.getType(c);
    if (type == Character.CONTROL) {
      return ' ';
    }
    if (type == Character.FORMAT) {
      return DELETE;
    }
    // Lower-case first: some letters only become a Latin letter with a diacritic when lower-cased (U+212B → å).
    char lower = Character.toLowerCase(c);
    return isLatinWithPossibleDiacritic(lower) ? latinBase(lower) : lower;
  }

  private static boolean isLatinWithPossibleDiacritic(char c) {
    return c >= '\u00C0' && c <= '\u024F' || c >= '\u1E00' && c <= '\u1EFF';
  }

  /** {@code é} → {@code e}: the first character of the canonical decomposition when the rest are combining marks. */
  private static char latinBase(char c) {
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    if (decomposed.length() > 1 && decomposed.charAt(0) < 0x80) {
      for (int i = 1; i < decomposed.length(); i++) {
        if (Character.getType(decomposed.charAt(i)) != Character.NON_SPACING_MARK) {
          return c;
        }
      }
      return decomposed.charAt(0);
    }
    return c;
  }
}

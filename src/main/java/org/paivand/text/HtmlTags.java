package org.paivand.text;

/**
 * Where HTML tags, comments and the contents of {@code script} and {@code style} begin and end, as {@link
 * TextNormalizer}'s markup path reads them. Deliberately small: scraped article text holds fragments of HTML, not
 * documents, and whatever is not clearly markup stays text.
 *
 * <ul>
 *   <li>A tag starts with {@code <} followed by an ASCII letter, {@code /} and a letter, {@code !} or {@code ?}, and
 *       ends at the first {@code >} outside a quoted attribute value. A tag holds no {@code <}, not even in a quoted
 *       value, which keeps every search linear: {@code a < b} and {@code x<y} (no {@code >} before the next
 *       {@code <} or the end) are text.
 *   <li>A comment runs from {@code <!--} to the next {@code -->}; one that is never closed is text.
 *   <li>The contents of {@code script} and {@code style} run to their closing tag; if there is none, only the opening
 *       tag is markup.
 *   <li>Tag names are compared ignoring case; {@link #BLOCK_NAMES} end a line.
 * </ul>
 */
final class HtmlTags {
  static final char LESS_THAN = '<';
  static final char GREATER_THAN = '>';
  static final char SLASH = '/';
  static final char EXCLAMATION_MARK = '!';
  static final char QUESTION_MARK = '?';
  static final char EQUALS_SIGN = '=';
  static final String COMMENT_OPEN = "<!--";
  static final String COMMENT_CLOSE = "-->";
  static final String SCRIPT = "script";
  static final String STYLE = "style";

  /** Elements that start or end a line of text when rendered; their tags, open or close, become a line break. */
  static final String[] BLOCK_NAMES = {
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section", "article",
    "header", "footer", "blockquote", "hr", "pre", "dl", "dt", "dd", "figcaption", "caption", "main", "nav", "aside",
  };

  private HtmlTags() {}

  /** True if {@code text} could start a tag, declaration or comment at {@code lessThan}, which holds a {@code <}. */
  static boolean startsTag(CharSequence text, int lessThan) {
    int length = text.length();
    if (lessThan + 1 >= length) {
      return false;
    }
    char next = text.charAt(lessThan + 1);
    if (next == SLASH) {
      return lessThan + 2 < length && isAsciiLetter(text.charAt(lessThan + 2));
    }
    return isAsciiLetter(next) || next == EXCLAMATION_MARK || next == QUESTION_MARK;
  }

  /**
   * The index after the {@code >} closing the tag that starts at {@code lessThan}, or -1 if a {@code <} or the end of
   * the text comes first. Quotes delimit an attribute value only right after {@code =}, so an apostrophe in an
   * unquoted value ({@code alt=Iran's}) is just a character.
   */
  static int tagEnd(CharSequence text, int lessThan) {
    int length = text.length();
    char quote = 0;
    boolean valueMayStart = false;
    for (int i = lessThan + 1; i < length; i++) {
      char c = text.charAt(i);
      if (c == LESS_THAN) {
        return -1;
      }
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == GREATER_THAN) {
        return i + 1;
      } else if (valueMayStart && (c == '"' || c == '\'')) {
        quote = c;
        valueMayStart = false;
      } else if (c == EQUALS_SIGN) {
        valueMayStart = true;
      } else if (!Character.isWhitespace(c)) {
        valueMayStart = false;
      }
    }
    return -1;
  }

  static boolean startsComment(CharSequence text, int lessThan) {
    return regionMatches(text, lessThan, COMMENT_OPEN);
  }

  /** The index after the {@code -->} closing the comment at {@code lessThan}, or -1; {@code <!-->} is empty. */
  static int commentEnd(CharSequence text, int lessThan) {
    int last = text.length() - COMMENT_CLOSE.length();
    for (int i = lessThan + 2; i <= last; i++) {
      if (regionMatches(text, i, COMMENT_CLOSE)) {
        return i + COMMENT_CLOSE.length();
      }
    }
    return -1;
  }

  /** The end of the run of ASCII letters and digits that names a tag, starting at {@code from}. */
  static int nameEnd(CharSequence text, int from) {
    int i = from;
    while (i < text.length() && CharacterReferences.isAsciiLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  static boolean isBlock(CharSequence text, int nameStart, int nameEnd) {
    for (String name : BLOCK_NAMES) {
      if (nameEquals(text, nameStart, nameEnd, name)) {
        return true;
      }
    }
    return false;
  }

  /** True if the tag ending (exclusive) at {@code tagEnd} closes itself: {@code <script/>}. */
  static boolean closesItself(CharSequence text, int tagEnd) {
    return text.charAt(tagEnd - 2) == SLASH;
  }

  /**
   * The index after the closing tag {@code </name ...>} of a {@code script} or {@code style} element whose contents
   * start at {@code from}, or -1 if there is none.
   */
  static int closingTagEnd(CharSequence text, int from, String name) {
    int last = text.length() - name.length() - 2;
    for (int i = from; i <= last; i++) {
      if (text.charAt(i) == LESS_THAN && text.charAt(i + 1) == SLASH
          && nameEquals(text, i + 2, nameEnd(text, i + 2), name)) {
        int end = tagEnd(text, i);
        if (end >= 0) {
          return end;
        }
      }
    }
    return -1;
  }

  static boolean nameEquals(CharSequence text, int nameStart, int nameEnd, String name) {
    if (nameEnd - nameStart != name.length()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (Character.toLowerCase(text.charAt(nameStart + i)) != name.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean regionMatches(CharSequence text, int from, String expected) {
    if (from + expected.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < expected.length(); i++) {
      if (text.charAt(from + i) != expected.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}

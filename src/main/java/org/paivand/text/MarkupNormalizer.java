package org.paivand.text;

import java.nio.CharBuffer;

/**
 * {@link TextNormalizer}'s path for text that may hold HTML: the same character table and white-space rules, plus
 * tags ({@link HtmlTags}) and character references ({@link CharacterReferences}). The class comment of {@link
 * TextNormalizer} lists the rules. Taken only for text holding a {@code <} or {@code &}, so the plain loop stays as
 * it was; one instance per such text.
 *
 * <p>Every output character still comes from one place in the original text, but that place can now be longer than
 * one character (a reference, a tag, a whole {@code script} element), so this path also fills the end of each
 * character's origin ({@link NormalizedText#originEnd}).
 */
final class MarkupNormalizer {
  /** What a {@code <} or {@code &} left in the output is written as where a second pass would read it as markup. */
  static final char SMALL_LESS_THAN = '\uFE64';
  static final char SMALL_AMPERSAND = '\uFE60';

  private final CharSequence input;
  private final NormalizedText out;
  private final char[] chars;
  private final int[] origin;
  private final int[] ends;
  private int written;
  /** As in {@link TextNormalizer#normalize}: 0 = nothing yet or a line break, 1 = a space, 2 = anything else. */
  private int last;

  // A search that found no closing "-->" or "</script>" would find none later either; these skip it.
  private boolean commentsUnclosed;
  private boolean scriptUnclosed;
  private boolean styleUnclosed;

  MarkupNormalizer(CharSequence input, NormalizedText out) {
    this.input = input;
    this.out = out;
    out.reset(input.length(), input.length());
    this.chars = out.chars;
    this.origin = out.origin;
    this.ends = out.useOriginEnds();
  }

  void normalize() {
    int length = input.length();
    int i = 0;
    while (i < length) {
      char c = input.charAt(i);
      if (c == HtmlTags.LESS_THAN) {
        i = lessThan(i);
      } else if (c == CharacterReferences.AMPERSAND) {
        i = ampersand(i);
      } else {
        char mapped = TextNormalizer.mapOutsideMarkup(c);
        if (mapped != TextNormalizer.DELETE) {
          emit(mapped, i, i + 1);
        }
        i++;
      }
    }
    if (written > 0 && chars[written - 1] == ' ') {
      written--;
    }
    neutralizeMarkupLeftInOutput();
    out.length = written;
  }

  /** Handles the {@code <} at {@code at}: a tag, comment or element, or just the character; returns where to go on. */
  private int lessThan(int at) {
    if (!HtmlTags.startsTag(input, at)) {
      return character(at);
    }
    if (HtmlTags.startsComment(input, at)) {
      int end = commentsUnclosed ? -1 : HtmlTags.commentEnd(input, at);
      if (end < 0) {
        commentsUnclosed = true;
        return character(at);
      }
      return end; // a comment leaves nothing, not even a space
    }
    int end = HtmlTags.tagEnd(input, at);
    if (end < 0) {
      return character(at);
    }
    boolean closing = input.charAt(at + 1) == HtmlTags.SLASH;
    int nameStart = closing ? at + 2 : at + 1;
    int nameEnd = HtmlTags.nameEnd(input, nameStart);
    if (!closing && !HtmlTags.closesItself(input, end)) {
      end = endOfRawText(nameStart, nameEnd, end);
    }
    emit(HtmlTags.isBlock(input, nameStart, nameEnd) ? '\n' : ' ', at, end);
    return end;
  }

  /** After the opening tag of a {@code script} or {@code style}, the end of its closing tag if there is one. */
  private int endOfRawText(int nameStart, int nameEnd, int tagEnd) {
    if (HtmlTags.nameEquals(input, nameStart, nameEnd, HtmlTags.SCRIPT) && !scriptUnclosed) {
      int end = HtmlTags.closingTagEnd(input, tagEnd, HtmlTags.SCRIPT);
      scriptUnclosed = end < 0;
      return end < 0 ? tagEnd : end;
    }
    if (HtmlTags.nameEquals(input, nameStart, nameEnd, HtmlTags.STYLE) && !styleUnclosed) {
      int end = HtmlTags.closingTagEnd(input, tagEnd, HtmlTags.STYLE);
      styleUnclosed = end < 0;
      return end < 0 ? tagEnd : end;
    }
    return tagEnd;
  }

  /**
   * Handles the {@code &} at {@code at}. A reference becomes the character it names, mapped by the table; one that
   * names {@code &} may start another ({@code &amp;quot;}, text escaped twice), and its origin covers both.
   */
  private int ampersand(int at) {
    long reference = CharacterReferences.read(input, at + 1);
    if (reference == CharacterReferences.NONE) {
      return character(at);
    }
    int codePoint = CharacterReferences.codePoint(reference);
    int end = CharacterReferences.end(reference);
    while (codePoint == CharacterReferences.AMPERSAND) {
      long next = CharacterReferences.read(input, end);
      if (next == CharacterReferences.NONE) {
        break;
      }
      codePoint = CharacterReferences.codePoint(next);
      end = CharacterReferences.end(next);
    }
    if (codePoint <= Character.MAX_VALUE) { // a character outside the BMP maps to nothing
      char mapped = TextNormalizer.mapOutsideMarkup((char) codePoint);
      if (mapped != TextNormalizer.DELETE) {
        emit(mapped, at, end);
      }
    }
    return end;
  }

  /** The character at {@code at} as text. */
  private int character(int at) {
    emit(TextNormalizer.mapOutsideMarkup(input.charAt(at)), at, at + 1);
    return at + 1;
  }

  /** Appends one character, collapsing white space exactly as the plain loop does. */
  private void emit(char mapped, int start, int end) {
    if (mapped == ' ') {
      if (last != 2) {
        return;
      }
      last = 1;
    } else if (mapped == '\n') {
      if (last == 1) {
        written--; // the space before a line break becomes the line break
      } else if (last == 0) {
        return;
      }
      last = 0;
    } else {
      last = 2;
    }
    chars[written] = mapped;
    origin[written] = start;
    ends[written] = end;
    written++;
  }

  /**
   * Keeps normalizing idempotent: a {@code <} that could start a tag and a {@code &} that starts a reference in the
   * output (from {@code &lt;p&gt;}, {@code &amp;lt;}, or an unclosed {@code <b}) would be read as markup by a second
   * pass, so they become their small forms, which the table keeps as they are. Markup characters are independent
   * here: whether one starts markup depends only on the letters after it, never on another {@code <} or {@code &}.
   */
  private void neutralizeMarkupLeftInOutput() {
    CharSequence output = null;
    for (int k = 0; k < written; k++) {
      char c = chars[k];
      if (c != HtmlTags.LESS_THAN && c != CharacterReferences.AMPERSAND) {
        continue;
      }
      if (output == null) {
        output = CharBuffer.wrap(chars, 0, written);
      }
      if (c == HtmlTags.LESS_THAN && HtmlTags.startsTag(output, k)) {
        chars[k] = SMALL_LESS_THAN;
      } else if (c == CharacterReferences.AMPERSAND
          && CharacterReferences.read(output, k + 1) != CharacterReferences.NONE) {
        chars[k] = SMALL_AMPERSAND;
      }
    }
  }
}

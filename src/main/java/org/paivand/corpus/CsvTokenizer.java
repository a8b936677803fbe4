package org.paivand.corpus;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 CSV into rows of fields, one row per call, with a small state machine.
 *
 * <ul>
 *   <li>Fields are separated by {@code ,}; rows end at LF or CRLF (a lone CR is an ordinary character).
 *   <li>A field that starts with {@code "} is quoted: it may hold commas and line breaks (kept as they are), and
 *       {@code ""} inside it stands for one {@code "}. After the closing quote only a comma, a line end or the end of
 *       the file may follow.
 *   <li>A {@code "} inside an unquoted field is an ordinary character.
 *   <li>Blank lines (nothing between two line ends) are skipped. A UTF-8 byte order mark at the start is dropped.
 *   <li>A quote that is never closed, a character after a closing quote and bytes that are not valid UTF-8 are a
 *       {@link MalformedCorpusException} naming the line.
 * </ul>
 */
final class CsvTokenizer {
  static final char SEPARATOR = ',';
  static final char QUOTE = '"';
  static final char LINE_FEED = '\n';
  static final char CARRIAGE_RETURN = '\r';
  static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final int END_OF_FILE = -1;
  private static final int NOTHING_PENDING = -2;

  private enum State {
    FIELD_START,
    UNQUOTED,
    QUOTED,
    AFTER_QUOTE
  }

  private final Reader reader;
  private final String fileName;
  private int pending = NOTHING_PENDING;
  private long line = 1;
  private long rowStartLine;
  private boolean started;

  CsvTokenizer(Reader reader, String fileName) {
    this.reader = reader;
    this.fileName = fileName;
  }

  /** The 1-based line on which the row last returned by {@link #next()} starts. */
  long rowStartLine() {
    return rowStartLine;
  }

  /** The fields of the next row, or {@code null} at the end of the file. */
  List<String> next() throws IOException {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    State state = State.FIELD_START;
    rowStartLine = line;
    while (true) {
      int character = read();
      boolean lineEnd = state != State.QUOTED && isLineEnd(character);
      if (lineEnd) {
        line++;
      }
      switch (state) {
        case FIELD_START:
          if (fields.isEmpty() && (character == END_OF_FILE || lineEnd)) {
            if (character == END_OF_FILE) {
              return null;
            }
            rowStartLine = line; // a blank line: skip it
          } else if (character == QUOTE) {
            state = State.QUOTED;
          } else if (character == SEPARATOR) {
            fields.add("");
          } else if (character == END_OF_FILE || lineEnd) {
            fields.add("");
            return fields;
          } else {
            field.append((char) character);
            state = State.UNQUOTED;
          }
          break;
        case UNQUOTED:
          if (character == SEPARATOR || character == END_OF_FILE || lineEnd) {
            fields.add(take(field));
            if (character != SEPARATOR) {
              return fields;
            }
            state = State.FIELD_START;
          } else {
            field.append((char) character);
          }
          break;
        case QUOTED:
          if (character == QUOTE) {
            state = State.AFTER_QUOTE;
          } else if (character == END_OF_FILE) {
            throw new MalformedCorpusException(
                fileName, rowStartLine, "a quoted field is never closed (unclosed quote, the file ends inside it)");
          } else {
            if (character == LINE_FEED) {
              line++;
            }
            field.append((char) character);
          }
          break;
        case AFTER_QUOTE:
          if (character == QUOTE) {
            field.append(QUOTE);
            state = State.QUOTED;
          } else if (character == SEPARATOR || character == END_OF_FILE || lineEnd) {
            fields.add(take(field));
            if (character != SEPARATOR) {
              return fields;
            }
            state = State.FIELD_START;
          } else {
            throw new MalformedCorpusException(
                fileName, line, "unexpected character '" + (char) character + "' after a closing quote");
          }
          break;
        default:
          throw new IllegalStateException(state.name());
      }
    }
  }

  /** True for LF, and for CR when LF follows (the LF is then consumed with it). */
  private boolean isLineEnd(int character) throws IOException {
    if (character == LINE_FEED) {
      return true;
    }
    if (character == CARRIAGE_RETURN) {
      int following = read();
      if (following == LINE_FEED) {
        return true;
      }
      pending = following;
    }
    return false;
  }

  private static String take(StringBuilder field) {
    String value = field.toString();
    field.setLength(0);
    return value;
  }

  private int read() throws IOException {
    if (pending != NOTHING_PENDING) {
      int character = pending;
      pending = NOTHING_PENDING;
      return character;
    }
    try {
      int character = reader.read();
      if (!started) {
        started = true;
        if (character == BYTE_ORDER_MARK) {
          character = reader.read();
        }
      }
      return character;
    } catch (CharacterCodingException e) {
      throw new MalformedCorpusException(
          fileName, line, "the file is not valid UTF-8 (the bad bytes are on this line or after it)", e);
    }
  }
}

package org.paivand.corpus;

import java.io.IOException;

/**
 * An input file that does not follow its format: a CSV row with the wrong number of fields, an unclosed quote, a line
 * that is not JSON. The message starts with {@code <file> line <n>:} so the user can find the place.
 */
public final class MalformedCorpusException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String fileName;
  private final long line;

  public MalformedCorpusException(String fileName, long line, String problem) {
    this(fileName, line, problem, null);
  }

  public MalformedCorpusException(String fileName, long line, String problem, Throwable cause) {
    super(fileName + " line " + line + ": " + problem, cause);
    this.fileName = fileName;
    this.line = line;
  }

  /** The input file, as it was named to the reader. */
  public String fileName() {
    return fileName;
  }

  /** The 1-based line in that file where the problem starts. */
  public long line() {
    return line;
  }
}

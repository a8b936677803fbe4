package org.paivand.corpus;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads the articles of one input file, in file order, one record per call. Implementations stream: they never hold
 * the whole file. Malformed input is a {@link MalformedCorpusException} naming the file and line, never a silent drop.
 */
public interface CorpusReader extends Closeable {
  /** The next record, or {@code null} after the last one. */
  CorpusRecord next() throws IOException;
}

package org.paivand.spark.input;

import org.paivand.spark.job.JobConfig;
import org.paivand.errors.InputErrors;

/**
 * Turns Spark's failure to read an input file in the middle of a run (a footer that checked out, but data pages that
 * do not) into a message naming the file, like the failures found before the run starts.
 */
public final class UnreadableInput {
  private static final String FAILED_READ_FILE = "FAILED_READ_FILE";

  private UnreadableInput() {}

  public static RuntimeException explain(Exception error, JobConfig config) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && message.contains(FAILED_READ_FILE)) {
        return InputErrors.inputFileUnreadable(message.lines().findFirst().orElse(message),
            config.skipCorruptFiles());
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return error instanceof RuntimeException runtime ? runtime : new IllegalStateException(error.getMessage(), error);
  }
}

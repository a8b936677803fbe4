package org.paivand.spark.input;

import org.paivand.spark.job.JobConfig;
import org.paivand.errors.UserError;

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
        return new UserError("an input file could not be read; nothing was written",
            message.lines().findFirst().orElse(message),
            config.skipCorruptFiles() ? "repair or remove the file"
                : "repair or remove the file, or run with --skip-corrupt-files to read past corrupt content");
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return error instanceof RuntimeException runtime ? runtime : new IllegalStateException(error.getMessage(), error);
  }
}

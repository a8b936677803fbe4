package org.paivand.cli;

import java.io.PrintWriter;
import org.paivand.spark.RunResult;

/** The lines {@code run} prints when it is done. */
final class RunSummary {
  private RunSummary() {}

  static void printShort(PrintWriter out, RunResult result, boolean quiet) {
    out.printf("rows read %,d = used %,d + rejected %,d + duplicate %,d%n", result.rowsRead(), result.rowsUsed(),
        result.rowsRejected(), result.rowsDuplicate());
    if (!quiet) {
      out.printf("publication dates %s .. %s%n", result.firstDate(), result.lastDate());
      result.rejectsByReason().forEach((reason, n) -> out.printf("  rejected %-20s %,d%n", reason, n));
      out.printf("output %s%n", result.output());
    }
    out.flush();
  }
}

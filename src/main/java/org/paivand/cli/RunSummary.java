package org.paivand.cli;

import java.io.PrintWriter;
import org.paivand.spark.run.RunResult;

/** The lines {@code run} prints when it is done. */
final class RunSummary {
  private RunSummary() {}

  static void printShort(PrintWriter out, RunResult result, boolean quiet) {
    out.printf("rows read %,d = used %,d + rejected %,d + duplicate %,d%s%n", result.rowsRead(), result.rowsUsed(),
        result.rowsRejected(), result.rowsDuplicate(),
        result.rowsUnreadable() == 0 ? "" : String.format(" + unreadable %,d", result.rowsUnreadable()));
    if (result.duplicates().mode() != org.paivand.spark.job.DedupMode.NONE) {
      out.printf("duplicate = %,d repeated id(s) + %,d exact + %,d near text copies; %,d used without text dedup%n",
          result.duplicates().byId(), result.duplicates().exactText(), result.duplicates().nearText(),
          result.rowsUsedWithoutTextDedup());
    }
    if (!result.skippedFiles().isEmpty()) {
      out.printf("skipped %d unreadable input file(s): see skipped_files in _run.json%n", result.skippedFiles().size());
    }
    if (result.textTruncated() > 0) {
      out.printf("%,d text(s) cut to the length limit: see text_truncated in _run.json%n", result.textTruncated());
    }
    if (!quiet) {
      out.printf("publication dates %s .. %s%n", result.firstDate(), result.lastDate());
      result.rejectsByReason().forEach((reason, n) -> out.printf("  rejected %-20s %,d%n", reason, n));
      out.printf("output %s%n", result.output());
    }
    out.flush();
  }
}

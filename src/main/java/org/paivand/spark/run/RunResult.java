package org.paivand.spark.run;

import org.paivand.spark.dedup.DuplicateCounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a run did, as written to {@code _run.json}: the reconciliation ({@code rowsRead = rowsUsed + rowsRejected +
 * rowsDuplicate + rowsUnreadable}), rejects per reason, the publication date range, rows per output table, seconds per
 * phase and the Spark jobs and stages the run took.
 */
public record RunResult(
    String runId,
    String output,
    long rowsRead,
    long rowsUsed,
    long rowsRejected,
    long rowsDuplicate,
    Map<String, Long> rejectsByReason,
    LocalDate firstDate,
    LocalDate lastDate,
    Map<String, Long> tableRows,
    Map<String, Double> phaseSeconds,
    long inputFiles,
    List<String> skippedFiles,
    long rowsUnreadable,
    long textTruncated,
    DuplicateCounts duplicates,
    int sparkJobs,
    int sparkStages) {

  /** The articles the run would have used without text deduplication (repeated ids still counted once). */
  public long rowsUsedWithoutTextDedup() {
    return rowsUsed + duplicates.exactText() + duplicates.nearText();
  }

  /** Rows unreadable can be non-zero only with --skip-corrupt-files: rows in corrupt pages of readable files. */
  public boolean reconciles() {
    return rowsRead == rowsUsed + rowsRejected + rowsDuplicate + rowsUnreadable;
  }
}

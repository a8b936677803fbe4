package org.paivand.spark;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a run did, as written to {@code _run.json}: the reconciliation ({@code rowsRead = rowsUsed + rowsRejected +
 * rowsDuplicate + rowsUnreadable}), rejects per reason, the publication date range, rows per output table and seconds per phase.
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
    DuplicateCounts duplicates) {

  /** A result whose duplicates are all repeated ids (no text deduplication). */
  public RunResult(String runId, String output, long rowsRead, long rowsUsed, long rowsRejected, long rowsDuplicate,
      Map<String, Long> rejectsByReason, LocalDate firstDate, LocalDate lastDate, Map<String, Long> tableRows,
      Map<String, Double> phaseSeconds, long inputFiles, List<String> skippedFiles, long rowsUnreadable,
      long textTruncated) {
    this(runId, output, rowsRead, rowsUsed, rowsRejected, rowsDuplicate, rejectsByReason, firstDate, lastDate,
        tableRows, phaseSeconds, inputFiles, skippedFiles, rowsUnreadable, textTruncated,
        DuplicateCounts.idOnly(rowsDuplicate));
  }

  /** The articles the run would have used without text deduplication (repeated ids still counted once). */
  public long rowsUsedWithoutTextDedup() {
    return rowsUsed + duplicates.exactText() + duplicates.nearText();
  }

  /** Rows unreadable can be non-zero only with --skip-corrupt-files: rows in corrupt pages of readable files. */
  public boolean reconciles() {
    return rowsRead == rowsUsed + rowsRejected + rowsDuplicate + rowsUnreadable;
  }
}

package org.paivand.spark.nightly;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one nightly run did, as written to its {@code _run.json} (a run that found nothing new writes nothing).
 *
 * @param partitions the deliveries processed tonight by ingest date, with why (new, changed, removed, reprocess)
 * @param later deliveries after the run's date, left for later
 * @param rowsRead rows read from tonight's deliveries: {@code rowsUsed + rowsRejected + rowsDuplicate} of them, as
 *     marked among everything the output holds
 * @param rewrittenDates publication days whose counts changed tonight; their months were rewritten
 * @param rewrittenMonths the {@code pub_month} partitions rewritten in each daily table
 * @param recovered earlier runs' pending updates finished or deleted before this one started
 */
public record NightlyResult(
    String runId,
    String output,
    boolean nothingNew,
    Map<String, String> partitions,
    List<String> later,
    long rowsRead,
    long rowsUsed,
    long rowsRejected,
    long rowsDuplicate,
    List<LocalDate> rewrittenDates,
    List<String> rewrittenMonths,
    Map<String, Long> tableRows,
    Map<String, Double> phaseSeconds,
    List<String> recovered) {

  public boolean reconciles() {
    return rowsRead == rowsUsed + rowsRejected + rowsDuplicate;
  }
}

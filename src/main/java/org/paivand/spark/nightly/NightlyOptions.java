package org.paivand.spark.nightly;

import org.paivand.errors.OptionErrors;
import org.paivand.output.OutputLock;
import org.paivand.spark.job.JobConfig;
import java.time.Duration;
import java.time.LocalDate;

/**
 * One nightly (or backfill) run: the job settings of {@code paivand run} (one input, the root of the deliveries),
 * and what to process.
 *
 * @param job columns, zone, limits, dedup; {@code inputs} is the root holding {@code ingest_date=YYYY-MM-DD}
 * @param date the night: deliveries after it are left for later
 * @param lookbackDays processed deliveries older than {@code date} minus this many days are not checked for
 *     re-delivery again; null checks them all
 * @param reprocess a backfill's range of ingest dates read again whatever their files, or null
 * @param lease how long a lock may go without a heartbeat before another run takes it over
 */
public record NightlyOptions(JobConfig job, LocalDate date, Integer lookbackDays, NightlyPlan.Range reprocess,
    Duration lease) {
  public NightlyOptions {
    if (job.inputs().size() != 1) {
      throw OptionErrors.nightlyInputs(job.inputs().size());
    }
    if (lookbackDays != null && lookbackDays < 0) {
      throw OptionErrors.lookbackDaysNegative(lookbackDays);
    }
  }

  public static NightlyOptions of(JobConfig job, LocalDate date) {
    return new NightlyOptions(job, date, null, null, OutputLock.DEFAULT_LEASE);
  }

  public NightlyOptions withReprocess(LocalDate from, LocalDate to) {
    return new NightlyOptions(job, date, lookbackDays, new NightlyPlan.Range(from, to), lease);
  }

  public NightlyOptions withLookbackDays(Integer days) {
    return new NightlyOptions(job, date, days, reprocess, lease);
  }
}

package org.paivand.spark.nightly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which deliveries a nightly run reads, decided from what is under the input root and what the output's state says
 * was processed, without Spark. A partition {@code ingest_date=D} is
 *
 * <ul>
 *   <li>{@code new}: never processed, and {@code D} is not after the run's date;
 *   <li>{@code changed}: processed, but its files (names, sizes, modification times) differ now: re-delivered;
 *   <li>{@code removed}: processed, but no longer under the root: its contribution is taken out;
 *   <li>{@code reprocess}: inside a backfill's date range, read again whatever its files;
 *   <li>{@code later}: after the run's date, left for the night it belongs to.
 * </ul>
 *
 * <p>With a lookback of N days, processed partitions older than the run's date minus N are not listed again nor
 * compared (a re-delivery that old needs a backfill); new ones are processed whatever their date.
 *
 * @param actions the partitions to read or take out, by ingest date, with their action
 * @param later partitions after the run's date, not processed tonight
 */
public record NightlyPlan(Map<String, String> actions, List<String> later) {
  static final String NEW = "new";
  static final String CHANGED = "changed";
  static final String REMOVED = "removed";
  static final String REPROCESS = "reprocess";

  /** A backfill's range of ingest dates, both ends included. */
  public record Range(LocalDate from, LocalDate to) {
    boolean contains(String day) {
      LocalDate date = LocalDate.parse(day);
      return !date.isBefore(from) && !date.isAfter(to);
    }
  }

  /** Whether the files of a processed partition must be listed and compared tonight. */
  static boolean recheck(String day, LocalDate runDate, Integer lookbackDays, Range reprocess) {
    if (reprocess != null && reprocess.contains(day)) {
      return true;
    }
    return lookbackDays == null || !LocalDate.parse(day).isBefore(runDate.minusDays(lookbackDays));
  }

  /**
   * @param present every partition under the root, by ingest date, with its file fingerprint; null for a processed
   *     partition that {@link #recheck} said not to list
   * @param processed the partitions of the output's state with the fingerprint they had when processed
   */
  static NightlyPlan of(Map<String, List<String>> present, Map<String, List<String>> processed, LocalDate runDate,
      Integer lookbackDays, Range reprocess) {
    Map<String, String> actions = new TreeMap<>();
    List<String> later = new ArrayList<>();
    present.forEach((day, files) -> {
      if (LocalDate.parse(day).isAfter(runDate)) {
        later.add(day);
      } else if (reprocess != null && reprocess.contains(day)) {
        actions.put(day, REPROCESS);
      } else if (!processed.containsKey(day)) {
        actions.put(day, NEW);
      } else if (files != null && !files.equals(processed.get(day))) {
        actions.put(day, CHANGED);
      }
    });
    processed.keySet().forEach(day -> {
      if (!present.containsKey(day) && !LocalDate.parse(day).isAfter(runDate)
          && recheck(day, runDate, lookbackDays, reprocess)) {
        actions.put(day, REMOVED);
      }
    });
    Collections.sort(later);
    return new NightlyPlan(Map.copyOf(actions), List.copyOf(later));
  }

  boolean isEmpty() {
    return actions.isEmpty();
  }

  /** The partitions whose files are read tonight (every action but {@code removed}). */
  List<String> toRead() {
    return new TreeMap<>(actions).entrySet().stream().filter(e -> !e.getValue().equals(REMOVED))
        .map(Map.Entry::getKey).toList();
  }

  /** Every partition whose earlier contribution is replaced tonight. */
  List<String> touched() {
    return new TreeMap<>(actions).keySet().stream().toList();
  }
}

package org.paivand.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The first day after a {@code timeseries} period, from its granularity and start: a day, an ISO or Jalali week (7
 * days), a Gregorian month. A Jalali month (29 to 31 days) ends where the next Jalali month of the table starts,
 * given in {@code starts}, and at most 31 days after its start; the last one is open (null): nothing in the output
 * is published after it.
 */
final class PeriodEnd {
  static final int MAX_JALALI_MONTH = 31;

  private PeriodEnd() {}

  static LocalDate of(String granularity, LocalDate start, List<LocalDate> starts) {
    return switch (granularity) {
      case "day" -> start.plusDays(1);
      case "week", "jalali_week" -> start.plusDays(7);
      case "month" -> start.plusMonths(1);
      case "jalali_month" -> starts.stream().filter(next -> next.isAfter(start)).findFirst()
          .map(next -> next.isAfter(start.plusDays(MAX_JALALI_MONTH)) ? start.plusDays(MAX_JALALI_MONTH) : next)
          .orElse(null);
      default -> throw new IllegalArgumentException("unknown granularity " + granularity);
    };
  }
}

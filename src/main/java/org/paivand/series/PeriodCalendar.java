package org.paivand.series;

import org.paivand.dates.JalaliCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every day of a range with its period in each {@link Granularity}: the small lookup table the Spark side joins the
 * daily counts with (five rows a day, about 1,800 a year), so that Jalali periods come from ICU in one place.
 */
public final class PeriodCalendar {
  /** One day in one granularity. */
  public record Entry(Granularity granularity, LocalDate day, Period period) {}

  private PeriodCalendar() {}

  /** Every day from {@code first} to {@code last} (inclusive), in every granularity. */
  public static List<Entry> entries(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("range " + first + ".." + last + " is empty");
    }
    JalaliCalendar jalali = new JalaliCalendar();
    List<Entry> entries = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      for (Granularity granularity : Granularity.values()) {
        entries.add(new Entry(granularity, day, granularity.periodOf(day, jalali)));
      }
    }
    return entries;
  }
}

package org.paivand.series;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every period of every {@link Granularity} from a first to a last day, by position: position 0 is the period
 * holding the first day and consecutive periods have consecutive positions (a period's position is its
 * {@link Period#index()} minus that of the first), so "the previous 12 months" is a range of positions. Built once
 * on the driver from {@link PeriodCalendar} (ICU for the Jalali periods) and shipped to the executors.
 */
public final class SeriesCalendar implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Granularity[] GRANULARITIES = Granularity.values();

  private final int firstDay;
  private final int days;
  /** [granularity][day - firstDay]: the position of the day's period. */
  private final int[][] positionOfDay;
  /** [granularity][position]: the epoch day the period starts on. */
  private final int[][] startDay;
  /** [granularity][position]. */
  private final String[][] labels;

  private SeriesCalendar(int firstDay, int days, int[][] positionOfDay, int[][] startDay, String[][] labels) {
    this.firstDay = firstDay;
    this.days = days;
    this.positionOfDay = positionOfDay;
    this.startDay = startDay;
    this.labels = labels;
  }

  public static SeriesCalendar of(LocalDate first, LocalDate last) {
    int firstDay = Math.toIntExact(first.toEpochDay());
    int days = Math.toIntExact(last.toEpochDay() - firstDay + 1);
    int[][] positionOfDay = new int[GRANULARITIES.length][days];
    List<List<Period>> periods = new ArrayList<>();
    for (int g = 0; g < GRANULARITIES.length; g++) {
      periods.add(new ArrayList<>());
    }
    for (PeriodCalendar.Entry entry : PeriodCalendar.entries(first, last)) {
      int g = entry.granularity().ordinal();
      List<Period> list = periods.get(g);
      if (list.isEmpty() || list.get(list.size() - 1).index() != entry.period().index()) {
        if (!list.isEmpty() && list.get(list.size() - 1).index() + 1 != entry.period().index()) {
          throw new IllegalStateException("periods of " + entry.granularity().id() + " are not consecutive at "
              + entry.day());
        }
        list.add(entry.period());
      }
      positionOfDay[g][(int) (entry.day().toEpochDay() - firstDay)] = list.size() - 1;
    }
    int[][] startDay = new int[GRANULARITIES.length][];
    String[][] labels = new String[GRANULARITIES.length][];
    for (int g = 0; g < GRANULARITIES.length; g++) {
      List<Period> list = periods.get(g);
      startDay[g] = list.stream().mapToInt(period -> Math.toIntExact(period.start().toEpochDay())).toArray();
      labels[g] = list.stream().map(Period::label).toArray(String[]::new);
    }
    return new SeriesCalendar(firstDay, days, positionOfDay, startDay, labels);
  }

  public int firstDay() {
    return firstDay;
  }

  public int days() {
    return days;
  }

  public int periods(Granularity granularity) {
    return startDay[granularity.ordinal()].length;
  }

  /** The position of the period holding {@code epochDay}, a day of the range. */
  public int position(Granularity granularity, int epochDay) {
    int offset = epochDay - firstDay;
    if (offset < 0 || offset >= days) {
      throw new IllegalArgumentException("day " + LocalDate.ofEpochDay(epochDay) + " is outside the calendar's "
          + LocalDate.ofEpochDay(firstDay) + ".." + LocalDate.ofEpochDay(firstDay + days - 1L));
    }
    return positionOfDay[granularity.ordinal()][offset];
  }

  public int startDay(Granularity granularity, int position) {
    return startDay[granularity.ordinal()][position];
  }

  public String label(Granularity granularity, int position) {
    return labels[granularity.ordinal()][position];
  }
}

/**
 * Time series: periods (day, ISO week, month, Jalali week and month) and their positions over a range
 * ({@link org.paivand.series.SeriesCalendar}), entity pairs, and the rows of one pair's series in every granularity
 * from daily counts ({@link org.paivand.series.SeriesRows}: sums per period, trailing window, baseline, statistics).
 * Pure core: the Spark side only gathers each series' daily counts.
 */
package org.paivand.series;

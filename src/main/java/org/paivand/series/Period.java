package org.paivand.series;

import java.time.LocalDate;

/**
 * One period of a {@link Granularity}: its first day, its label and its index. Indexes of consecutive periods of one
 * granularity differ by exactly one, so "the previous 12 months" is an index range whatever the months' lengths.
 *
 * @param start the first day of the period (a Monday for ISO weeks, a Saturday for Jalali weeks)
 * @param label e.g. {@code 2020-10-11}, {@code 2020-W41}, {@code 2020-10}, {@code 1399-W30}, {@code 1399-07}
 * @param index consecutive within the granularity
 */
public record Period(LocalDate start, String label, long index) {}

package org.paivand.dates;

/**
 * The reasons a publication date is rejected, as written to the quarantine table's {@code reason} column. Each
 * rejection also carries a short human {@code detail}, such as {@code Mehr 1404 has 30 days}.
 *
 * <ul>
 *   <li>{@link #MISSING_DATE}: the value is null, empty or only spaces;
 *   <li>{@link #INVALID_DATE}: the value is not in an accepted format, is ambiguous ({@code 07/06/2020}), names a
 *       day that does not exist ({@code 1404/13/01}, {@code 31 مهر 1404}, {@code 2021-02-29}) or has a year that
 *       fits neither calendar;
 *   <li>{@link #DATE_OUT_OF_RANGE}: the value is a real date, but before {@code 1900-01-01} or after
 *       {@code 2100-12-31} in the parser's zone.
 * </ul>
 */
public final class DateRejection {
  public static final String MISSING_DATE = "missing_date";
  public static final String INVALID_DATE = "invalid_date";
  public static final String DATE_OUT_OF_RANGE = "date_out_of_range";

  private DateRejection() {}
}

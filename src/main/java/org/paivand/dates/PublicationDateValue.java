package org.paivand.dates;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The value of an article's date column in the one form its column type gives, so that no value is ever formatted
 * through a session time zone on its way to the parser:
 *
 * <ul>
 *   <li>{@link #text}: a string column (Gregorian or Jalali, any format {@code docs/dates.md} lists) or an integer one
 *       ({@code 20201006}), parsed by {@link PublicationDateParser#parse};
 *   <li>{@link #epochMicros}: a timestamp column, microseconds since the epoch, made a day in the parser's zone;
 *   <li>{@link #epochDay}: a date column (or a timestamp without zone), taken as it is.
 * </ul>
 *
 * <p>At most one is set; none set is a missing date. The date is always the column's, never one written in the text.
 */
public record PublicationDateValue(String text, Long epochMicros, Integer epochDay) {

  public PublicationDateValue {
    int set = (text != null ? 1 : 0) + (epochMicros != null ? 1 : 0) + (epochDay != null ? 1 : 0);
    if (set > 1) {
      throw new IllegalArgumentException("a publication date value has one form, not " + set);
    }
  }

  /** The publication date, or why there is none. */
  public DateParse parse(PublicationDateParser parser) {
    if (epochMicros != null) {
      return parser.fromEpochMicros(epochMicros);
    }
    if (epochDay != null) {
      return parser.fromLocalDate(LocalDate.ofEpochDay(epochDay));
    }
    return parser.parse(text);
  }

  /** The value as read, for the quarantine table: the text, an ISO instant or an ISO date; null when missing. */
  public String raw() {
    if (text != null) {
      return text;
    }
    if (epochMicros != null) {
      return Instant.EPOCH.plusNanos(epochMicros * 1000L).toString();
    }
    return epochDay == null ? null : LocalDate.ofEpochDay(epochDay).toString();
  }
}

package org.paivand.dates;

import java.time.LocalDate;

/**
 * The outcome of parsing one publication date: either a {@link #date()} or, when the value cannot be used, a
 * {@link #reason()} from {@link DateRejection} and a short human {@link #detail()}. Exactly one of the two is set.
 *
 * @param date the publication date in the parser's zone, or null when rejected
 * @param reason one of the {@link DateRejection} codes, or null when valid
 * @param detail what is wrong, for people reading the quarantine table, or null when valid
 */
public record DateParse(LocalDate date, String reason, String detail) {

  public DateParse {
    if ((date == null) == (reason == null)) {
      throw new IllegalArgumentException("a DateParse holds either a date or a reason, not both or neither");
    }
    if ((reason == null) != (detail == null)) {
      throw new IllegalArgumentException("a rejected DateParse needs a detail, and a valid one has none");
    }
  }

  public static DateParse valid(LocalDate date) {
    if (date == null) {
      throw new IllegalArgumentException("a valid DateParse needs a date");
    }
    return new DateParse(date, null, null);
  }

  public static DateParse invalid(String reason, String detail) {
    if (reason == null || detail == null) {
      throw new IllegalArgumentException("a rejected DateParse needs a reason and a detail");
    }
    return new DateParse(null, reason, detail);
  }

  public boolean isValid() {
    return date != null;
  }
}

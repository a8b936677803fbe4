package org.paivand.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.ZoneId;

/** The one-line helpers the parser tests use: {@code check("1399/07/15", "2020-10-06")}. */
final class DateChecks {
  static final ZoneId UTC = ZoneId.of("UTC");
  static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

  private DateChecks() {}

  /** Parsing {@code raw} in UTC gives the ISO date {@code expected}. */
  static void check(String raw, String expected) {
    check(UTC, raw, expected);
  }

  static void check(ZoneId zone, String raw, String expected) {
    DateParse result = new PublicationDateParser(zone).parse(raw);
    assertEquals(LocalDate.parse(expected), result.date(), () -> "'" + raw + "' in " + zone + " gave " + result);
  }

  /** Parsing {@code raw} in UTC is rejected for {@code reason}; returns the result for further checks. */
  static DateParse checkInvalid(String raw, String reason) {
    DateParse result = new PublicationDateParser(UTC).parse(raw);
    assertNull(result.date(), () -> "'" + raw + "' should be rejected but gave " + result.date());
    assertEquals(reason, result.reason(), () -> "'" + raw + "' gave " + result);
    return result;
  }

  /** Parsing {@code raw} in UTC is rejected for {@code reason} with exactly {@code detail}. */
  static void checkInvalid(String raw, String reason, String detail) {
    assertEquals(detail, checkInvalid(raw, reason).detail(), () -> "detail for '" + raw + "'");
  }
}

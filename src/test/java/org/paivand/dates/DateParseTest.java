package org.paivand.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateParseTest {
  private static final LocalDate DAY = LocalDate.of(2020, 10, 6);

  @Test
  void validHoldsTheDateAndNoReason() {
    DateParse parse = DateParse.valid(DAY);
    assertTrue(parse.isValid());
    assertEquals(DAY, parse.date());
    assertNull(parse.reason());
    assertNull(parse.detail());
  }

  @Test
  void invalidHoldsTheReasonAndDetailAndNoDate() {
    DateParse parse = DateParse.invalid(DateRejection.INVALID_DATE, "Mehr 1404 has 30 days");
    assertFalse(parse.isValid());
    assertNull(parse.date());
    assertEquals("invalid_date", parse.reason());
    assertEquals("Mehr 1404 has 30 days", parse.detail());
  }

  @Test
  void reasonCodesAreTheQuarantineColumnValues() {
    assertEquals("missing_date", DateRejection.MISSING_DATE);
    assertEquals("invalid_date", DateRejection.INVALID_DATE);
    assertEquals("date_out_of_range", DateRejection.DATE_OUT_OF_RANGE);
  }

  @Test
  void holdingBothOrNeitherIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new DateParse(DAY, "invalid_date", "x"));
    assertThrows(IllegalArgumentException.class, () -> new DateParse(null, null, null));
    assertThrows(IllegalArgumentException.class, () -> DateParse.valid(null));
    assertThrows(IllegalArgumentException.class, () -> DateParse.invalid("invalid_date", null));
  }
}

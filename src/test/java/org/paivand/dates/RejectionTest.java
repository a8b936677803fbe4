package org.paivand.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paivand.dates.DateChecks.UTC;
import static org.paivand.dates.DateChecks.check;
import static org.paivand.dates.DateChecks.checkInvalid;

import org.junit.jupiter.api.Test;

/** Missing values, values that are no date at all, and real dates outside 1900-01-01..2100-12-31. */
class RejectionTest {
  private static final String MISSING = DateRejection.MISSING_DATE;
  private static final String INVALID = DateRejection.INVALID_DATE;
  private static final String OUT_OF_RANGE = DateRejection.DATE_OUT_OF_RANGE;

  @Test
  void nullIsMissing() {
    DateParse result = new PublicationDateParser(UTC).parse(null);
    assertEquals(MISSING, result.reason());
    assertEquals("no date", result.detail());
  }

  @Test
  void emptyIsMissing() {
    checkInvalid("", MISSING, "the date is empty");
  }

  @Test
  void whitespaceIsMissing() {
    checkInvalid(" \t\n ", MISSING, "the date is empty");
  }

  @Test
  void zeroWidthNonJoinerAndNoBreakSpaceAreMissing() {
    checkInvalid("\u200C\u00A0", MISSING, "the date is empty");
  }

  @Test
  void wordsAreUnrecognized() {
    checkInvalid("yesterday", INVALID, "unrecognized date format");
    checkInvalid("دیروز", INVALID, "unrecognized date format");
  }

  @Test
  void punctuationAloneIsUnrecognized() {
    checkInvalid("-", INVALID, "unrecognized date format");
    checkInvalid("//", INVALID, "unrecognized date format");
  }

  @Test
  void veryLongNumbersAreUnrecognized() {
    checkInvalid("20201006000000000000", INVALID, "unrecognized date format");
  }

  @Test
  void firstAndLastAcceptedDays() {
    check("1900-01-01", "1900-01-01");
    check("2100-12-31", "2100-12-31");
  }

  @Test
  void gregorianBeforeTheRange() {
    checkInvalid("1899-12-31", OUT_OF_RANGE, "1899-12-31 is before 1900-01-01, the first accepted date");
  }

  @Test
  void gregorianAfterTheRange() {
    checkInvalid("2101-01-01", OUT_OF_RANGE, "2101-01-01 is after 2100-12-31, the last accepted date");
  }

  @Test
  void jalaliBeforeTheRange() {
    check("1278/10/11", "1900-01-01");
    checkInvalid("1278/10/10", OUT_OF_RANGE, "1899-12-31 is before 1900-01-01, the first accepted date");
  }

  @Test
  void jalaliAfterTheRange() {
    checkInvalid("1479/10/11", OUT_OF_RANGE, "2101-01-01 is after 2100-12-31, the last accepted date");
  }

  @Test
  void aValidDayIsCheckedBeforeTheRange() {
    checkInvalid("1800-02-30", INVALID, "February 1800 has 28 days");
  }

  @Test
  void rangeIsCheckedInTheParserZone() {
    checkInvalid("2100-12-31T23:00:00-02:00", OUT_OF_RANGE, "2101-01-01 is after 2100-12-31, the last accepted date");
  }
}

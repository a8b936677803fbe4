package org.paivand.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paivand.dates.DateChecks.TEHRAN;
import static org.paivand.dates.DateChecks.UTC;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Values that Spark already typed: TimestampType as epoch microseconds, DateType as a LocalDate. */
class EpochAndLocalDateTest {

  private static long micros(String instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.parse(instant));
  }

  private static void checkMicros(ZoneId zone, String instant, String expected) {
    assertEquals(LocalDate.parse(expected), new PublicationDateParser(zone).fromEpochMicros(micros(instant)).date());
  }

  @Test
  void epochIsTheFirstOf1970InUtc() {
    checkMicros(UTC, "1970-01-01T00:00:00Z", "1970-01-01");
  }

  @Test
  void oneMicrosecondBeforeTheEpochIsTheDayBefore() {
    assertEquals(LocalDate.parse("1969-12-31"), new PublicationDateParser(UTC).fromEpochMicros(-1).date());
  }

  @Test
  void tehranIsThreeAndAHalfHoursAheadInOctober2020() {
    checkMicros(TEHRAN, "2020-10-06T20:29:59.999999Z", "2020-10-06");
    checkMicros(TEHRAN, "2020-10-06T20:30:00Z", "2020-10-07");
  }

  @Test
  void tehranSummerTimeOf2020IsFourAndAHalfHoursAhead() {
    checkMicros(TEHRAN, "2020-07-06T19:30:00Z", "2020-07-07");
    checkMicros(TEHRAN, "2020-07-06T19:29:00Z", "2020-07-06");
  }

  @Test
  void fixedOffsetZone() {
    checkMicros(ZoneId.of("-04:00"), "2020-10-07T03:59:59Z", "2020-10-06");
  }

  @Test
  void instantOutOfRange() {
    DateParse result = new PublicationDateParser(UTC).fromEpochMicros(micros("2101-01-01T00:00:00Z"));
    assertEquals(DateRejection.DATE_OUT_OF_RANGE, result.reason());
    assertEquals("2101-01-01 is after 2100-12-31, the last accepted date", result.detail());
  }

  @Test
  void extremeMicrosAreOutOfRangeNotAnError() {
    PublicationDateParser parser = new PublicationDateParser(UTC);
    assertEquals(DateRejection.DATE_OUT_OF_RANGE, parser.fromEpochMicros(Long.MIN_VALUE).reason());
    assertEquals(DateRejection.DATE_OUT_OF_RANGE, parser.fromEpochMicros(Long.MAX_VALUE).reason());
  }

  @Test
  void localDateIsOnlyRangeChecked() {
    PublicationDateParser parser = new PublicationDateParser(TEHRAN);
    assertEquals(LocalDate.parse("2020-10-06"), parser.fromLocalDate(LocalDate.parse("2020-10-06")).date());
    assertEquals(DateRejection.DATE_OUT_OF_RANGE, parser.fromLocalDate(LocalDate.parse("1899-12-31")).reason());
  }

  @Test
  void nullLocalDateIsMissing() {
    assertEquals(DateRejection.MISSING_DATE, new PublicationDateParser(UTC).fromLocalDate(null).reason());
  }

  @Test
  void zoneIsKept() {
    assertEquals(TEHRAN, new PublicationDateParser(TEHRAN).zone());
  }
}

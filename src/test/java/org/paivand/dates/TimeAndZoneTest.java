package org.paivand.dates;

import static org.paivand.dates.DateChecks.TEHRAN;
import static org.paivand.dates.DateChecks.check;
import static org.paivand.dates.DateChecks.checkInvalid;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Times after a date. With a zone ({@code Z}, {@code GMT}, an offset) the instant moves to the parser's zone; without
 * one the date is taken as written.
 */
class TimeAndZoneTest {
  private static final String INVALID = DateRejection.INVALID_DATE;
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void isoDateTime() {
    check("2020-10-06T12:34:56", "2020-10-06");
  }

  @Test
  void isoDateTimeWithSpaceAndNoSeconds() {
    check("2020-10-06 12:34", "2020-10-06");
  }

  @Test
  void fractionOfASecond() {
    check("2020-10-06T12:34:56.123456789", "2020-10-06");
  }

  @Test
  void lowerCaseDesignators() {
    check("2020-10-06t23:30:00z", "2020-10-06");
  }

  @Test
  void withoutOffsetTheDateIsTakenAsWritten() {
    check(TEHRAN, "2020-10-06T23:30:00", "2020-10-06");
    check(NEW_YORK, "2020-10-06 00:10", "2020-10-06");
  }

  @Test
  void negativeOffsetMovesToTheNextDayInUtc() {
    check("2020-10-06T23:30:00-04:00", "2020-10-07");
  }

  @Test
  void negativeOffsetMovesToTheNextDayInTehran() {
    check(TEHRAN, "2020-10-06T23:30:00-04:00", "2020-10-07");
  }

  @Test
  void zuluMovesToTheNextDayInTehran() {
    check(TEHRAN, "2020-10-06T20:30:00Z", "2020-10-07");
    check(TEHRAN, "2020-10-06T20:29:59.999Z", "2020-10-06");
  }

  @Test
  void zuluMovesToThePreviousDayInNewYork() {
    check(NEW_YORK, "2020-10-06T03:59:59Z", "2020-10-05");
    check(NEW_YORK, "2020-10-06T04:00:00Z", "2020-10-06");
  }

  @Test
  void offsetWithoutColon() {
    check("2020-10-06T01:00:00+0330", "2020-10-05");
  }

  @Test
  void offsetOfHoursOnly() {
    check("2020-10-06T01:00+03", "2020-10-05");
  }

  @Test
  void offsetAfterASpace() {
    check("2020-10-06 01:00:00 +03:30", "2020-10-05");
  }

  @Test
  void gmtWithAnOffset() {
    check("2020-10-06 01:00 GMT+0330", "2020-10-05");
  }

  @Test
  void utcName() {
    check(TEHRAN, "2020-10-06 21:00 UTC", "2020-10-07");
  }

  @Test
  void offsetOnAJalaliDate() {
    check("1399/07/15 01:00 +03:30", "2020-10-05");
  }

  @Test
  void basicDateWithTime() {
    check("20201006T12:00:00Z", "2020-10-06");
  }

  @Test
  void twelveHourClock() {
    check("October 6, 2020 at 11:30 pm -04:00", "2020-10-07");
    check("October 6, 2020 12:30 am +01:00", "2020-10-05");
  }

  @Test
  void persianTimeInPersianDigitsWithOffset() {
    check("۱۵ مهر ۱۳۹۹ ساعت ۰۱:۰۰ +۰۳:۳۰", "2020-10-05");
  }

  @Test
  void hourThatDoesNotExist() {
    checkInvalid("2020-10-06 25:00", INVALID, "hour 25 does not exist");
  }

  @Test
  void minuteThatDoesNotExist() {
    checkInvalid("2020-10-06 12:60", INVALID, "minute 60 does not exist");
  }

  @Test
  void secondThatDoesNotExist() {
    checkInvalid("2020-10-06 12:00:61", INVALID, "second 61 does not exist");
  }

  @Test
  void hourThatDoesNotExistOnATwelveHourClock() {
    checkInvalid("Oct 6 2020 13:00 pm", INVALID, "hour 13 does not exist on a 12-hour clock");
  }

  @Test
  void offsetBeyondEighteenHours() {
    checkInvalid("2020-10-06T12:00+19:00", INVALID, "offset +19:00 is not between -18:00 and +18:00");
  }

  @Test
  void zoneNamesOtherThanUtcAreNotGuessed() {
    checkInvalid("2020-10-06 12:00 IRST", INVALID, "unrecognized date format");
    checkInvalid("Tue, 06 Oct 2020 10:00:00 EST", INVALID, "unrecognized date format");
  }

  @Test
  void zoneWithoutTimeIsUnrecognized() {
    checkInvalid("2020-10-06Z", INVALID, "unrecognized date format");
    checkInvalid("2020-10-06 +03:30", INVALID, "unrecognized date format");
  }

  @Test
  void timeWithoutMinutesIsUnrecognized() {
    checkInvalid("2020-10-06T12", INVALID, "unrecognized date format");
    checkInvalid("2020-10-06 12:3", INVALID, "unrecognized date format");
  }
}

package org.paivand.dates;

import static org.paivand.dates.DateChecks.TEHRAN;
import static org.paivand.dates.DateChecks.check;
import static org.paivand.dates.DateChecks.checkInvalid;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Unix time written as digits, as APIs and scrapers export it: 10 digits in seconds, 13 in milliseconds. */
class EpochTextTest {
  @Test
  void secondsAndMillisecondsAreInstants() {
    long seconds = Instant.parse("2020-10-06T20:30:00Z").getEpochSecond();
    check("" + seconds, "2020-10-06");
    check("" + (seconds * 1000 + 999), "2020-10-06");
    check(TEHRAN, "" + seconds, "2020-10-07");
    check(TEHRAN, "" + seconds * 1000, "2020-10-07");
  }

  @Test
  void persianDigitsAndSurroundingSpaces() {
    check(" ۱۶۰۲۰۱۶۲۰۰ ", "2020-10-06");
  }

  @Test
  void otherDigitCountsAreNotGuessed() {
    checkInvalid("160201620", DateRejection.INVALID_DATE, "unrecognized date format");
    checkInvalid("16020162000", DateRejection.INVALID_DATE, "unrecognized date format");
    checkInvalid("1602016200 10:00", DateRejection.INVALID_DATE, "unrecognized date format");
  }

  @Test
  void rangeStillApplies() {
    checkInvalid("9999999999", DateRejection.DATE_OUT_OF_RANGE);
    check("4133894400", "2100-12-31");
  }
}

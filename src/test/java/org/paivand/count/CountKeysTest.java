package org.paivand.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link CountKeys}: every field comes back out of its key, and keys sort by day, entities, scope. */
class CountKeysTest {
  private static int day(String date) {
    return (int) LocalDate.parse(date).toEpochDay();
  }

  @Test
  void aPairKeyHoldsItsDayEntitiesAndScope() {
    long key = CountKeys.pair(day("2020-10-06"), 17, CountKeys.MAX_ENTITIES - 1, CountKeys.SENTENCE);
    assertEquals(day("2020-10-06"), CountKeys.pairDay(key));
    assertEquals(17, CountKeys.pairFirst(key));
    assertEquals(CountKeys.MAX_ENTITIES - 1, CountKeys.pairSecond(key));
    assertEquals(CountKeys.SENTENCE, CountKeys.pairScope(key));
  }

  @Test
  void theFirstAndLastAcceptedDaysFit() {
    for (String date : new String[] {"1900-01-01", "1970-01-01", "2100-12-31"}) {
      assertEquals(day(date), CountKeys.entityDay(CountKeys.entity(day(date), 5)));
      assertEquals(day(date), CountKeys.dayOf(CountKeys.day(day(date))));
      assertEquals(day(date), CountKeys.pairDay(CountKeys.pair(day(date), 1, 2, CountKeys.DOCUMENT)));
    }
    assertThrows(IllegalArgumentException.class, () -> CountKeys.day(day("1899-12-31")));
  }

  @Test
  void keysSortByDayThenEntitiesThenScope() {
    assertTrue(CountKeys.pair(day("2020-10-06"), 9, 10, 1) < CountKeys.pair(day("2020-10-07"), 0, 1, 0));
    assertTrue(CountKeys.pair(day("2020-10-06"), 1, 10, 1) < CountKeys.pair(day("2020-10-06"), 2, 3, 0));
    assertTrue(CountKeys.pair(day("2020-10-06"), 1, 2, 1) < CountKeys.pair(day("2020-10-06"), 1, 3, 0));
    assertTrue(CountKeys.pair(day("2020-10-06"), 1, 2, CountKeys.DOCUMENT)
        < CountKeys.pair(day("2020-10-06"), 1, 2, CountKeys.SENTENCE));
  }
}

package org.paivand.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarNamesTest {
  private static final String[][][] MONTH_TABLES = {
    CalendarNames.JALALI_MONTHS, CalendarNames.GREGORIAN_MONTHS_PERSIAN, CalendarNames.GREGORIAN_MONTHS_ENGLISH,
  };

  private static void checkFolded(String name) {
    char[] buffer = new char[name.length()];
    assertEquals(name, new String(buffer, 0, DateCharacters.fold(name, buffer)), "a table name is not folded");
  }

  private static int month(String[][] table, String word) {
    return CalendarNames.month(table, word.toCharArray(), 0, word.length());
  }

  @Test
  void everyMonthTableHasTwelveMonths() {
    for (String[][] table : MONTH_TABLES) {
      assertEquals(12, table.length);
    }
    assertEquals(12, CalendarNames.JALALI_MONTHS_IN_ENGLISH.length);
  }

  /** Names are compared after folding, so a name typed with Arabic yeh or kaf could never match. */
  @Test
  void everyNameIsAlreadyFolded() {
    for (String[][] table : MONTH_TABLES) {
      for (String[] spellings : table) {
        for (String name : spellings) {
          checkFolded(name);
        }
      }
    }
    for (String name : CalendarNames.PERSIAN_WEEKDAYS) {
      checkFolded(name);
    }
    for (String name : CalendarNames.PERSIAN_WEEKDAY_PREFIXES) {
      checkFolded(name);
    }
    for (String name : CalendarNames.ENGLISH_WEEKDAYS) {
      checkFolded(name);
    }
    checkFolded(CalendarNames.MONTH_WORD);
  }

  @Test
  void noSpellingNamesTwoMonths() {
    Set<String> seen = new HashSet<>();
    for (String[][] table : MONTH_TABLES) {
      for (String[] spellings : table) {
        for (String name : spellings) {
          assertTrue(seen.add(name), () -> name + " appears twice");
        }
      }
    }
  }

  @Test
  void lookupGivesTheMonthNumber() {
    assertEquals(7, month(CalendarNames.JALALI_MONTHS, "مهر"));
    assertEquals(5, month(CalendarNames.JALALI_MONTHS, "امرداد"));
    assertEquals(10, month(CalendarNames.GREGORIAN_MONTHS_PERSIAN, "اکتبر"));
    assertEquals(9, month(CalendarNames.GREGORIAN_MONTHS_ENGLISH, "sept"));
  }

  @Test
  void lookupOfAnUnknownWordGivesZero() {
    assertEquals(0, month(CalendarNames.JALALI_MONTHS, "مهرماه"));
    assertEquals(0, month(CalendarNames.GREGORIAN_MONTHS_ENGLISH, "octo"));
  }
}

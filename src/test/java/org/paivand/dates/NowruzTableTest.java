package org.paivand.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Jalali conversion (ICU's {@code PersianCalendar}, through {@link JalaliCalendar}) against a table of Nowruz
 * dates for 1300-1450 AP computed from the March equinox ({@link MarchEquinox}), which shares no code or rule with
 * ICU. The table is committed ({@code dates/nowruz-1300-1450.tsv}: year, date, minutes from noon in Tehran) so that a
 * change to either side shows up as a diff.
 */
class NowruzTableTest {
  private record Row(int year, LocalDate nowruz, int minutesFromNoon) {}

  private final JalaliCalendar calendar = new JalaliCalendar();

  @Test
  void theTableIsTheAstronomicalComputation() throws IOException {
    List<Row> table = table();
    assertEquals(151, table.size(), "1300..1450");
    for (Row row : table) {
      assertEquals(row.nowruz(), MarchEquinox.nowruz(row.year()), "Nowruz " + row.year());
      assertEquals(row.minutesFromNoon(), Math.round(MarchEquinox.minutesFromNoon(row.year())), "" + row.year());
    }
  }

  @Test
  void everyFarvardinFirstFrom1300To1450MatchesTheTable() throws IOException {
    for (Row row : table()) {
      assertEquals(row.nowruz(), LocalDate.ofEpochDay(calendar.epochDay(row.year(), 1, 1)), "1 Farvardin " + row.year());
    }
  }

  @Test
  void esfandHasThirtyDaysExactlyInTheYearsTheTableMakesLeap() throws IOException {
    List<Row> table = table();
    int leapYears = 0;
    for (int index = 0; index + 1 < table.size(); index++) {
      Row year = table.get(index);
      long length = table.get(index + 1).nowruz().toEpochDay() - year.nowruz().toEpochDay();
      assertTrue(length == 365 || length == 366, year.year() + " has " + length + " days");
      assertEquals(length == 366 ? 30 : 29, calendar.monthLength(year.year(), 12), "Esfand " + year.year());
      leapYears += length == 366 ? 1 : 0;
    }
    // 150 years at 8 leap years in 33 is 36.4; the astronomical count is 37
    assertEquals(37, leapYears, "leap years 1300..1449");
  }

  @Test
  void leapYears1403And1404() throws IOException {
    Row y1403 = row(1403);
    Row y1404 = row(1404);
    Row y1405 = row(1405);
    assertEquals(LocalDate.of(2024, 3, 20), y1403.nowruz());
    assertEquals(LocalDate.of(2025, 3, 21), y1404.nowruz());
    assertEquals(LocalDate.of(2026, 3, 21), y1405.nowruz());
    assertEquals(30, calendar.monthLength(1403, 12));
    assertEquals(29, calendar.monthLength(1404, 12));
  }

  @Test
  void theCloseCallsAreKnown() throws IOException {
    // Years whose equinox falls within 20 minutes of noon in Tehran: a calendar with the wrong rule or a shifted
    // meridian would put Nowruz a day off exactly there, and ICU agrees with astronomy in each.
    List<Integer> close = new ArrayList<>();
    for (Row row : table()) {
      if (Math.abs(row.minutesFromNoon()) < 20) {
        close.add(row.year());
      }
    }
    assertEquals(List.of(1309, 1342, 1371), close);
  }

  private static Row row(int year) throws IOException {
    return table().stream().filter(row -> row.year() == year).findFirst().orElseThrow();
  }

  private static List<Row> table() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = NowruzTableTest.class.getResourceAsStream("/dates/nowruz-1300-1450.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        rows.add(new Row(Integer.parseInt(fields[0]), LocalDate.parse(fields[1]), Integer.parseInt(fields[2])));
      }
    }
    return rows;
  }
}

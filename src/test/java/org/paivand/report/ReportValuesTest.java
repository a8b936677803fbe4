package org.paivand.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small pure pieces: pairs as given, NPMI by hand, period ends, _run.json, names. */
class ReportValuesTest {
  @Test
  void pairsAreStoredSmallerIdFirst() {
    assertEquals(List.of("IR", "RU"), ReportOptions.pair("RU,IR"));
    assertEquals(List.of("AM", "AZ"), ReportOptions.pair(" AM , AZ "));
    assertEquals(List.of("IR", "lavrov"), ReportOptions.pair("lavrov,IR"));
    for (String bad : List.of("IR", "IR,", "IR,RU,AM", "IR,IR", ",")) {
      assertThrows(IllegalArgumentException.class, () -> ReportOptions.pair(bad), bad);
    }
  }

  @Test
  void npmiByHand() {
    // n_ab = 4, n_a = 5, n_b = 4, N = 20: pmi = log2(4) = 2, -log2(4/20) = log2(5)
    assertEquals(2 / (Math.log(5) / Math.log(2)), new TopPair("A", "B", 4, 5, 4, 20).npmi(), 1e-12);
    // n_ab = n_a = n_b: perfect association
    assertEquals(1.0, new TopPair("A", "B", 3, 3, 3, 30).npmi(), 1e-12);
    // undefined: no co-occurrence, or every article holds the pair
    assertNull(new TopPair("A", "B", 0, 3, 3, 30).npmi());
    assertNull(new TopPair("A", "B", 30, 30, 30, 30).npmi());
  }

  @Test
  void periodEnds() {
    LocalDate start = LocalDate.of(2020, 2, 1);
    assertEquals(LocalDate.of(2020, 2, 2), PeriodEnd.of("day", start, List.of()));
    assertEquals(LocalDate.of(2020, 2, 8), PeriodEnd.of("week", start, List.of()));
    assertEquals(LocalDate.of(2020, 2, 8), PeriodEnd.of("jalali_week", start, List.of()));
    assertEquals(LocalDate.of(2020, 3, 1), PeriodEnd.of("month", start, List.of()));
    // 1399-07 (Mehr) starts 2020-09-22 and has 30 days: 1399-08 starts 2020-10-22
    LocalDate mehr = LocalDate.of(2020, 9, 22);
    List<LocalDate> starts = List.of(LocalDate.of(2020, 8, 22), mehr, LocalDate.of(2020, 10, 22));
    assertEquals(LocalDate.of(2020, 10, 22), PeriodEnd.of("jalali_month", mehr, starts));
    assertNull(PeriodEnd.of("jalali_month", LocalDate.of(2020, 10, 22), starts), "the last period is open");
    assertEquals(mehr.plusDays(31), PeriodEnd.of("jalali_month", mehr, List.of(mehr, LocalDate.of(2021, 1, 1))),
        "a month is never longer than 31 days");
  }

  @Test
  void reconciliationFromRunJson() {
    Reconciliation run = Reconciliation.fromJson(ReportFixtures.RUN_JSON);
    assertEquals(new Reconciliation("20201011T000000-fixture", "2020-10-11T00:00:10Z", 25, 20, 3, 2, 0, true,
        java.util.Map.of("invalid_date", 2L, "missing_text", 1L), "2020-07-01", "2020-12-31"), run);
    assertEquals(25, run.accountedFor());
    assertThrows(IllegalArgumentException.class, () -> Reconciliation.fromJson("{\"status\": \"x\"}"));
    assertThrows(IllegalArgumentException.class, () -> Reconciliation.fromJson("not json"));
  }

  @Test
  void namesForFilesAndAnchors() {
    assertEquals("IR-minsk-group-week", Html.slug("IR-minsk-group-week"));
    // seven UTF-16 units (with the ZWNJ), each a dash
    assertEquals("IR-" + "-".repeat(7) + "-month", Html.slug("IR-قره‌باغ-month"));
    assertEquals("&lt;a href=&quot;x&quot;&gt; &amp; &#39;", Html.escape("<a href=\"x\"> & '"));
    assertEquals("", Html.escape(null));
  }
}

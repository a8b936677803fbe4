package org.paivand.spark.nightly;

import org.paivand.spark.nightly.NightlyPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which deliveries a night reads: one test per action, plus the lookback and the empty night. */
class NightlyPlanTest {
  static final LocalDate NIGHT = LocalDate.parse("2024-03-10");
  static final List<String> FILES = List.of("part-0.parquet\t100\t1000");
  static final List<String> OTHER_FILES = List.of("part-0.parquet\t120\t2000");

  @Test
  void unprocessedDeliveriesAreNew() {
    check(Map.of("2024-03-10", FILES), Map.of(), null, Map.of("2024-03-10", NightlyPlan.NEW));
  }

  @Test
  void oldUnprocessedDeliveriesAreNewEvenBeyondTheLookback() {
    assertEquals(Map.of("2023-01-01", NightlyPlan.NEW),
        NightlyPlan.of(Map.of("2023-01-01", FILES), Map.of(), NIGHT, 2, null).actions());
  }

  @Test
  void otherFilesMeanARedelivery() {
    check(Map.of("2024-03-09", OTHER_FILES), Map.of("2024-03-09", FILES), null,
        Map.of("2024-03-09", NightlyPlan.CHANGED));
  }

  @Test
  void aVanishedDeliveryIsRemoved() {
    check(Map.of(), Map.of("2024-03-09", FILES), null, Map.of("2024-03-09", NightlyPlan.REMOVED));
  }

  @Test
  void deliveriesAfterTheNightWait() {
    NightlyPlan plan = NightlyPlan.of(Map.of("2024-03-11", FILES), Map.of(), NIGHT, null, null);
    assertTrue(plan.isEmpty());
    assertEquals(List.of("2024-03-11"), plan.later());
  }

  @Test
  void aBackfillRangeIsReadAgainWhateverItsFiles() {
    check(Map.of("2024-03-01", FILES, "2024-03-05", FILES), Map.of("2024-03-01", FILES, "2024-03-05", FILES),
        new NightlyPlan.Range(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-02")),
        Map.of("2024-03-01", NightlyPlan.REPROCESS));
  }

  @Test
  void theLookbackLimitsWhichProcessedDeliveriesAreChecked() {
    assertTrue(NightlyPlan.recheck("2024-03-08", NIGHT, 2, null));
    assertFalse(NightlyPlan.recheck("2024-03-07", NIGHT, 2, null));
    assertTrue(NightlyPlan.recheck("2020-01-01", NIGHT, null, null));
    Map<String, List<String>> present = new HashMap<>();
    present.put("2024-03-01", null); // not listed: beyond the lookback
    assertTrue(NightlyPlan.of(present, Map.of("2024-03-01", FILES), NIGHT, 2, null).isEmpty());
    assertTrue(NightlyPlan.of(Map.of(), Map.of("2024-03-01", FILES), NIGHT, 2, null).isEmpty(),
        "a vanished delivery beyond the lookback is not noticed");
  }

  @Test
  void nothingNewIsAnEmptyPlan() {
    check(Map.of("2024-03-09", FILES), Map.of("2024-03-09", FILES), null, Map.of());
  }

  @Test
  void readAndTouchedSeparateRemovals() {
    NightlyPlan plan = NightlyPlan.of(Map.of("2024-03-02", FILES), Map.of("2024-03-01", FILES), NIGHT, null, null);
    assertEquals(List.of("2024-03-02"), plan.toRead());
    assertEquals(List.of("2024-03-01", "2024-03-02"), plan.touched());
  }

  private static void check(Map<String, List<String>> present, Map<String, List<String>> processed,
      NightlyPlan.Range range, Map<String, String> expected) {
    assertEquals(expected, NightlyPlan.of(present, processed, NIGHT, null, range).actions());
  }
}

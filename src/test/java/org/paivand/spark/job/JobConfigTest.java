package org.paivand.spark.job;

import org.paivand.spark.job.DedupMode;
import org.paivand.spark.job.JobConfig;
import org.paivand.spark.job.SeriesOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobConfigTest {
  private final JobConfig defaults = JobConfig.of(List.of("in"), "out");

  @Test
  void aBuilderCopyWithNoChangeEqualsTheOriginal() {
    JobConfig changed = defaults.toBuilder().zone(ZoneId.of("Asia/Tehran")).build().toBuilder().dedup(DedupMode.NEAR, 0.8).build()
        .toBuilder().gazetteerFiles(List.of("extra.tsv")).build().toBuilder().series(SeriesOptions.defaults()).build();
    assertEquals(changed, changed.toBuilder().build());
  }

  @Test
  void eachChangeTouchesOnlyItsOwnSettings() {
    JobConfig changed = defaults.toBuilder()
        .idColumn("article_id")
        .langColumn("language", true)
        .sparkConf(Map.of("spark.executor.memory", "2g"))
        .maxTextChars(5_000)
        .build();
    assertEquals("article_id", changed.idColumn());
    assertEquals("language", changed.langColumn());
    assertTrue(changed.langColumnExplicit());
    assertEquals(Map.of("spark.executor.memory", "2g"), changed.sparkConf());
    assertEquals(5_000, changed.maxTextChars());
    // the rest is the defaults'
    assertEquals(defaults.inputs(), changed.inputs());
    assertEquals(defaults.textColumns(), changed.textColumns());
    assertEquals(defaults.dateColumn(), changed.dateColumn());
    assertEquals(defaults.zone(), changed.zone());
    assertEquals(defaults.dedup(), changed.dedup());
    assertEquals(defaults.itemsets(), changed.itemsets());
    assertNotEquals(defaults, changed);
  }

  @Test
  void withMethodsChangeOneSetting() {
    assertEquals(List.of("title", "text"), defaults.toBuilder().textColumns(List.of("title", "text")).build().textColumns());
    assertEquals(List.of("a", "b"), defaults.toBuilder().inputs(List.of("a", "b")).output("o").build().inputs());
    assertEquals("o", defaults.toBuilder().inputs(List.of("a", "b")).output("o").build().output());
    assertEquals(false, defaults.toBuilder().quiet(false).build().quiet());
    assertEquals(true, defaults.toBuilder().skipCorruptFiles(true).build().skipCorruptFiles());
    assertEquals(2_000, defaults.toBuilder().maxTextChars(2_000).build().maxTextChars());
    assertEquals("outlet", defaults.toBuilder().sourceColumn("outlet").build().sourceColumn());
    assertEquals(0.75, defaults.toBuilder().dedup(DedupMode.EXACT, 0.75).build().nearThreshold());
    assertEquals(DedupMode.EXACT, defaults.toBuilder().dedup(DedupMode.EXACT, 0.75).build().dedup());
    assertTrue(defaults.roles(), "role mentions are on by default");
    assertEquals(false, defaults.toBuilder().roles(false).build().roles());
  }

  @Test
  void theBuilderChecksAsTheConstructorDoes() {
    assertThrows(IllegalArgumentException.class, () -> defaults.toBuilder().dedup(DedupMode.NEAR, 1.5).build());
    assertThrows(IllegalArgumentException.class, () -> defaults.toBuilder().dedup(null, 0.9).build());
  }
}

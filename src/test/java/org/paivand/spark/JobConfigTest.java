package org.paivand.spark;

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
    JobConfig changed = defaults.withZone(ZoneId.of("Asia/Tehran")).withDedup(DedupMode.NEAR, 0.8)
        .withGazetteerFiles(List.of("extra.tsv")).withSeries(SeriesOptions.defaults());
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
    assertEquals(List.of("title", "text"), defaults.withTextColumns(List.of("title", "text")).textColumns());
    assertEquals(List.of("a", "b"), defaults.withInputs(List.of("a", "b"), "o").inputs());
    assertEquals("o", defaults.withInputs(List.of("a", "b"), "o").output());
    assertEquals(false, defaults.withQuiet(false).quiet());
    assertEquals(true, defaults.withSkipCorruptFiles(true).skipCorruptFiles());
    assertEquals(2_000, defaults.withMaxTextChars(2_000).maxTextChars());
    assertEquals("outlet", defaults.withSourceColumn("outlet").sourceColumn());
    assertEquals(0.75, defaults.withDedup(DedupMode.EXACT, 0.75).nearThreshold());
    assertEquals(DedupMode.EXACT, defaults.withDedup(DedupMode.EXACT, 0.75).dedup());
  }

  @Test
  void theBuilderChecksAsTheConstructorDoes() {
    assertThrows(IllegalArgumentException.class, () -> defaults.toBuilder().dedup(DedupMode.NEAR, 1.5).build());
    assertThrows(IllegalArgumentException.class, () -> defaults.toBuilder().itemsets(null).build());
  }
}

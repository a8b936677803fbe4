package org.paivand.count;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.paivand.article.ArticleFacts;

/**
 * {@link DailyCounts}: an article's day, entities and pairs counted once per slice; counts added from another
 * instance's entries equal counting the articles in one.
 */
class DailyCountsTest {
  private static final int DAY = (int) LocalDate.of(2020, 10, 6).toEpochDay();

  /** Entities 2, 5, 9 (mentioned 3, 1, 2 times); 2-5 share 2 sentences, 5-9 one. */
  private static ArticleFacts article() {
    ArticleFacts facts = new ArticleFacts();
    facts.resetEntities(3);
    int[] entities = {2, 5, 9};
    int[] mentions = {3, 1, 2};
    for (int k = 0; k < 3; k++) {
      facts.setEntity(k, entities[k]);
      facts.setEntityMentions(k, mentions[k]);
    }
    facts.resetPairs(2);
    facts.setPair(0, 0, 1, 2);
    facts.setPair(1, 1, 2, 1);
    facts.resetMentions(0);
    return facts;
  }

  /** Every entry as "slice table key-fields = articles/second". */
  private static Map<String, String> entries(DailyCounts counts) {
    Map<String, String> result = new TreeMap<>();
    counts.forEach((slice, table, key, value) -> {
      String name = switch (table) {
        case PAIRS -> CountKeys.pairFirst(key) + "-" + CountKeys.pairSecond(key) + "/"
            + (CountKeys.pairScope(key) == CountKeys.SENTENCE ? "sentence" : "document");
        case ENTITIES -> "e" + CountKeys.entityOf(key);
        case TOTALS -> "total";
      };
      assertEquals(DAY, CountKeys.day(table, key));
      result.put(counts.sliceKind(slice) + "=" + counts.sliceValue(slice) + " " + name,
          DailyCounts.articles(table, value) + "/" + DailyCounts.second(value));
    });
    return result;
  }

  @Test
  void anArticleCountsItsDayEntitiesAndPairsAtBothScopes() {
    DailyCounts counts = new DailyCounts();
    counts.add(DailyCounts.ALL, DAY, article());
    counts.add(DailyCounts.ALL, DAY, article());
    Map<String, String> expected = new TreeMap<>(Map.of(
        "null=null total", "2/2",
        "null=null e2", "2/6", "null=null e5", "2/2", "null=null e9", "2/4",
        "null=null 2-5/document", "2/0", "null=null 2-9/document", "2/0", "null=null 5-9/document", "2/0",
        "null=null 2-5/sentence", "2/4", "null=null 5-9/sentence", "2/2"));
    assertEquals(expected, entries(counts));
  }

  @Test
  void slicesCountApart() {
    DailyCounts counts = new DailyCounts();
    int fa = counts.slice("lang", "fa");
    assertEquals(fa, counts.slice("lang", "fa"));
    int irna = counts.slice("source", "irna");
    counts.add(fa, DAY, article());
    counts.add(irna, DAY, article());
    counts.add(irna, DAY, article());
    Map<String, String> entries = entries(counts);
    assertEquals("1/1", entries.get("lang=fa total"));
    assertEquals("2/2", entries.get("source=irna total"));
    assertEquals("2/4", entries.get("source=irna 2-5/sentence"));
    assertEquals(null, entries.get("null=null total"));
    assertEquals(3, counts.sliceCount());
  }

  @Test
  void entriesAddedUpEqualCountingTogether() {
    DailyCounts first = new DailyCounts();
    DailyCounts second = new DailyCounts();
    DailyCounts together = new DailyCounts();
    first.add(first.slice("lang", "en"), DAY, article());
    second.add(second.slice("lang", "en"), DAY, article());
    second.add(DailyCounts.ALL, DAY, article());
    together.add(together.slice("lang", "en"), DAY, article());
    together.add(together.slice("lang", "en"), DAY, article());
    together.add(DailyCounts.ALL, DAY, article());
    DailyCounts combined = new DailyCounts();
    for (DailyCounts part : new DailyCounts[] {first, second}) {
      part.forEach((slice, table, key, value) -> combined.add(
          combined.slice(part.sliceKind(slice), part.sliceValue(slice)), table, key, value));
    }
    assertEquals(entries(together), entries(combined));
    assertEquals(together.size(), combined.size());
  }

  @Test
  void noArticlesNoEntries() {
    assertEquals(Map.of(), entries(new DailyCounts()));
    assertEquals(0, new DailyCounts().size());
  }
}

package org.paivand.spark;

import org.paivand.spark.run.CooccurrenceJob;
import org.paivand.spark.run.RunResult;
import org.paivand.spark.job.JobConfig;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus holding every kind of dirty row issue 10 names. Each row either counts correctly or lands in rejects with
 * a reason, and _run.json reconciles: rows read = used + rejected + duplicate.
 */
class DirtyRowsTest {
  @TempDir static Path work;
  static RunResult result;
  static Path output;
  static final int HUGE = 10_500_000;

  @BeforeAll
  static void run() {
    String huge = "Iran " + "x".repeat(HUGE) + " Russia";
    List<Object[]> rows = List.of(
        new Object[] {"ok", "Iran and Russia.", "2020-10-06"},
        new Object[] {"null-text", null, "2020-10-06"},
        new Object[] {"empty-text", "", "2020-10-06"},
        new Object[] {"blank-text", " \t\n\u200c ", "2020-10-06"},
        new Object[] {"huge", huge, "2020-10-06"},
        new Object[] {"surrogates", "Iran\uD800 and \uDC00Russia \uD83D\uDE00.", "2020-10-06"},
        new Object[] {"controls", "Iran\u0000 and\u0007 Russia\u001B.", "2020-10-06"},
        new Object[] {"html", "<p>&#1575;&#1740;&#1585;&#1575;&#1606; &amp; Russia</p><script>var turkey;</script>",
            "2020-10-06"},
        new Object[] {"cyrillic", "Россия и Иран провели переговоры.", "2020-10-06"},
        new Object[] {"chinese", "伊朗和俄罗斯举行会谈。", "2020-10-06"},
        new Object[] {"future", "Iran and Russia.", "2099-01-01"},
        new Object[] {"too-late", "Iran and Russia.", "2150-01-01"},
        new Object[] {"before-1900", "Iran and Russia.", "1850-01-01"},
        new Object[] {"twice", "Armenia and Azerbaijan.", "2020-10-07"},
        new Object[] {"twice", "Armenia, Azerbaijan and Turkey.", "2020-10-07"},
        new Object[] {"copy-1", "Syria and Turkey.", "2020-10-07"},
        new Object[] {"copy-2", "Syria and Turkey.", "2020-10-07"});
    String input = CorpusFixtures.write(work.resolve("in"), DataTypes.StringType, rows);
    output = work.resolve("out");
    result = CooccurrenceJob.run(SharedSpark.session(), JobConfig.of(List.of(input), output.toString()));
  }

  @Test
  void everyRowIsAccountedFor() throws Exception {
    assertEquals(17, result.rowsRead());
    assertEquals(10, result.rowsUsed(), "ok huge surrogates controls html cyrillic chinese twice copy-1 copy-2");
    assertEquals(1, result.rowsDuplicate(), "the second 'twice'");
    assertEquals(Map.of("missing_text", 3L, "future_date", 1L, "date_out_of_range", 2L), result.rejectsByReason());
    assertTrue(result.reconciles());
    JsonNode report = new ObjectMapper().readTree(output.resolve("_run.json").toFile());
    assertEquals(17, report.get("rows_read").asLong());
    assertEquals(report.get("rows_read").asLong(), report.get("rows_used").asLong()
        + report.get("rows_rejected").asLong() + report.get("rows_duplicate").asLong()
        + report.get("rows_unreadable").asLong());
  }

  @Test
  void aHugeTextIsCutAtTheDocumentedLimitAndReported() throws Exception {
    assertEquals(1, result.textTruncated());
    JsonNode truncated = new ObjectMapper().readTree(output.resolve("_run.json").toFile()).get("text_truncated");
    assertEquals(JobConfig.DEFAULT_MAX_TEXT_CHARS, truncated.get("limit_chars").asInt());
    assertEquals(1, truncated.get("articles").asLong());
    Row huge = articles().get("huge");
    assertEquals(HUGE + 12, huge.<Integer>getAs("text_length"));
    assertTrue(huge.<Boolean>getAs("text_truncated"));
    assertEquals(List.of("IR"), huge.getList(huge.fieldIndex("entities")), "Russia is past the cut");
  }

  @Test
  void brokenCharactersNeitherCrashNorJoinWords() {
    assertEquals(List.of("IR", "RU"), entities("surrogates"));
    assertEquals(List.of("IR", "RU"), entities("controls"));
  }

  @Test
  void markupAndCharacterReferencesAreReadNotMatched() {
    assertEquals(List.of("IR", "RU"), entities("html"), "the script's turkey is not text");
  }

  @Test
  void otherScriptsCountAsArticlesWithoutEntities() {
    assertEquals(List.of(), entities("cyrillic"));
    assertEquals(List.of(), entities("chinese"));
  }

  @Test
  void sameTextUnderTwoIdsIsTwoArticlesAndARepeatedIdIsOne() {
    Map<String, Long> pairs = new TreeMap<>();
    SharedSpark.session().read().parquet(output.resolve("pairs_daily").toString())
        .filter(col("scope").equalTo("document")).collectAsList()
        .forEach(r -> pairs.put(r.<String>getAs("entity_a") + "|" + r.getAs("entity_b"), r.getAs("articles")));
    assertEquals(2L, pairs.get("SY|TR"));
    assertEquals(1L, pairs.get("AM|AZ"));
  }

  @Test
  void datesOutsideTheAcceptedRangeSayWhy() {
    Map<String, String> details = new TreeMap<>();
    SharedSpark.session().read().parquet(output.resolve("rejects").toString()).collectAsList()
        .forEach(r -> details.put(r.getAs("id"), r.<String>getAs("reason") + ": " + r.getAs("detail")));
    assertTrue(details.get("future").startsWith("future_date: published 2099-01-01"), details.get("future"));
    assertTrue(details.get("before-1900").startsWith("date_out_of_range"), details.get("before-1900"));
  }

  private static Map<String, Row> articles() {
    Map<String, Row> byId = new TreeMap<>();
    SharedSpark.session().read().parquet(output.resolve("articles").toString()).collectAsList()
        .forEach(row -> byId.put(row.getAs("id"), row));
    return byId;
  }

  private static List<String> entities(String id) {
    Row row = articles().get(id);
    return row.getList(row.fieldIndex("entities"));
  }
}

package org.paivand.spark;

import org.paivand.spark.run.CooccurrenceJob;
import org.paivand.spark.run.RunResult;
import org.paivand.spark.job.JobConfig;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} on a small corpus holding every kind of row the foundation names: good Persian and English articles in
 * Gregorian and Jalali string dates, a repeated id, null and blank text, a null id, null, impossible and unparseable
 * dates, and a date written in the body only. Every count below is worked out by hand from the rows.
 */
class RunEndToEndTest {
  @TempDir static Path work;
  static RunResult result;
  static Path output;

  static final List<Object[]> ROWS = List.of(
      new Object[] {"a1", "Iran and Russia signed a deal. Armenia was not there.", "2020-10-06"},
      new Object[] {"a2", "وزیران خارجه ایران و روسیه دیدار کردند. ارمنستان و جمهوری آذربایجان", "1399/07/15"},
      new Object[] {"a3", "Armenia and Azerbaijan fight over Karabakh.", "۱۶ مهر ۱۳۹۹"},
      new Object[] {"a3", "Armenia and Azerbaijan fight over Karabakh.", "۱۶ مهر ۱۳۹۹"},
      new Object[] {"a4", "Nothing to see here.", "2020-10-07T23:30:00Z"},
      new Object[] {"r1", null, "2020-10-06"},
      new Object[] {"r2", "   ", "2020-10-06"},
      new Object[] {null, "Iran.", "2020-10-06"},
      new Object[] {"r3", "Iran and Russia, dated 24 تیر 1404 in the body.", null},
      new Object[] {"r4", "Iran and Russia.", "1404/13/01"},
      new Object[] {"r5", "Iran and Russia.", "31 مهر 1404"},
      new Object[] {"r6", "Iran and Russia.", "next tuesday"});

  @BeforeAll
  static void run() {
    String input = CorpusFixtures.write(work.resolve("in"), DataTypes.StringType, ROWS);
    output = work.resolve("out");
    result = CooccurrenceJob.run(SharedSpark.session(), JobConfig.of(List.of(input), output.toString()));
  }

  @Test
  void reconciles() {
    assertEquals(12, result.rowsRead());
    assertEquals(4, result.rowsUsed());
    assertEquals(1, result.rowsDuplicate());
    assertEquals(7, result.rowsRejected());
    assertTrue(result.reconciles());
    assertEquals(Map.of("invalid_date", 3L, "missing_date", 1L, "missing_id", 1L, "missing_text", 2L),
        result.rejectsByReason());
  }

  @Test
  void reportedTableRowsAreTheRowsWritten() {
    for (String table : List.of("pairs_daily", "entities_daily", "totals_daily", "mentions", "articles", "rejects")) {
      assertEquals(read(table).count(), result.tableRows().get(table), table);
    }
    assertEquals(7L, result.tableRows().get("rejects"));
  }

  @Test
  void rejectsKeepTheirRawFieldsAndReason() {
    Map<String, String> reasonById = new TreeMap<>();
    for (Row row : read("rejects").collectAsList()) {
      reasonById.put(String.valueOf(row.<String>getAs("id")), row.getAs("reason"));
      if ("r4".equals(row.getAs("id"))) {
        assertEquals("1404/13/01", row.getAs("raw_date"));
        assertEquals("Iran and Russia.", row.getAs("text"));
      }
    }
    assertEquals("missing_text", reasonById.get("r1"));
    assertEquals("missing_text", reasonById.get("r2"));
    assertEquals("missing_id", reasonById.get("null"));
    assertEquals("missing_date", reasonById.get("r3"));
    assertEquals("invalid_date", reasonById.get("r5"));
    assertEquals("invalid_date", reasonById.get("r6"));
    assertEquals(7, reasonById.size());
  }

  @Test
  void totalsCountAcceptedArticlesPerDay() {
    Map<LocalDate, Long> totals = new TreeMap<>();
    for (Row row : read("totals_daily").collectAsList()) {
      totals.put(row.<java.sql.Date>getAs("pub_date").toLocalDate(), row.getAs("articles"));
    }
    assertEquals(Map.of(LocalDate.of(2020, 10, 6), 2L, LocalDate.of(2020, 10, 7), 2L), totals);
  }

  @Test
  void pairsPerDayAndScope() {
    Map<String, String> pairs = new TreeMap<>();
    for (Row row : read("pairs_daily").collectAsList()) {
      pairs.put(row.get(row.fieldIndex("pub_date")) + " " + row.getAs("scope") + " " + row.getAs("entity_a") + "|"
          + row.getAs("entity_b"), row.getAs("articles") + "/" + row.getAs("sentences"));
    }
    // a1 and a2 on 2020-10-06: IR|RU in one sentence each; a2 has AM|AZ in its second sentence; a1's Armenia is in
    // another sentence than Iran and Russia
    assertEquals("2/null", pairs.get("2020-10-06 document IR|RU"));
    assertEquals("2/2", pairs.get("2020-10-06 sentence IR|RU"));
    assertEquals("2/null", pairs.get("2020-10-06 document AM|IR"));
    assertNull(pairs.get("2020-10-06 sentence AM|IR"));
    assertEquals("1/1", pairs.get("2020-10-06 sentence AM|AZ"));
    // a3 counted once despite its duplicate row
    assertEquals("1/1", pairs.get("2020-10-07 sentence AM|AZ"));
    assertEquals("1/1", pairs.get("2020-10-07 sentence AZ|karabakh"));
    assertFalse(pairs.keySet().stream().anyMatch(key -> key.startsWith("2025")), "body dates never count");
  }

  @Test
  void entitiesCountArticlesAndMentions() {
    Dataset<Row> entities = read("entities_daily");
    Row iran = entities.filter(col("entity").equalTo("IR").and(col("pub_date").equalTo("2020-10-06")))
        .collectAsList().get(0);
    assertEquals(2L, iran.<Long>getAs("articles"));
    assertEquals(2L, iran.<Long>getAs("mentions"));
  }

  @Test
  void timestampColumnsBecomeDaysInTheRunZone() {
    Instant lateEvening = Instant.parse("2020-10-07T21:30:00Z");
    String input = CorpusFixtures.write(work.resolve("in-ts"), DataTypes.TimestampType,
        List.<Object[]>of(new Object[] {"t1", "Iran and Russia.", Timestamp.from(lateEvening)}));
    JobConfig utc = JobConfig.of(List.of(input), work.resolve("out-ts-utc").toString());
    JobConfig tehran = JobConfig.of(utc.inputs(), work.resolve("out-ts-tehran").toString())
        .toBuilder().zone(ZoneId.of("Asia/Tehran")).build();
    assertEquals(LocalDate.of(2020, 10, 7), CooccurrenceJob.run(SharedSpark.session(), utc).firstDate());
    assertEquals(LocalDate.of(2020, 10, 8), CooccurrenceJob.run(SharedSpark.session(), tehran).firstDate());
  }

  @Test
  void dateColumnsAreTakenAsTheyAre() {
    String input = CorpusFixtures.write(work.resolve("in-date"), DataTypes.DateType,
        List.<Object[]>of(new Object[] {"d1", "Iran and Russia.", java.sql.Date.valueOf("2020-10-06")}));
    RunResult dated = CooccurrenceJob.run(SharedSpark.session(),
        JobConfig.of(List.of(input), work.resolve("out-date").toString()));
    assertEquals(LocalDate.of(2020, 10, 6), dated.firstDate());
    assertEquals(1, dated.rowsUsed());
  }

  private static Dataset<Row> read(String table) {
    return SharedSpark.session().read().parquet(output.resolve(table).toString());
  }
}

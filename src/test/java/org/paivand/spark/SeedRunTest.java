package org.paivand.spark;

import org.paivand.spark.run.CooccurrenceJob;
import org.paivand.spark.run.RunResult;
import org.paivand.spark.job.JobConfig;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed article as a one-row Parquet corpus dated {@code 1399/07/15}: with {@code --no-roles} the sentence-scope
 * counts on 2020-10-06 are the ones the foundation issue names (seed/expected.json describes names only), and the
 * boilerplate dates (1403-1404) never become the publication date; with roles (the default), the role mentions of
 * {@code SeedExpectationTest.SEED_ROLE_MENTIONS} count on top.
 */
class SeedRunTest {
  @TempDir static Path work;
  static RunResult result;
  static Path output;
  static Path withRoles;

  @BeforeAll
  static void runOnSeed() {
    String seed = CorpusFixtures.text("/seed/irna-karabakh-article.txt");
    String input = CorpusFixtures.write(work.resolve("in"), DataTypes.StringType,
        List.<Object[]>of(new Object[] {"irna-seed", seed, "1399/07/15"}));
    output = work.resolve("out");
    result = CooccurrenceJob.run(SharedSpark.session(), JobConfig.of(List.of(input), output.toString())
        .toBuilder().roles(false).build());
    withRoles = work.resolve("roles");
    CooccurrenceJob.run(SharedSpark.session(), JobConfig.of(List.of(input), withRoles.toString()));
  }

  @Test
  void rolesAddTheForeignMinistersToThreeSentencesAndPashinyanToOne() {
    Map<String, Long> sentences = new HashMap<>();
    for (Row row : SharedSpark.session().read().parquet(withRoles.resolve("pairs_daily").toString())
        .filter(col("scope").equalTo("sentence")).collectAsList()) {
      sentences.put(row.<String>getAs("entity_a") + "|" + row.<String>getAs("entity_b"), row.getAs("sentences"));
    }
    assertEquals(4L, sentences.get("lavrov|zarif"), "sentence 1 by name, 2, 3 and 5 by role");
    assertEquals(3L, sentences.get("IR|lavrov"));
    assertEquals(3L, sentences.get("IR|RU"), "a role mention adds no country");
    assertEquals(1L, sentences.get("AM|pashinyan"));
    Map<String, Long> mentions = new HashMap<>();
    for (Row row : SharedSpark.session().read().parquet(withRoles.resolve("entities_daily").toString())
        .collectAsList()) {
      mentions.put(row.getAs("entity"), row.getAs("mentions"));
    }
    assertEquals(1L, mentions.get("pashinyan"));
    assertEquals(4L, mentions.get("zarif"), "once by name, three times by role");
    assertEquals(5L, mentions.get("lavrov"), "twice by name, three times by role");
  }

  @Test
  void sentenceScopePairsOnTheSeedDay() {
    Map<String, Long> sentences = new HashMap<>();
    Map<String, Long> articles = new HashMap<>();
    for (Row row : read("pairs_daily").filter(col("scope").equalTo("sentence")).collectAsList()) {
      assertEquals(java.time.LocalDate.of(2020, 10, 6), row.<java.sql.Date>getAs("pub_date").toLocalDate());
      String key = row.<String>getAs("entity_a") + "|" + row.<String>getAs("entity_b");
      sentences.put(key, row.getAs("sentences"));
      articles.put(key, row.getAs("articles"));
    }
    assertEquals(3L, sentences.get("IR|RU"));
    assertEquals(4L, sentences.get("AM|AZ"));
    assertEquals(3L, sentences.get("RU|karabakh"));
    assertEquals(1L, sentences.get("lavrov|zarif"));
    assertEquals(1L, sentences.get("AZ|TR"));
    assertEquals(1L, articles.get("IR|RU"));
  }

  @Test
  void documentScopeHasEveryPairOfTheFourteenRequiredEntitiesOnce() {
    List<Row> document = read("pairs_daily").filter(col("scope").equalTo("document")).collectAsList();
    for (Row row : document) {
      assertEquals(1L, row.<Long>getAs("articles"));
      assertTrue(row.isNullAt(row.fieldIndex("sentences")));
      assertTrue(row.<String>getAs("entity_a").compareTo(row.getAs("entity_b")) < 0);
    }
    long entities = read("entities_daily").count();
    assertEquals(entities * (entities - 1) / 2, document.size());
  }

  @Test
  void reconcilesAndReportsTheDay() throws Exception {
    assertEquals(1, result.rowsRead());
    assertEquals(1, result.rowsUsed());
    assertTrue(result.reconciles());
    assertEquals(java.time.LocalDate.of(2020, 10, 6), result.firstDate());
    Row total = read("totals_daily").collectAsList().get(0);
    assertEquals(1L, total.<Long>getAs("articles"));
    String report = Files.readString(output.resolve("_run.json"));
    assertTrue(report.contains("\"rows_read\" : 1"), report);
    assertTrue(Files.exists(output.resolve("_SUCCESS")));
  }

  private static org.apache.spark.sql.Dataset<Row> read(String table) {
    SparkSession spark = SharedSpark.session();
    return spark.read().parquet(output.resolve(table).toString());
  }
}

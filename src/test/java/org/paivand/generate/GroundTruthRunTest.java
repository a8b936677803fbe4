package org.paivand.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.spark.run.CooccurrenceJob;
import org.paivand.spark.job.JobConfig;
import org.paivand.spark.run.RunResult;
import org.paivand.spark.SharedSpark;

/**
 * The accuracy check at scale: {@code run} (dedup mode NONE, the default) on a generated corpus reproduces, row for
 * row, the pair counts per day and scope, the entity counts and the daily totals that the generator planted. Two
 * days get most articles so that pairs repeat within a day; copies are included and counted.
 */
class GroundTruthRunTest {
  @TempDir static Path work;
  static GenerateSummary generated;
  static RunResult result;
  static Path output;

  @BeforeAll
  static void generateAndRun() throws IOException {
    generated = CorpusGenerator.generate(GeneratorOptions.of(3_000, 42, work.resolve("gen")).withDays(12)
        .withRowsPerFile(1_000), written -> { });
    output = work.resolve("out");
    // the generator plants names and knows nothing of roles: its offices ("وزیر خارجه روسیه") would add holders
    result = CooccurrenceJob.run(SharedSpark.session(),
        JobConfig.of(List.of(work.resolve("gen").resolve("corpus").toString()), output.toString()).toBuilder()
            .roles(false).build());
  }

  @Test
  void everyRowIsUsedNoneRejectedNoneDroppedAsDuplicate() {
    assertEquals(3_000, result.rowsRead());
    assertEquals(3_000, result.rowsUsed());
    assertEquals(0, result.rowsRejected());
    assertEquals(0, result.rowsDuplicate());
  }

  @Test
  void pairsPerDayAndScopeAreThePlantedOnes() throws IOException {
    List<String> found = new ArrayList<>();
    for (Row row : SharedSpark.session().read().parquet(output.resolve("pairs_daily").toString()).collectAsList()) {
      found.add(row.getAs("pub_date").toString() + "," + row.getAs("entity_a") + "," + row.getAs("entity_b") + ","
          + row.getAs("scope") + "," + row.getAs("articles") + ","
          + (row.isNullAt(row.fieldIndex("sentences")) ? "" : row.getAs("sentences").toString()));
    }
    List<String> planted = truth("pairs.csv");
    assertTrue(planted.size() > 500, "a truth worth checking: " + planted.size() + " rows");
    assertTrue(planted.stream().anyMatch(line -> line.contains(",sentence,")));
    assertEquals(planted, sorted(found));
  }

  @Test
  void entitiesAndTotalsPerDayAreThePlantedOnes() throws IOException {
    List<String> entities = new ArrayList<>();
    for (Row row : SharedSpark.session().read().parquet(output.resolve("entities_daily").toString())
        .collectAsList()) {
      entities.add(row.getAs("pub_date").toString() + "," + row.getAs("entity") + "," + row.getAs("articles") + ","
          + row.getAs("mentions"));
    }
    assertEquals(truth("entities.csv"), sorted(entities));
    List<String> totals = new ArrayList<>();
    for (Row row : SharedSpark.session().read().parquet(output.resolve("totals_daily").toString()).collectAsList()) {
      totals.add(row.getAs("pub_date").toString() + "," + row.getAs("articles"));
    }
    assertEquals(truth("totals.csv"), sorted(totals));
  }

  private static List<String> truth(String file) throws IOException {
    List<String> lines = Files.readAllLines(generated.truthDirectory().resolve(file));
    return lines.subList(1, lines.size());
  }

  private static List<String> sorted(List<String> lines) {
    List<String> copy = new ArrayList<>(lines);
    copy.sort(null);
    return copy;
  }
}

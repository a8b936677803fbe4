package org.paivand.spark.dedup;

import org.paivand.spark.run.CooccurrenceJob;
import org.paivand.spark.CorpusFixtures;
import org.paivand.spark.run.RunResult;
import org.paivand.spark.SharedSpark;
import org.paivand.spark.job.JobConfig;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which copy of a repeated id a full run keeps: the latest delivery's when the files sit under
 * {@code ingest_date=...} directories, the earliest publication day's otherwise.
 */
class DeduplicateArticlesTest {
  @TempDir Path work;

  @Test
  void theLatestDeliveryWinsUnderIngestDirectories() {
    Path root = work.resolve("root");
    CorpusFixtures.write(root.resolve("ingest_date=2024-03-01"), DataTypes.StringType, List.of(
        new Object[] {"a1", "Iran and Russia.", "2024-02-28"},
        new Object[] {"b1", "Armenia.", "2024-02-28"}));
    CorpusFixtures.write(root.resolve("ingest_date=2024-03-02"), DataTypes.StringType, List.<Object[]>of(
        new Object[] {"a1", "Armenia and Azerbaijan.", "2024-03-01"}));
    RunResult result = CooccurrenceJob.run(SharedSpark.session(),
        JobConfig.of(List.of(root.toUri().toString()), work.resolve("out").toString()));
    assertEquals(1, result.rowsDuplicate());
    // a1's second delivery is later in publication day too; the earliest-day rule would have kept the first copy
    assertEquals(Map.of("a1", "2024-03-01", "b1", "2024-02-28"), daysById(work.resolve("out")));
    Row pair = SharedSpark.session().read().parquet(work.resolve("out/pairs_daily").toString())
        .filter(col("scope").equalTo("document")).collectAsList().get(0);
    assertEquals("AM", pair.getAs("entity_a"));
    assertEquals("AZ", pair.getAs("entity_b"));
  }

  @Test
  void withoutIngestDirectoriesTheEarliestPublicationDayWins() {
    Path flat = work.resolve("flat");
    CorpusFixtures.write(flat, DataTypes.StringType, List.of(
        new Object[] {"a1", "Armenia and Azerbaijan.", "2024-03-01"},
        new Object[] {"a1", "Iran and Russia.", "2024-02-28"}));
    CooccurrenceJob.run(SharedSpark.session(),
        JobConfig.of(List.of(flat.toUri().toString()), work.resolve("out-flat").toString()));
    assertEquals(Map.of("a1", "2024-02-28"), daysById(work.resolve("out-flat")));
  }

  private static Map<String, String> daysById(Path output) {
    Map<String, String> days = new TreeMap<>();
    for (Row row : SharedSpark.session().read().parquet(output.resolve("articles").toString()).collectAsList()) {
      days.put(row.getAs("id"), row.getAs("pub_date").toString());
    }
    return days;
  }
}

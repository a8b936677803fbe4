package org.paivand.spark.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paivand.errors.UserError;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.spark.run.CooccurrenceJob;
import org.paivand.spark.SharedSpark;
import org.paivand.spark.extract.CompactArticles;
import org.paivand.spark.job.ItemsetOptions;
import org.paivand.spark.job.JobConfig;
import org.paivand.spark.job.SeriesOptions;

/**
 * A nightly output an earlier release wrote (state format 1, {@code src/test/resources/nightly-state-v1}): this
 * release's next night reads it, converts every delivery's state to format 2 in the same commit, and the output then
 * equals a full run over the same deliveries.
 */
class NightlyStateV1Test {
  private static final Path FIXTURE = Path.of(System.getProperty("paivand.repo", "."),
      "src/test/resources/nightly-state-v1");
  /** The modification time partitions.json recorded for the first delivery's file. */
  private static final long RECORDED_MTIME = 1796575882454L;

  @TempDir Path work;

  @Test
  void theNextNightReadsAFormatOneStateAndEqualsAFullRun() throws IOException {
    Path root = copy(FIXTURE.resolve("deliveries"), work.resolve("deliveries"));
    Path output = copy(FIXTURE.resolve("output"), work.resolve("output"));
    Files.setLastModifiedTime(root.resolve("ingest_date=2024-03-01/part-00000.parquet"),
        FileTime.fromMillis(RECORDED_MTIME));
    assertTrue(Files.readString(output.resolve("_nightly/partitions.json")).contains("\"format\" : 1"));

    // a state from before role mentions holds none: a night with roles on would mix, so it is refused
    UserError withRoles = assertThrows(UserError.class, () -> NightlyJob.run(SharedSpark.session(),
        NightlyOptions.of(JobConfig.of(List.of(root.toString()), output.toString()), LocalDate.parse("2024-03-02"))));
    assertTrue(withRoles.getMessage().contains("roles: off -> on"), withRoles.getMessage());

    NightlyResult night = NightlyJob.run(SharedSpark.session(), NightlyOptions.of(
        JobConfig.of(List.of(root.toString()), output.toString()).toBuilder().roles(false).build(),
        LocalDate.parse("2024-03-02")));

    assertEquals(Map.of("2024-03-02", NightlyPlan.NEW), night.partitions(), "the first delivery is not re-read");
    assertEquals(3, night.rowsRead());
    // a1 came again with another day: its first copy (2024-02-29) stops counting, so both months are rewritten
    assertEquals(List.of("2024-02", "2024-03"), night.rewrittenMonths());
    String partitions = Files.readString(output.resolve("_nightly/partitions.json"));
    assertTrue(partitions.contains("\"format\" : 2"), partitions);
    for (String day : List.of("2024-03-01", "2024-03-02")) {
      String state = output.resolve("_nightly/articles_state/ingest_date=" + day).toString();
      assertTrue(List.of(SharedSpark.session().read().parquet(state).columns()).contains(CompactArticles.FACTS),
          "delivery " + day + " is kept in format 2");
    }

    Path full = work.resolve("full");
    CooccurrenceJob.run(SharedSpark.session(), JobConfig.of(List.of(root.toString()), full.toString())
        .toBuilder().itemsets(ItemsetOptions.defaults()).series(SeriesOptions.defaults()).roles(false).build());
    assertEquals(List.of(), NightlyFixtures.differences(full, output));
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return to;
  }
}

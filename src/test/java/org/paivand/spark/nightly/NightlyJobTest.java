package org.paivand.spark.nightly;

import org.paivand.spark.run.CooccurrenceJob;
import org.paivand.spark.SharedSpark;
import org.paivand.spark.job.DedupMode;
import org.paivand.spark.job.JobConfig;
import org.paivand.spark.nightly.NightlyJob;
import org.paivand.spark.nightly.NightlyOptions;
import org.paivand.spark.nightly.NightlyPlan;
import org.paivand.spark.nightly.NightlyResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.errors.UserError;

/**
 * A week of deliveries run night by night, with an article re-delivered with changed text, a late article published
 * a year before its delivery, a night with nothing new and a whole delivery re-delivered with other files: after
 * every night the daily tables must equal those of a full run over the same deliveries.
 */
class NightlyJobTest {
  @TempDir Path work;

  @Test
  void aWeekNightByNightEqualsTheFullRecompute() throws Exception {
    Path root = work.resolve("root");
    Path output = work.resolve("nightly");
    NightlyFixtures.deliver(root, "2024-03-01",
        new Object[] {"a1", "Iran and Russia signed a deal.", "2024-02-29"},
        new Object[] {"a2", "Armenia and Azerbaijan talk.", "2024-03-01"},
        new Object[] {"r1", "Iran and Russia.", "1404/13/01"});
    NightlyFixtures.deliver(root, "2024-03-02",
        new Object[] {"a3", "Iran alone.", "2024-03-02"},
        new Object[] {"a1", "Armenia, Azerbaijan and Karabakh.", "2024-03-01"}); // a1 again, other text and day
    NightlyResult first = night(root, output, "2024-03-01");
    assertEquals(Map.of("2024-03-01", NightlyPlan.NEW), first.partitions());
    assertEquals(List.of("2024-03-02"), first.later());
    assertEquals(List.of("2024-02", "2024-03"), first.rewrittenMonths());
    assertEquals(3, first.rowsRead());
    assertEquals(1, first.rowsRejected());

    NightlyResult second = night(root, output, "2024-03-02");
    assertEquals(Map.of("2024-03-02", NightlyPlan.NEW), second.partitions());
    // a1 left 2024-02-29 for 2024-03-01; a3 is new on 2024-03-02
    assertEquals(List.of(day("2024-02-29"), day("2024-03-01"), day("2024-03-02")), second.rewrittenDates());
    assertEquals(List.of(), NightlyFixtures.differences(full(root, "full-2"), output));

    NightlyFixtures.deliver(root, "2024-03-03",
        new Object[] {"late", "Iran and Russia a year ago.", "2023-03-03"});
    NightlyResult late = night(root, output, "2024-03-03");
    assertEquals(List.of(day("2023-03-03")), late.rewrittenDates(), "only the year-old day changes");
    assertEquals(List.of("2023-03"), late.rewrittenMonths());

    String report = Files.readString(output.resolve("_run.json"));
    List<String> listing = listing(output);
    long started = System.nanoTime();
    NightlyResult nothing = night(root, output, "2024-03-03");
    double noOpSeconds = (System.nanoTime() - started) / 1e9;
    assertTrue(nothing.nothingNew());
    assertEquals(report, Files.readString(output.resolve("_run.json")));
    assertEquals(listing, listing(output));
    System.out.printf("nightly with nothing new: %.2f s%n", noOpSeconds);

    // the whole of 2024-03-02 re-delivered: a3 gone, a4 new; a2 re-delivered on 2024-03-04
    NightlyFixtures.deliver(root, "2024-03-02",
        new Object[] {"a4", "Russia and Armenia.", "2024-03-02"});
    NightlyFixtures.deliver(root, "2024-03-04",
        new Object[] {"a2", "Iran, Armenia and Azerbaijan talk.", "2024-03-01"},
        new Object[] {"a5", "Azerbaijan.", "2024-03-04"});
    NightlyResult redelivered = night(root, output, "2024-03-04");
    assertEquals(Map.of("2024-03-02", NightlyPlan.CHANGED, "2024-03-04", NightlyPlan.NEW),
        redelivered.partitions());
    long started2 = System.nanoTime();
    Path fullOutput = full(root, "full-4");
    System.out.printf("full run over the same deliveries: %.2f s%n", (System.nanoTime() - started2) / 1e9);
    assertEquals(List.of(), NightlyFixtures.differences(fullOutput, output));
    // the re-delivered 2024-03-02 no longer holds a1: its first copy (Iran and Russia, 2024-02-29) counts again
    List<Row> iranRussia = SharedSpark.session().read().parquet(output.resolve("pairs_daily").toString())
        .filter("entity_a = 'IR' and entity_b = 'RU' and scope = 'document'").orderBy("pub_date").collectAsList();
    assertEquals(List.of("2023-03-03", "2024-02-29"),
        iranRussia.stream().map(r -> r.getAs("pub_date").toString()).toList());

    // other settings would make the state stale: refused unless every delivery is read again
    JobConfig tehran = config(root, output).toBuilder().zone(java.time.ZoneId.of("Asia/Tehran")).build();
    UserError changed = assertThrows(UserError.class,
        () -> NightlyJob.run(SharedSpark.session(), NightlyOptions.of(tehran, day("2024-03-04"))));
    assertTrue(changed.getMessage().contains("zone: UTC -> Asia/Tehran"), changed.getMessage());
    assertTrue(changed.getMessage().contains("backfill --from 2024-03-01 --to 2024-03-04"), changed.getMessage());

    NightlyResult backfill = NightlyJob.run(SharedSpark.session(), NightlyOptions.of(config(root, output),
        day("2024-03-04")).withReprocess(day("2024-03-01"), day("2024-03-04")));
    assertEquals(Map.of("2024-03-01", NightlyPlan.REPROCESS, "2024-03-02", NightlyPlan.REPROCESS,
        "2024-03-03", NightlyPlan.REPROCESS, "2024-03-04", NightlyPlan.REPROCESS), backfill.partitions());
    // every day the deliveries touch is rewritten (a gazetteer change would change their entities)
    assertEquals(List.of(day("2023-03-03"), day("2024-02-29"), day("2024-03-01"), day("2024-03-02"),
        day("2024-03-04")), backfill.rewrittenDates());
    assertEquals(List.of(), NightlyFixtures.differences(fullOutput, output));
  }

  private static JobConfig config(Path root, Path output) {
    return JobConfig.of(List.of(root.toString()), output.toString());
  }

  @Test
  void nearDuplicatesAndRunOutputsAreRefused() {
    Path root = work.resolve("root");
    NightlyFixtures.deliver(root, "2024-03-01", new Object[] {"a1", "Iran.", "2024-03-01"});
    JobConfig config = JobConfig.of(List.of(root.toString()), work.resolve("near").toString())
        .toBuilder().dedup(DedupMode.NEAR, JobConfig.DEFAULT_NEAR_THRESHOLD).build();
    UserError near = assertThrows(UserError.class,
        () -> NightlyJob.run(SharedSpark.session(), NightlyOptions.of(config, day("2024-03-01"))));
    assertTrue(near.getMessage().contains("--dedup near"), near.getMessage());
    assertFalse(Files.exists(work.resolve("near")));
  }

  private NightlyResult night(Path root, Path output, String date) {
    return NightlyJob.run(SharedSpark.session(),
        NightlyOptions.of(JobConfig.of(List.of(root.toString()), output.toString()), day(date)));
  }

  private Path full(Path root, String name) {
    Path output = work.resolve(name);
    CooccurrenceJob.run(SharedSpark.session(), JobConfig.of(List.of(root.toString()), output.toString()));
    return output;
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  static List<String> listing(Path directory) throws Exception {
    try (Stream<Path> paths = Files.walk(directory)) {
      return paths.filter(Files::isRegularFile)
          .map(p -> directory.relativize(p) + " " + p.toFile().length() + " " + p.toFile().lastModified())
          .sorted().toList();
    }
  }
}

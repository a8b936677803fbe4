package org.paivand.spark.nightly;

import org.paivand.spark.run.CooccurrenceJob;
import org.paivand.spark.SharedSpark;
import org.paivand.output.OutputTable;
import org.paivand.spark.job.DedupMode;
import org.paivand.spark.job.ItemsetOptions;
import org.paivand.spark.job.JobConfig;
import org.paivand.spark.job.SeriesOptions;
import org.paivand.spark.nightly.NightlyJob;
import org.paivand.spark.nightly.NightlyOptions;
import org.paivand.spark.nightly.NightlyResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nights with text copies, slices and {@code timeseries}: deliveries with lang and source columns, an earlier
 * original of an article's text arriving a night later (the published article becomes the copy), a late copy, an
 * article re-delivered with other words (its late copy counts again) and a month-old article. After each night the
 * daily tables, their slices and {@code timeseries} equal those of a full run with the same options, with
 * {@code --dedup exact} and with {@code --dedup none}.
 */
class NightlyDerivedTablesTest {
  @TempDir Path work;

  @Test
  void nightsWithTextCopiesSlicesAndTimeseriesEqualTheFullRun() {
    Path root = work.resolve("root");
    Function<Path, JobConfig> exact = output -> config(root, output).toBuilder().dedup(DedupMode.EXACT,
        JobConfig.DEFAULT_NEAR_THRESHOLD).build();
    Function<Path, JobConfig> none = output -> config(root, output);
    Path exactOutput = work.resolve("nightly-exact");
    Path noneOutput = work.resolve("nightly-none");

    NightlyFixtures.deliverSliced(root, "2024-03-01",
        new Object[] {"a1", "Iran and Russia signed a deal.", "2024-02-29", "fa", "irna"},
        new Object[] {"a2", "Armenia and Azerbaijan talk.", "2024-03-01", "en", "bbc"});
    night(exact.apply(exactOutput), "2024-03-01");
    night(none.apply(noneOutput), "2024-03-01");

    NightlyFixtures.deliverSliced(root, "2024-03-02",
        new Object[] {"c1", "Iran and Russia signed a deal.", "2024-02-28", "fa", "tasnim"}, // earlier original
        new Object[] {"c2", "Armenia and Azerbaijan talk.", "2024-03-03", "en", "cnn"}, // late copy of a2
        new Object[] {"a3", "Iran alone.", "2024-03-02", "fa", "irna"});
    NightlyResult second = night(exact.apply(exactOutput), "2024-03-02");
    // a1 (2024-02-29) is no longer counted though tonight has no row of that day: c1 has its words and is earlier
    assertTrue(second.rewrittenDates().contains(LocalDate.parse("2024-02-29")), second.rewrittenDates().toString());
    assertEquals(1, second.rowsDuplicate(), "c2, of tonight's rows, is a copy (a1 is of an earlier delivery)");
    assertEquals(0, countTotals(exactOutput, "2024-02-29"), "a1 is c1's copy now");
    night(none.apply(noneOutput), "2024-03-02");
    Path fullExact2 = full(exact, "full-exact-2");
    assertTrue(SharedSpark.session().read().parquet(fullExact2.resolve(OutputTable.TIMESERIES.directory()).toString())
        .count() > 0, "the comparison covers a timeseries with rows");
    assertTrue(SharedSpark.session().read().parquet(fullExact2.resolve(OutputTable.PAIRS_BY_SLICE.directory()).toString())
        .count() > 0, "the comparison covers slice tables with rows");
    assertEquals(List.of(), NightlyFixtures.differences(fullExact2, exactOutput));

    NightlyFixtures.deliverSliced(root, "2024-03-03",
        new Object[] {"late", "Iran and Russia a month ago.", "2024-01-15", "fa", "irna"},
        new Object[] {"a2", "Iran, Armenia and Azerbaijan talk.", "2024-03-01", "en", "bbc"}, // c2 counts again
        new Object[] {"a3", "Iran alone.", "2024-03-02", "fa", "irna"}); // the same article again
    NightlyResult third = night(exact.apply(exactOutput), "2024-03-03");
    assertTrue(third.rewrittenDates().contains(LocalDate.parse("2024-03-03")), third.rewrittenDates().toString());
    assertEquals(1, countTotals(exactOutput, "2024-03-03"), "c2 is counted once a2 has other words");
    night(none.apply(noneOutput), "2024-03-03");
    assertEquals(List.of(), NightlyFixtures.differences(full(exact, "full-exact-3"), exactOutput));
    Path fullNone3 = full(none, "full-none-3");
    assertTrue(SharedSpark.session().read().parquet(fullNone3.resolve(OutputTable.ITEMSETS.directory()).toString())
        .filter("pub_month = '2024-02'").count() > 0, "the comparison covers itemsets with rows (a1 and c1)");
    assertEquals(List.of(), NightlyFixtures.differences(fullNone3, noneOutput));
    assertEquals(1, countTotals(noneOutput, "2024-02-29"), "without text dedup a1 is counted");
    assertEquals(0, countTotals(exactOutput, "2024-02-29"), "with --dedup exact a1 is c1's copy");
  }

  @Test
  void aNightWithoutTimeSeriesOptionsKeepsTheRecordedOnes() {
    Path root = work.resolve("root");
    Path output = work.resolve("nightly");
    SeriesOptions narrow = new SeriesOptions(List.of("IR,RU"), 1, 2, 2, 2, 2, 2, 2, 3.0, 1);
    NightlyFixtures.deliverSliced(root, "2024-03-01",
        new Object[] {"a1", "Iran and Russia signed a deal.", "2024-03-01", "fa", "irna"});
    night(plain(root, output).toBuilder().series(narrow).build(), "2024-03-01");
    NightlyFixtures.deliverSliced(root, "2024-03-02",
        new Object[] {"a2", "Armenia and Azerbaijan talk.", "2024-03-02", "en", "bbc"});
    night(plain(root, output), "2024-03-02"); // no time-series options tonight: the recorded ones hold
    Path full = work.resolve("full");
    CooccurrenceJob.run(SharedSpark.session(), plain(root, full).toBuilder().series(narrow).build());
    assertEquals(List.of(), NightlyFixtures.differences(full, output));
    assertFalse(SharedSpark.session().read().parquet(output.resolve(OutputTable.TIMESERIES.directory()).toString())
        .filter("entity_a = 'AM' and entity_b = 'AZ'").isEmpty(), "AM,AZ is a supported pair at min support 1");
  }

  @Test
  void aDeliveryWithoutTheRecordedSliceColumnsIsRefused() throws Exception {
    Path root = work.resolve("root");
    Path output = work.resolve("nightly");
    NightlyFixtures.deliverSliced(root, "2024-03-01",
        new Object[] {"a1", "Iran and Russia signed a deal.", "2024-03-01", "fa", "irna"});
    night(plain(root, output), "2024-03-01");
    assertTrue(java.nio.file.Files.readString(output.resolve("_nightly/partitions.json"))
        .contains("\"slice_kinds\" : \"lang,source\""));
    NightlyFixtures.deliver(root, "2024-03-02", new Object[] {"a2", "Armenia and Azerbaijan.", "2024-03-02"});
    String listing = NightlyJobTest.listing(output).toString();
    org.paivand.errors.UserError refused = org.junit.jupiter.api.Assertions.assertThrows(
        org.paivand.errors.UserError.class, () -> night(plain(root, output), "2024-03-02"));
    assertTrue(refused.getMessage().contains("recorded: 'lang,source', found: ''"), refused.getMessage());
    assertEquals(listing, NightlyJobTest.listing(output).toString(), "the output is untouched");
  }

  private static long countTotals(Path output, String date) {
    var rows = SharedSpark.session().read().parquet(output.resolve(OutputTable.TOTALS_DAILY.directory()).toString())
        .filter("pub_date = date'" + date + "'").select("articles").collectAsList();
    return rows.isEmpty() ? 0 : ((Number) rows.get(0).get(0)).longValue();
  }

  private static JobConfig config(Path root, Path output) {
    return plain(root, output).toBuilder().series(SeriesOptions.defaults()).itemsets(ItemsetOptions.defaults()).build();
  }

  private static JobConfig plain(Path root, Path output) {
    return JobConfig.of(List.of(root.toString()), output.toString());
  }

  private static NightlyResult night(JobConfig config, String date) {
    return NightlyJob.run(SharedSpark.session(), NightlyOptions.of(config, LocalDate.parse(date)));
  }

  private Path full(Function<Path, JobConfig> config, String name) {
    Path output = work.resolve(name);
    CooccurrenceJob.run(SharedSpark.session(), config.apply(output));
    return output;
  }
}

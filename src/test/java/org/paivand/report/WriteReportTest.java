package org.paivand.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.errors.UserError;
import org.paivand.spark.SharedSpark;

/** The report's reading side and the written files, on {@link ReportFixtures}: every expectation worked by hand. */
class WriteReportTest {
  static final List<List<String>> WATCHLIST = List.of(List.of("IR", "RU"), List.of("AM", "AZ"));
  static final List<String> GRANULARITIES = List.of("day", "week", "month");

  @TempDir static Path work;
  static Path output;
  static ReportTables tables;

  @BeforeAll
  static void writeFixture() throws Exception {
    output = ReportFixtures.write(work.resolve("out"));
    tables = new ReportTables(SharedSpark.session(), output.toString());
  }

  static ReportOptions options(String reportDirectory) {
    return new ReportOptions(output.toString(), reportDirectory, WATCHLIST, GRANULARITIES, "document", 20, 3, 3,
        ReportOptions.DEFAULT_MIN_VOLUME);
  }

  @Test
  void withoutAWatchlistColumnTheMostFollowedPairsAreCharted() {
    // the fixture's timeseries has no watchlist column (LauncherIT charts a paivand output's own watchlist): its
    // whole-corpus pairs by articles, IR-RU (months and days) first, then AM-AZ, then IR-lavrov (one day)
    assertEquals(List.of(List.of("IR", "RU"), List.of("AM", "AZ"), List.of("IR", "lavrov")),
        tables.watchlistPairs());
  }

  @Test
  void seriesHoldEveryPeriodOfTheWholeCorpusRowsInOrder() {
    List<PairSeries> series = tables.series(WATCHLIST, GRANULARITIES, "document");
    assertEquals(List.of("IR-RU-day", "IR-RU-week", "IR-RU-month", "AM-AZ-day", "AM-AZ-week", "AM-AZ-month"),
        series.stream().map(PairSeries::slug).toList());
    PairSeries irRuMonth = series.get(2);
    // the source=fars row of 2020-10 is a slice: left out, so one row per month
    assertEquals(6, irRuMonth.points().size());
    assertEquals(List.of("2020-07", "2020-08", "2020-09", "2020-10", "2020-11", "2020-12"),
        irRuMonth.points().stream().map(SeriesPoint::label).toList());
    SeriesPoint october = irRuMonth.points().get(3);
    assertEquals(LocalDate.of(2020, 10, 1), october.periodStart());
    assertEquals(0.05, october.share());
    assertEquals(0.05 * 0.9, october.rollingShare());
    assertEquals(4.5, october.zscore());
    assertEquals(5L, october.pairArticles());
    assertTrue(october.spike());
    assertEquals(1, irRuMonth.spikeCount());
    assertEquals(10, series.get(0).points().size());
    assertTrue(series.get(1).points().isEmpty(), "no week rows in the fixture");
    assertNull(series.get(5).points().get(1).share(), "AM-AZ has no articles in 2020-08");
  }

  @Test
  void spikesAreTheDocumentScopeOnesStrongestFirst() {
    assertEquals(4, tables.spikeCount(GRANULARITIES, "document"));
    List<Spike> spikes = tables.spikes(GRANULARITIES, "document", 3);
    assertEquals(List.of("IR-RU day 2020-10-06 5.2", "IR-RU month 2020-10 4.5", "AM-AZ day 2020-10-07 3.4"),
        spikes.stream().map(s -> s.entityA() + "-" + s.entityB() + " " + s.granularity() + " " + s.label() + " "
            + s.zscore()).toList());
    assertEquals(LocalDate.of(2020, 10, 7), spikes.get(0).periodEnd());
    assertEquals(LocalDate.of(2020, 11, 1), spikes.get(1).periodEnd());
    assertEquals(1, tables.spikeCount(GRANULARITIES, "sentence"));
  }

  @Test
  void examplesPreferSentencesNamingBothInArticlesNamingBoth() {
    List<Spike> spikes = tables.withExamples(tables.spikes(GRANULARITIES, "document", 4), 3);
    // day 10-06: both in e1/2 and f1/0; then e2/0 (IR only, e2 names RU too); e3 names IR only: never
    assertEquals(List.of("e1/2 [IR, RU]", "f1/0 [IR, RU]", "e2/0 [IR]"), describe(spikes.get(0)));
    assertEquals(ReportFixtures.E1_SENTENCE, spikes.get(0).examples().get(0).text());
    assertEquals(ReportFixtures.F1_SENTENCE, spikes.get(0).examples().get(1).text());
    // month 2020-10: the three sentences naming both, e4 first (10-05)
    assertEquals(List.of("e4/0 [IR, RU]", "e1/2 [IR, RU]", "f1/0 [IR, RU]"), describe(spikes.get(1)));
    assertEquals(List.of("a1/0 [AM, AZ]"), describe(spikes.get(2)));
    assertEquals(ReportFixtures.A1_SENTENCE, spikes.get(2).examples().get(0).text());
    // IR-lavrov: e1 names both, in different sentences (2 and 3)
    assertEquals(List.of("e1/2 [IR]", "e1/3 [lavrov]"), describe(spikes.get(3)));
  }

  private static List<String> describe(Spike spike) {
    return spike.examples().stream().map(e -> e.articleId() + "/" + e.sentence() + " " + e.entities()).toList();
  }

  @Test
  void topPairsCountArticlesOverTheWholeRange() {
    List<TopPair> top = tables.topPairs(20);
    assertEquals(List.of(new TopPair("IR", "RU", 4, 5, 4, 20), new TopPair("AM", "AZ", 1, 1, 1, 20),
        new TopPair("IR", "lavrov", 1, 5, 1, 20)), top);
    assertEquals(Math.log(4.0) / Math.log(5.0), top.get(0).npmi(), 1e-12);
    assertEquals(1.0, top.get(1).npmi(), 1e-12);
    assertEquals(2, tables.topPairs(2).size());
  }

  @Test
  void reconciliationComesFromRunJson() {
    Reconciliation run = tables.reconciliation();
    assertEquals(25, run.rowsRead());
    assertEquals(25, run.accountedFor());
    assertEquals(2L, run.rejectsByReason().get("invalid_date"));
  }

  @Test
  void writesPageAndOneChartPerPairAndGranularityWithRows() throws Exception {
    String page = WriteReport.run(SharedSpark.session(), options(null));
    Path report = output.resolve("report");
    assertEquals(report.resolve("index.html").toUri().toString(), Path.of(java.net.URI.create(page)).toUri()
        .toString());
    try (Stream<Path> charts = Files.list(report.resolve("charts"))) {
      assertEquals(List.of("AM-AZ-day.png", "AM-AZ-month.png", "IR-RU-day.png", "IR-RU-month.png"),
          charts.map(p -> p.getFileName().toString()).sorted().toList());
    }
    String html = Files.readString(report.resolve("index.html"));
    assertTrue(html.contains("<img src=\"charts/IR-RU-month.png\""), html);
    assertTrue(html.contains("No rows for IR \u2013 RU by week"), html);
    assertTrue(html.contains("the 3 strongest of 4"), html);
    assertTrue(html.contains(Html.escape(ReportFixtures.E1_SENTENCE)), html);

    // a second report replaces the first as a whole
    Files.writeString(report.resolve("charts/stale.png"), "old");
    WriteReport.run(SharedSpark.session(), options(null));
    assertFalse(Files.exists(report.resolve("charts/stale.png")));
    try (Stream<Path> siblings = Files.list(output)) {
      assertEquals(List.of(), siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".report"))
          .toList(), "staging and previous directories are gone");
    }
  }

  @Test
  void refusesToReplaceADirectoryThatIsNotAReport() throws Exception {
    Path mine = work.resolve("precious");
    Files.createDirectories(mine);
    Files.writeString(mine.resolve("notes.txt"), "keep me");
    UserError error = assertThrows(UserError.class,
        () -> WriteReport.run(SharedSpark.session(), options(mine.toString())));
    assertTrue(error.getMessage().contains("refusing to replace"), error.getMessage());
    assertEquals("keep me", Files.readString(mine.resolve("notes.txt")));
  }

  @Test
  void anOutputWithoutTimeseriesSaysHowToMakeIt() throws Exception {
    Path bare = work.resolve("bare");
    Files.createDirectories(bare);
    Files.writeString(bare.resolve("_run.json"), ReportFixtures.RUN_JSON);
    UserError error = assertThrows(UserError.class, () -> new ReportTables(SharedSpark.session(), bare.toString()));
    assertTrue(error.getMessage().contains("has no timeseries table"), error.getMessage());
    assertTrue(error.getMessage().contains("bin/paivand series --output " + bare), error.getMessage());
    assertTrue(error.getMessage().contains("--timeseries"), error.getMessage());
  }

  @Test
  void aDirectoryThatIsNotAnOutputIsRefused() {
    UserError error = assertThrows(UserError.class,
        () -> new ReportTables(SharedSpark.session(), work.resolve("nothing-here").toString()));
    assertTrue(error.getMessage().contains("no paivand output at"), error.getMessage());
    assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
  }
}

package org.paivand.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * {@code paivand report}: reads an output ({@link ReportTables}, Spark), draws the watchlist charts
 * ({@link SeriesChart}), writes the page ({@link ReportHtml}) and publishes page and charts together
 * ({@link ReportPublisher}). The page is {@code index.html}; the charts are {@code charts/PAIR-GRANULARITY.png}.
 */
public final class WriteReport {
  public static final String PAGE = "index.html";

  private WriteReport() {}

  /**
   * Whether {@code output} has the {@code timeseries} table the report charts. Refuses what is not a paivand output
   * (no {@code _run.json}).
   */
  public static boolean hasTimeseries(SparkSession spark, String output) {
    return ReportTables.hasTimeseries(spark, output);
  }

  /** Writes the report and returns the page's path. */
  public static String run(SparkSession spark, ReportOptions options) {
    ReportTables tables = new ReportTables(spark, options.output());
    Reconciliation reconciliation = tables.reconciliation();
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<List<String>> pairs = options.pairs().isEmpty() ? tables.watchlistPairs() : options.pairs();
    List<ReportPage.Chart> charts = tables.series(pairs, options.granularities(), options.scope()).stream()
        .map(series -> {
          if (series.points().isEmpty()) {
            return new ReportPage.Chart(series, null);
          }
          String file = "charts/" + series.slug() + ".png";
          files.put(file, SeriesChart.png(series, options.minVolume()));
          return new ReportPage.Chart(series, file);
        }).toList();
    List<TopPair> topPairs = tables.topPairs(options.topPairs());
    long spikesTotal = tables.spikeCount(options.granularities(), options.scope());
    List<Spike> spikes = tables.withExamples(
        tables.spikes(options.granularities(), options.scope(), options.maxSpikes()), options.examplesPerSpike());
    ReportPage page = new ReportPage(tables.output().toString(), reconciliation, options.scope(),
        options.granularities(), options.minVolume(), charts, topPairs, ReportTables.TOP_PAIRS_SOURCE, spikes, spikesTotal,
        spikes.stream().flatMap(spike -> spike.examples().stream()).allMatch(example -> example.text() != null));
    files.put(PAGE, ReportHtml.render(page).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Path target = options.reportDirectory() == null
        ? new Path(tables.output(), ReportOptions.DEFAULT_DIRECTORY)
        : new Path(options.reportDirectory());
    try {
      FileSystem fileSystem = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
      target = fileSystem.makeQualified(target);
      ReportPublisher.publish(fileSystem, target, files);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + target, e);
    }
    return new Path(target, PAGE).toString();
  }
}

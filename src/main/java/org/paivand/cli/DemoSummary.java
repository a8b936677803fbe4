package org.paivand.cli;

import org.paivand.output.OutputTable;
import org.paivand.report.ReportOptions;
import org.paivand.spark.count.DailyFiles;
import org.paivand.spark.run.RunResult;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The summary {@code paivand demo} prints: the reconciliation, the top pairs, each watchlist pair's weeks with their
 * share of the week's articles and its 95% interval (a week of few articles is marked thin), and where the outputs
 * are. Reads the published tables, so it shows what a user reading the output would see.
 */
public final class DemoSummary {
  private static final int TOP = 10;
  private static final int WEEKS = 12;

  private DemoSummary() {}

  public static void print(SparkSession spark, RunResult result, PrintWriter out) {
    String output = result.output();
    // the sample's pairs are few: read once and summed here (one Spark job, not one per figure)
    List<Row> pairs = spark.read().schema(DailyFiles.sparkSchema(OutputTable.PAIRS_DAILY))
        .parquet(output + "/" + OutputTable.PAIRS_DAILY.directory())
        .select("pub_date", "entity_a", "entity_b", "scope", "articles", "sentences").collectAsList();
    out.printf("%nrows read %,d = used %,d + rejected %,d %s + duplicate %,d%n", result.rowsRead(),
        result.rowsUsed(), result.rowsRejected(), result.rejectsByReason(), result.rowsDuplicate());
    out.printf("publication dates %s .. %s%n", result.firstDate(), result.lastDate());

    out.printf("%nTop %d pairs (articles mentioning both, all days)%n", TOP);
    out.printf("  %-24s %9s %9s %10s%n", "pair", "document", "sentence", "sentences");
    Map<String, long[]> byPair = new TreeMap<>(); // document articles, sentence articles, sentences
    for (Row row : pairs) {
      long[] sums = byPair.computeIfAbsent(row.getString(1) + " – " + row.getString(2), pair -> new long[3]);
      boolean sentence = "sentence".equals(row.getString(3));
      sums[sentence ? 1 : 0] += row.getLong(4);
      sums[2] += sentence && !row.isNullAt(5) ? row.getLong(5) : 0;
    }
    byPair.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, long[]> e) -> -e.getValue()[0])
            .thenComparing(e -> -e.getValue()[1]).thenComparing(Map.Entry::getKey))
        .limit(TOP)
        .forEach(e -> out.printf("  %-24s %9d %9d %10d%n", e.getKey(), e.getValue()[0], e.getValue()[1],
            e.getValue()[2]));

    List<Row> weeks = spark.read().parquet(output + "/" + OutputTable.TIMESERIES.directory())
        .filter("granularity = 'week' and scope = 'document' and slice_kind = 'all' and watchlist and "
            + "pair_articles > 0")
        .select("entity_a", "entity_b", "period_label", "pair_articles", "total_articles", "share", "share_low",
            "share_high", "spike").orderBy("entity_a", "entity_b", "period_label").collectAsList();
    for (String watched : DemoCommand.WATCHLIST) {
      String[] pair = watched.split(",");
      List<Row> rows = weeks.stream().filter(row -> row.getString(0).equals(pair[0])
          && row.getString(1).equals(pair[1])).toList();
      out.printf("%n%s – %s by ISO week, the weeks naming both (share of all articles that week, its 95%% "
          + "interval)%n", pair[0], pair[1]);
      if (rows.isEmpty()) {
        out.println("  (no article mentions both)");
        continue;
      }
      out.printf("  %-9s %6s %7s %7s %17s%n", "week", "both", "all", "share", "95% interval");
      List<Row> shown = rows.size() <= WEEKS ? rows : rows.stream()
          .sorted(Comparator.comparingLong((Row row) -> -row.getLong(3))).limit(WEEKS)
          .sorted(Comparator.comparing((Row row) -> row.getString(2))).toList();
      for (Row row : shown) {
        long all = row.getLong(4);
        out.printf("  %-9s %6d %7d %6.1f%% %7.1f%% – %5.1f%%%s%s%n", row.getString(2), row.getLong(3), all,
            100 * row.getDouble(5), 100 * row.getDouble(6), 100 * row.getDouble(7),
            all < ReportOptions.DEFAULT_MIN_VOLUME ? "  thin: fewer than " + ReportOptions.DEFAULT_MIN_VOLUME
                + " articles" : "", row.getBoolean(8) ? "  spike" : "");
      }
      if (shown.size() < rows.size()) {
        out.printf("  (the %d weeks with most articles naming both, of %d)%n", shown.size(), rows.size());
      }
    }
    out.printf("%nOutputs in %s (rows; the daily tables are partitioned by pub_month)%n", output);
    result.tableRows().forEach((table, rows) -> out.printf("  %-26s %,12d%n", table + "/", rows));
    out.println("  _run.json (the run's report and reconciliation)");
    out.println("  schema: docs/outputs.md; timeseries columns: docs/metrics.md");
    out.printf("%nCharts of the watchlist series: bin/paivand report --output %s%n", output);
    out.flush();
  }
}

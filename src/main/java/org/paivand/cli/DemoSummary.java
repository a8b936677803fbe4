package org.paivand.cli;

import org.paivand.output.OutputTable;
import org.paivand.spark.run.RunResult;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The summary {@code paivand demo} prints: the top pairs, the Iran–Russia and Armenia–Azerbaijan daily counts with
 * their share of the day's articles, the reconciliation and where the outputs are. Reads the published tables, so it
 * shows what a user reading the output would see.
 */
public final class DemoSummary {
  static final List<String[]> WATCHED = List.of(new String[] {"IR", "RU"}, new String[] {"AM", "AZ"});
  private static final int TOP = 10;

  private DemoSummary() {}

  public static void print(SparkSession spark, RunResult result, PrintWriter out) {
    String output = result.output();
    // the sample's daily tables are small: read once, summed here (one Spark job per table, not one per figure)
    List<Row> pairs = spark.read().parquet(output + "/" + OutputTable.PAIRS_DAILY.directory())
        .select("pub_date", "entity_a", "entity_b", "scope", "articles", "sentences").collectAsList();
    Map<String, Long> totals = new TreeMap<>();
    for (Row row : spark.read().parquet(output + "/" + OutputTable.TOTALS_DAILY.directory())
        .select("pub_date", "articles").collectAsList()) {
      totals.put(row.get(0).toString(), row.getLong(1));
    }

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

    for (String[] pair : WATCHED) {
      out.printf("%n%s – %s by publication day (share = document articles / all articles that day)%n", pair[0],
          pair[1]);
      Map<String, long[]> days = new TreeMap<>();
      for (Row row : pairs) {
        if (row.getString(1).equals(pair[0]) && row.getString(2).equals(pair[1])) {
          days.computeIfAbsent(row.get(0).toString(), day -> new long[2])[
              "sentence".equals(row.getString(3)) ? 1 : 0] += row.getLong(4);
        }
      }
      if (days.isEmpty()) {
        out.println("  (no article mentions both)");
      }
      out.printf("  %-12s %9s %9s %7s %8s%n", "day", "document", "sentence", "total", "share");
      days.forEach((day, counts) -> {
        long total = totals.getOrDefault(day, 0L);
        out.printf("  %-12s %9d %9d %7d %7.1f%%%n", day, counts[0], counts[1], total,
            total == 0 ? 0.0 : 100.0 * counts[0] / total);
      });
    }
    out.printf("%nOutputs in %s (rows; the daily tables are partitioned by pub_month)%n", output);
    result.tableRows().forEach((table, rows) -> out.printf("  %-26s %,12d%n", table + "/", rows));
    out.println("  _run.json (the run's report and reconciliation)");
    out.println("  schema: docs/outputs.md");
    out.flush();
  }
}

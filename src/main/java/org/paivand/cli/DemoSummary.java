package org.paivand.cli;

import org.paivand.output.OutputTable;
import org.paivand.spark.RunResult;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.sum;

import java.io.PrintWriter;
import java.util.List;
import org.apache.spark.sql.Dataset;
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
    Dataset<Row> pairs = spark.read().parquet(output + "/" + OutputTable.PAIRS_DAILY.directory());
    Dataset<Row> totals = spark.read().parquet(output + "/" + OutputTable.TOTALS_DAILY.directory());

    out.printf("%nrows read %,d = used %,d + rejected %,d %s + duplicate %,d%n", result.rowsRead(),
        result.rowsUsed(), result.rowsRejected(), result.rejectsByReason(), result.rowsDuplicate());
    out.printf("publication dates %s .. %s%n", result.firstDate(), result.lastDate());

    out.printf("%nTop %d pairs (articles mentioning both, all days)%n", TOP);
    out.printf("  %-24s %9s %9s %10s%n", "pair", "document", "sentence", "sentences");
    List<Row> top = pairs.groupBy(col("entity_a"), col("entity_b"))
        .pivot("scope", List.of("document", "sentence"))
        .agg(sum(col("articles")))
        .na().fill(0L)
        .orderBy(desc("document"), desc("sentence"), col("entity_a"), col("entity_b"))
        .limit(TOP).collectAsList();
    List<Row> sentenceTotals = pairs.filter(col("scope").equalTo("sentence"))
        .groupBy(col("entity_a"), col("entity_b")).agg(sum(col("sentences")).as("sentences")).collectAsList();
    for (Row row : top) {
      String a = row.getString(0);
      String b = row.getString(1);
      long sentences = sentenceTotals.stream()
          .filter(r -> r.getString(0).equals(a) && r.getString(1).equals(b))
          .mapToLong(r -> r.getLong(2)).findFirst().orElse(0);
      out.printf("  %-24s %9d %9d %10d%n", a + " – " + b, row.getLong(2), row.getLong(3), sentences);
    }

    for (String[] pair : WATCHED) {
      out.printf("%n%s – %s by publication day (share = document articles / all articles that day)%n", pair[0],
          pair[1]);
      List<Row> days = pairs.filter(col("entity_a").equalTo(pair[0]).and(col("entity_b").equalTo(pair[1])))
          .groupBy(col("pub_date")).pivot("scope", List.of("document", "sentence"))
          .agg(sum(col("articles")))
          .na().fill(0L)
          .join(totals.withColumnRenamed("articles", "total"), "pub_date")
          .orderBy(col("pub_date")).collectAsList();
      if (days.isEmpty()) {
        out.println("  (no article mentions both)");
      }
      out.printf("  %-12s %9s %9s %7s %8s%n", "day", "document", "sentence", "total", "share");
      for (Row day : days) {
        long document = day.getLong(1);
        long total = day.getLong(3);
        out.printf("  %-12s %9d %9d %7d %7.1f%%%n", day.get(0), document, day.getLong(2), total,
            100.0 * document / total);
      }
    }
    out.printf("%nOutputs in %s (rows; the daily tables are partitioned by pub_month)%n", output);
    result.tableRows().forEach((table, rows) -> out.printf("  %-26s %,12d%n", table + "/", rows));
    out.println("  _run.json (the run's report and reconciliation)");
    out.println("  schema: docs/outputs.md");
    out.flush();
  }
}

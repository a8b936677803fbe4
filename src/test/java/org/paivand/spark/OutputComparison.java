package org.paivand.spark;

import org.paivand.output.OutputPublisher;
import org.paivand.output.OutputTable;
import org.paivand.spark.job.SparkSessions;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Says whether two paivand outputs hold the same data: every table with the same schema and the same rows (compared
 * as multisets, so file layout, partitioning and row order do not matter), and {@code _run.json} with the same
 * reconciliation figures. {@code jobs/local-cluster/run-demo} runs {@link #main} to check that a run on a standalone
 * cluster equals a local run of the same input, and that the cluster run's report names its master and an
 * application id of the cluster.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/classpath.txt) org.paivand.spark.OutputComparison \
 *     --master spark://127.0.0.1:7077 LOCAL_OUTPUT CLUSTER_OUTPUT...
 * </pre>
 */
public final class OutputComparison {
  /** The tables of a default run; each must hold rows in the expected output, or the comparison proves nothing. */
  static final List<String> TABLES = java.util.stream.Stream.of(OutputTable.PAIRS_DAILY, OutputTable.ENTITIES_DAILY,
      OutputTable.TOTALS_DAILY, OutputTable.PAIRS_BY_SLICE, OutputTable.ENTITIES_BY_SLICE,
      OutputTable.TOTALS_BY_SLICE, OutputTable.MENTIONS, OutputTable.ARTICLES, OutputTable.REJECTS,
      OutputTable.DUPLICATES).map(OutputTable::directory).toList();
  /** The figures of {@code _run.json} that depend on the data only, not on where or when the run happened. */
  static final List<String> REPORT_FIGURES = List.of("rows_read", "rows_used", "rows_rejected", "rows_duplicate",
      "reconciled", "rejects_by_reason", "publication_dates", "table_rows", "duplicates");
  /** Standalone application ids: {@code app-} and the Master's start time, then a sequence number. */
  static final Pattern STANDALONE_APPLICATION_ID = Pattern.compile("app-\\d{14}-\\d{4,}");
  private static final int SHOWN_ROWS = 5;
  private static final String DIFFERENCE = "paivand_comparison_difference";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private OutputComparison() {}

  /** Exit code 0 when every actual output equals the expected one, 1 otherwise, with the differences printed. */
  public static void main(String[] args) {
    List<String> arguments = new ArrayList<>(Arrays.asList(args));
    String master = null;
    if (arguments.size() > 1 && arguments.get(0).equals("--master")) {
      master = arguments.get(1);
      arguments = arguments.subList(2, arguments.size());
    }
    if (arguments.size() < 2) {
      System.err.println("usage: OutputComparison [--master URL] EXPECTED_OUTPUT ACTUAL_OUTPUT...");
      System.exit(2);
    }
    SparkSession spark = SparkSessions.local("local[2]", Map.of("spark.sql.shuffle.partitions", "2"));
    int failures = 0;
    try {
      String expected = arguments.get(0);
      for (String actual : arguments.subList(1, arguments.size())) {
        List<String> differences = new ArrayList<>(tableDifferences(spark, expected, actual));
        differences.addAll(reportDifferences(spark, expected, actual, master));
        if (differences.isEmpty()) {
          System.out.println("equal: " + actual + " and " + expected + " (" + TABLES.size() + " tables, "
              + "_run.json figures" + (master == null ? "" : ", master " + master) + ")");
        } else {
          failures++;
          System.out.println("DIFFERENT: " + actual + " and " + expected);
          differences.forEach(difference -> System.out.println("  " + difference));
        }
      }
    } finally {
      spark.stop();
    }
    System.exit(failures == 0 ? 0 : 1);
  }

  /** One line per difference in schema or rows between the tables of two outputs; empty when equal. */
  static List<String> tableDifferences(SparkSession spark, String expected, String actual) {
    List<String> differences = new ArrayList<>();
    for (String table : TABLES) {
      boolean sliced = table.endsWith("_by_slice"); // written only when the corpus has a lang or source column
      if (sliced && !exists(spark, new Path(expected, table)) && !exists(spark, new Path(actual, table))) {
        continue;
      }
      Dataset<Row> want = spark.read().parquet(new Path(expected, table).toString());
      Dataset<Row> got = spark.read().parquet(new Path(actual, table).toString());
      if (want.isEmpty()) {
        differences.add(table + ": no rows in the expected output " + expected + ", so nothing is compared");
        continue;
      }
      if (!want.schema().equals(got.schema())) {
        differences.add(table + ": schema " + got.schema().simpleString() + ", expected "
            + want.schema().simpleString());
        continue;
      }
      // exceptAll keeps duplicates: nothing left either way means the same multiset of rows; one job per table
      Dataset<Row> unexpected = got.exceptAll(want).withColumn(DIFFERENCE, lit("unexpected row"));
      Dataset<Row> missing = want.exceptAll(got).withColumn(DIFFERENCE, lit("missing row"));
      for (Row row : unexpected.union(missing).limit(2 * SHOWN_ROWS).collectAsList()) {
        differences.add(table + ": " + row.getString(row.length() - 1) + " " + withoutLast(row));
      }
    }
    return differences;
  }

  /**
   * Differences between the data figures of two {@code _run.json}; with a master URL, also checks that the actual
   * report names that master and a standalone application id.
   */
  static List<String> reportDifferences(SparkSession spark, String expected, String actual, String master) {
    JsonNode want = readReport(spark, expected);
    JsonNode got = readReport(spark, actual);
    List<String> differences = new ArrayList<>();
    for (String figure : REPORT_FIGURES) {
      if (!want.path(figure).equals(got.path(figure))) {
        differences.add("_run.json " + figure + ": " + got.path(figure) + ", expected " + want.path(figure));
      }
    }
    if (master != null) {
      String recordedMaster = got.path("spark").path("master").asText();
      String applicationId = got.path("spark").path("application_id").asText();
      if (!recordedMaster.equals(master)) {
        differences.add("_run.json spark.master: " + recordedMaster + ", expected " + master);
      }
      if (!STANDALONE_APPLICATION_ID.matcher(applicationId).matches()) {
        differences.add("_run.json spark.application_id: '" + applicationId + "', expected app-<time>-<number>");
      }
    }
    return differences;
  }

  /** {@code [2020-10-06,AM,AZ,...]}: the row as {@link Row#toString} shows it, without the added last column. */
  private static String withoutLast(Row row) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < row.length() - 1; i++) {
      text.append(i == 0 ? "" : ",").append(row.get(i));
    }
    return text.append(']').toString();
  }

  private static boolean exists(SparkSession spark, Path path) {
    try {
      return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look at " + path, e);
    }
  }

  static JsonNode readReport(SparkSession spark, String output) {
    Path report = new Path(output, OutputPublisher.RUN_REPORT);
    try (InputStream in = report.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(report)) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + report, e);
    }
  }
}

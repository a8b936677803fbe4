package org.paivand.sizing;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.paivand.spark.job.SparkSessions;

/**
 * Makes a large corpus from a small one for sizing measurements ({@code jobs/sizing/measure}): every row repeated
 * {@code copies} times, the copy number appended to its id ({@code 8307080370~17}) so that copies are distinct
 * articles to the job, while texts and dates stay as they are. A duplicate id in the source stays one duplicate per
 * copy, so the run reconciles the same way. The rows are shuffled over {@code files} Parquet files, as a corpus
 * written by many importers would be.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/classpath.txt) org.paivand.sizing.ReplicateCorpus \
 *     COPIES FILES OUTPUT INPUT...
 * </pre>
 */
public final class ReplicateCorpus {
  static final String COPY_SEPARATOR = "~";

  private ReplicateCorpus() {}

  public static void main(String[] args) {
    if (args.length < 4) {
      System.err.println("usage: ReplicateCorpus COPIES FILES OUTPUT INPUT...");
      System.exit(2);
    }
    SparkSession spark = SparkSessions.local("local[*]", Map.of("spark.sql.shuffle.partitions", args[1]));
    try {
      Dataset<Row> corpus = spark.read().option("mergeSchema", "true")
          .parquet(Arrays.copyOfRange(args, 3, args.length));
      long rows = replicate(corpus, Integer.parseInt(args[0]), Integer.parseInt(args[1]), args[2]);
      System.out.println("wrote " + rows + " rows to " + args[2]);
    } finally {
      spark.stop();
    }
  }

  /** Writes the copies to {@code output} and returns the number of rows written. */
  static long replicate(Dataset<Row> corpus, int copies, int files, String output) {
    SparkSession spark = corpus.sparkSession();
    Dataset<Row> copyNumbers = spark.range(copies).toDF("copy");
    List<String> columns = Arrays.asList(corpus.columns());
    Dataset<Row> replicated = corpus.crossJoin(copyNumbers)
        .withColumn("id", concat(col("id"), lit(COPY_SEPARATOR), col("copy").cast("string")))
        .drop("copy")
        .selectExpr(columns.stream().map(name -> "`" + name + "`").toArray(String[]::new))
        .repartition(files);
    replicated.write().mode(SaveMode.Overwrite).parquet(output);
    return spark.read().parquet(output).count();
  }
}

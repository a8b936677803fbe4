package org.paivand.spark;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/** Deliveries under a nightly root, and the comparison of a nightly output with a full run's. */
final class NightlyFixtures {
  private NightlyFixtures() {}

  /** Writes (id, text, published) rows as the delivery {@code ingest_date=day} under {@code root}, replacing it. */
  static void deliver(Path root, String day, Object[]... rows) {
    CorpusFixtures.write(root.resolve("ingest_date=" + day), DataTypes.StringType, List.of(rows));
  }

  /**
   * One line per row that differs between a table of the full run and of the nightly output, compared as multisets;
   * partition columns a full run does not have ({@code pub_month} of per-article tables, {@code ingest_date} of
   * rejects) are left out.
   */
  static List<String> differences(Path full, Path nightly) {
    List<String> differences = new ArrayList<>();
    for (String table : OutputComparison.TABLES) {
      Dataset<Row> want = SharedSpark.session().read().parquet(full.resolve(table).toString());
      if (!java.nio.file.Files.exists(nightly.resolve(table))) {
        // a nightly table appears with its first row (no partition, no schema to read before it)
        want.collectAsList().forEach(row -> differences.add(table + ": missing table, expected " + row));
        continue;
      }
      Dataset<Row> got = SharedSpark.session().read().parquet(nightly.resolve(table).toString());
      got = got.select(Arrays.stream(want.columns()).map(name -> col(name)).toArray(org.apache.spark.sql.Column[]::new));
      if (!want.schema().equals(got.schema())) {
        differences.add(table + ": schema " + got.schema().simpleString() + " vs " + want.schema().simpleString());
        continue;
      }
      got.exceptAll(want).collectAsList().forEach(row -> differences.add(table + ": unexpected " + row));
      want.exceptAll(got).collectAsList().forEach(row -> differences.add(table + ": missing " + row));
    }
    return differences;
  }
}

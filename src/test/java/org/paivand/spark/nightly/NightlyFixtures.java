package org.paivand.spark.nightly;

import org.paivand.spark.CorpusFixtures;
import org.paivand.spark.SharedSpark;
import org.paivand.output.OutputTable;
import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/** Deliveries under a nightly root, and the comparison of a nightly output with a full run's. */
public final class NightlyFixtures {
  private NightlyFixtures() {}

  /** Writes (id, text, published) rows as the delivery {@code ingest_date=day} under {@code root}, replacing it. */
  static void deliver(Path root, String day, Object[]... rows) {
    CorpusFixtures.write(root.resolve("ingest_date=" + day), DataTypes.StringType, List.of(rows));
  }

  /**
   * What a nightly output holds of a full run's tables: the daily tables and their slices, the per-article tables,
   * rejects, {@code timeseries}, {@code itemsets} and {@code itemset_rules}; not {@code duplicates} (see
   * {@code docs/operations.md}).
   */
  static final List<String> TABLES = List.of(OutputTable.PAIRS_DAILY.directory(), OutputTable.ENTITIES_DAILY.directory(),
      OutputTable.TOTALS_DAILY.directory(), OutputTable.PAIRS_BY_SLICE.directory(), OutputTable.ENTITIES_BY_SLICE.directory(), OutputTable.TOTALS_BY_SLICE.directory(),
      OutputTable.TIMESERIES.directory(), OutputTable.MENTIONS.directory(), OutputTable.ARTICLES.directory(), OutputTable.REJECTS.directory(),
      OutputTable.ITEMSETS.directory(), OutputTable.ITEMSET_RULES.directory());

  /** Writes (id, text, published, lang, source) rows as the delivery {@code ingest_date=day} under {@code root}. */
  static void deliverSliced(Path root, String day, Object[]... rows) {
    CorpusFixtures.write(root.resolve("ingest_date=" + day), new org.apache.spark.sql.types.StructType()
        .add("id", DataTypes.StringType).add("text", DataTypes.StringType).add("published", DataTypes.StringType)
        .add("lang", DataTypes.StringType).add("source", DataTypes.StringType), List.of(rows));
  }

  /**
   * One line per row that differs between a table of the full run and of the nightly output, compared as multisets;
   * partition columns a full run does not have ({@code pub_month} of per-article tables, {@code ingest_date} of
   * rejects) are left out.
   */
  static List<String> differences(Path full, Path nightly) {
    List<String> differences = new ArrayList<>();
    for (String table : TABLES) {
      if (!java.nio.file.Files.exists(full.resolve(table))) {
        if (java.nio.file.Files.exists(nightly.resolve(table))) {
          differences.add(table + ": a table the full run does not write");
        }
        continue;
      }
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

package org.paivand.spark.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_arrays;
import static org.apache.spark.sql.functions.transform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.paivand.spark.extract.CompactArticles;

/**
 * The nightly state's article rows ({@code _nightly/articles_state/ingest_date=D/}, format 2): the compact rows of
 * every delivery processed ({@link CompactArticles#stateSchema()}), with entity ids where a run has gazetteer indexes.
 * Ids, because a later release or a changed gazetteer numbers entities differently: a night maps the ids of the rows
 * it counts to its own dictionary ({@link #forCounting}), and the counting step is then the run's.
 */
final class StateRows {
  private StateRows() {}

  /** A run's compact rows as state rows: entity indexes of {@code dictionary} turned into ids. */
  static Dataset<Row> fromCompact(Dataset<Row> compact, String[] dictionary) {
    List<Column> columns = new ArrayList<>();
    for (StructField field : CompactArticles.stateSchema().fields()) {
      columns.add(field.name().equals(CompactArticles.ENTITIES)
          ? transform(col(CompactArticles.ENTITIES), index -> element_at(lit(dictionary), index.plus(1)))
              .as(CompactArticles.ENTITIES)
          : col(field.name()));
    }
    return compact.select(columns.toArray(Column[]::new));
  }

  /** The state rows under {@code path} (no rows when there is none). */
  static Dataset<Row> read(SparkSession spark, FileSystem fileSystem, Path path) throws IOException {
    if (!fileSystem.exists(path)) {
      return spark.createDataFrame(List.of(), CompactArticles.stateSchema());
    }
    // the schema names ingest_date a string, so partition discovery does not turn it into a date
    return spark.read().schema(CompactArticles.stateSchema()).parquet(path.toString());
  }

  /** The ids the rows' entities use, sorted: the dictionary of one night's counting. */
  static String[] dictionary(Dataset<Row> rows) {
    String[] ids = rows.select(explode(col(CompactArticles.ENTITIES)).as("entity")).distinct()
        .as(Encoders.STRING()).collectAsList().toArray(String[]::new);
    Arrays.sort(ids);
    return ids;
  }

  /** The rows with their entity ids turned into indexes of {@code dictionary}, as the counting step takes them. */
  static Dataset<Row> forCounting(Dataset<Row> rows, String[] dictionary) {
    int[] indexes = new int[dictionary.length];
    Arrays.setAll(indexes, i -> i);
    Column index = map_from_arrays(lit(dictionary), lit(indexes));
    return rows.withColumn(CompactArticles.ENTITIES,
        transform(col(CompactArticles.ENTITIES), id -> element_at(index, id)));
  }

  /** The schema of state rows as Parquet stores them: ingest_date is the partition directory. */
  static StructType fileSchema() {
    return CompactArticles.stateSchema();
  }
}

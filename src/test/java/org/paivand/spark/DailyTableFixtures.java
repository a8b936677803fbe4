package org.paivand.spark;

import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Writes the three daily tables of an output directly, with the columns a run writes, for the series tests. */
public final class DailyTableFixtures {
  public static final StructType TOTALS = new StructType()
      .add("pub_date", DataTypes.DateType).add("articles", DataTypes.LongType);
  public static final StructType ENTITIES = new StructType()
      .add("pub_date", DataTypes.DateType).add("entity", DataTypes.StringType)
      .add("articles", DataTypes.LongType).add("mentions", DataTypes.LongType);
  public static final StructType PAIRS = new StructType()
      .add("pub_date", DataTypes.DateType).add("entity_a", DataTypes.StringType)
      .add("entity_b", DataTypes.StringType).add("scope", DataTypes.StringType)
      .add("articles", DataTypes.LongType).add("sentences", DataTypes.LongType);

  private DailyTableFixtures() {}

  public static Row total(String day, long articles) {
    return RowFactory.create(Date.valueOf(day), articles);
  }

  public static Row entity(String day, String entity, long articles) {
    return RowFactory.create(Date.valueOf(day), entity, articles, articles);
  }

  public static Row document(String day, String a, String b, long articles) {
    return RowFactory.create(Date.valueOf(day), a, b, "document", articles, null);
  }

  public static Row sentence(String day, String a, String b, long articles, long sentences) {
    return RowFactory.create(Date.valueOf(day), a, b, "sentence", articles, sentences);
  }

  /** Writes the tables under {@code output} with a {@code _run.json}; returns the directory. */
  public static String write(Path output, List<Row> totals, List<Row> entities, List<Row> pairs) {
    String root = output.toUri().toString();
    write(root + "/totals_daily", totals, TOTALS);
    write(root + "/entities_daily", entities, ENTITIES);
    write(root + "/pairs_daily", pairs, PAIRS);
    try {
      java.nio.file.Files.writeString(output.resolve("_run.json"), "{}");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return output.toString();
  }

  private static void write(String path, List<Row> rows, StructType schema) {
    SharedSpark.session().createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(path);
  }
}

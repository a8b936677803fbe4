package org.paivand.spark;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Small Parquet corpora written by the shared session, for the Spark tests. */
public final class CorpusFixtures {
  private CorpusFixtures() {}

  /** Writes rows of (id, text, published) with {@code published} of the given type; returns the directory. */
  public static String write(Path directory, DataType dateType, List<Object[]> rows) {
    StructType schema = new StructType()
        .add("id", DataTypes.StringType)
        .add("text", DataTypes.StringType)
        .add("published", dateType);
    List<Row> data = rows.stream().map(RowFactory::create).toList();
    String path = directory.toUri().toString();
    SharedSpark.session().createDataFrame(data, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(path);
    return path;
  }

  /** Writes rows with any schema as one Parquet file under {@code directory}; returns the directory. */
  public static String write(Path directory, StructType schema, List<Object[]> rows) {
    List<Row> data = rows.stream().map(RowFactory::create).toList();
    String path = directory.toUri().toString();
    SharedSpark.session().createDataFrame(data, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(path);
    return path;
  }

  /** The one data file Spark wrote into {@code directory}. */
  public static Path dataFile(Path directory) throws java.io.IOException {
    try (var files = java.nio.file.Files.list(directory)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
  }

  public static String text(String resource) {
    try (var in = CorpusFixtures.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("test resource missing: " + resource, e);
    }
  }
}

package org.paivand.bench;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode_outer;
import static org.apache.spark.sql.functions.instr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.paivand.gazetteer.Alias;
import org.paivand.gazetteer.EntityType;
import org.paivand.gazetteer.Gazetteer;

/**
 * The baseline people write first, in Spark SQL and in DuckDB: document-scope country pairs per publication-date value
 * by one substring test per alias ({@code instr} / {@code contains} on the lower-cased text) of every country in the
 * standard gazetteer. No normalization, no word boundaries, no date parsing (it groups by the raw {@code published}
 * string): it is wrong in all the ways paivand is careful about, and it is here only for its cost.
 */
final class NaiveQueries {
  private final Map<String, List<String>> aliasesByCountry = new TreeMap<>();

  NaiveQueries(Gazetteer gazetteer) {
    for (Alias alias : gazetteer.aliases()) {
      if (!alias.isBlock() && gazetteer.entity(alias.entity()).type() == EntityType.COUNTRY) {
        aliasesByCountry.computeIfAbsent(gazetteer.id(alias.entity()), id -> new ArrayList<>()).add(alias.text());
      }
    }
  }

  int countries() {
    return aliasesByCountry.size();
  }

  int aliases() {
    return aliasesByCountry.values().stream().mapToInt(List::size).sum();
  }

  /** Runs the Spark SQL baseline over {@code files} and writes its result to {@code output}; returns pair rows. */
  long runSpark(SparkSession spark, List<String> files, String output) {
    // Written so that Spark lowers each text once, not once per alias: the lower-cased text gets its own projection
    // (CollapseProject keeps a costly expression used 800 times apart), and explode_outer, because the filter that
    // Spark infers for a plain explode (size(countries) > 0) is pushed below that projection with every instr and
    // lower inlined into it (measured: 20,000 articles ran over 10 minutes, all in UTF8String.toLowerCase).
    Column text = col("t");
    List<Column> found = new ArrayList<>();
    aliasesByCountry.forEach((country, aliases) -> {
      Column any = null;
      for (String alias : aliases) {
        Column test = instr(text, alias).gt(0);
        any = any == null ? test : any.or(test);
      }
      found.add(when(any, lit(country)));
    });
    Dataset<Row> countries = spark.read().parquet(files.toArray(String[]::new))
        .select(col("id"), col("published"), lower(col("text")).as("t"))
        .select(col("id"), col("published"), array_compact(array(found.toArray(Column[]::new))).as("countries"));
    Dataset<Row> pairs = countries
        .select(col("published"), col("countries"), explode_outer(col("countries")).as("a"))
        .select(col("published"), col("a"), explode_outer(col("countries")).as("b"))
        .filter(col("a").lt(col("b")))
        .groupBy(col("published"), col("a"), col("b"))
        .agg(count(lit(1)).as("articles"));
    pairs.write().mode(SaveMode.Overwrite).parquet(output);
    return spark.read().parquet(output).count();
  }

  /** The same query in DuckDB SQL over the same Parquet files, written to {@code output} as Parquet. */
  String duckDbSql(List<String> files, String output) {
    StringBuilder list = new StringBuilder("[");
    aliasesByCountry.forEach((country, aliases) -> {
      if (list.length() > 1) {
        list.append(",\n");
      }
      list.append("CASE WHEN ");
      for (int i = 0; i < aliases.size(); i++) {
        list.append(i == 0 ? "" : " OR ").append("contains(t, ").append(quote(aliases.get(i))).append(')');
      }
      list.append(" THEN ").append(quote(country)).append(" END");
    });
    list.append(']');
    return "COPY (WITH m AS (SELECT id, published, list_filter(" + list + ", lambda x: x IS NOT NULL) AS cs"
        + " FROM (SELECT id, published, lower(text) AS t FROM read_parquet(" + fileList(files) + "))),"
        + " e AS (SELECT id, published, unnest(cs) AS c FROM m)"
        + " SELECT x.published, x.c AS a, y.c AS b, count(*) AS articles"
        + " FROM e x JOIN e y ON x.id = y.id AND x.c < y.c GROUP BY ALL)"
        + " TO " + quote(output) + " (FORMAT parquet)";
  }

  static String fileList(List<String> files) {
    StringBuilder list = new StringBuilder("[");
    for (String file : files) {
      list.append(list.length() > 1 ? ", " : "").append(quote(file));
    }
    return list.append(']').toString();
  }

  static String quote(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}

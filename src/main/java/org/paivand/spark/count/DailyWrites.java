package org.paivand.spark.count;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.paivand.output.OutputTable;
import org.paivand.output.TableWriter;

/**
 * Writes the daily tables counted by {@link CountDaily}, one Spark job each, and reads the run's used-article figures
 * off the {@code totals_daily} write: articles counted and the first and last publication day.
 */
public final class DailyWrites {
  private DailyWrites() {}

  /**
   * What the daily tables hold.
   *
   * @param used articles counted (the sum of {@code totals_daily.articles})
   * @param first first publication day, or null without articles
   * @param last last publication day, or null
   */
  public record Totals(long used, LocalDate first, LocalDate last) {}

  /**
   * Writes the corpus' daily tables, and the sliced ones when {@code sliced}, each where {@code path} says; puts the
   * rows written per table into {@code tableRows} and the schema of each (with {@code pub_month}) into
   * {@code schemas}.
   */
  public static Totals write(Dataset<Row> daily, boolean sliced, Function<OutputTable, Path> path,
      Map<String, Long> tableRows, Map<OutputTable, StructType> schemas) {
    Totals totals = null;
    for (OutputTable table : OutputTable.DAILY) {
      if (table.sliced() && !sliced) {
        continue;
      }
      Dataset<Row> rows = CountDaily.table(daily, table);
      schemas.put(table, rows.schema().add(OutputTable.PUB_MONTH, org.apache.spark.sql.types.DataTypes.StringType));
      if (table == OutputTable.TOTALS_DAILY) {
        TableWriter.Written written = TableWriter.write(rows, table, path.apply(table),
            sum(col("articles")).as("used"), min(col(OutputTable.PUB_DATE)).as("first"),
            max(col(OutputTable.PUB_DATE)).as("last"));
        totals = new Totals(written.count("used"), day(written.figure("first")), day(written.figure("last")));
        tableRows.put(table.directory(), written.rows());
      } else {
        tableRows.put(table.directory(), TableWriter.write(rows, table, path.apply(table)).rows());
      }
    }
    return totals;
  }

  /** The tables {@link #write} writes. */
  public static List<OutputTable> tables(boolean sliced) {
    return OutputTable.DAILY.stream().filter(table -> sliced || !table.sliced()).toList();
  }

  private static LocalDate day(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
  }
}

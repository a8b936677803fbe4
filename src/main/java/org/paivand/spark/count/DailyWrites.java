package org.paivand.spark.count;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.paivand.output.OutputTable;
import org.paivand.output.TemporaryFiles;

/**
 * Writes the daily tables of the counted articles ({@link CountDaily}, one Spark job) where a run or a night stages
 * them, and reads the figures off what the tasks wrote: rows per table, and from {@code totals_daily} the articles
 * counted and the first and last publication day.
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
   * Counts and writes the corpus' daily tables, and the sliced ones when there are {@code sliceKinds}, each where
   * {@code path} says; puts the rows written per table into {@code tableRows} and the schema of each (with
   * {@code pub_month}) into {@code schemas}.
   */
  public static Totals write(Dataset<Row> counted, String[] dictionary, List<String> sliceKinds,
      Function<OutputTable, Path> path, Map<String, Long> tableRows, Map<OutputTable, StructType> schemas) {
    Map<String, String> directories = new LinkedHashMap<>();
    FileSystem fileSystem = null;
    for (OutputTable table : tables(!sliceKinds.isEmpty())) {
      Path directory = path.apply(table);
      directories.put(table.directory(), directory.toString());
      schemas.put(table, DailyFiles.sparkSchema(table));
      try {
        fileSystem = directory.getFileSystem(counted.sparkSession().sparkContext().hadoopConfiguration());
        fileSystem.mkdirs(directory); // a table without rows is still there, empty
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create " + directory, e);
      }
      tableRows.put(table.directory(), 0L);
    }
    long used = 0;
    Integer first = null;
    Integer last = null;
    for (Row written : CountDaily.countAndWrite(counted, dictionary, sliceKinds, directories)) {
      String table = written.getString(0);
      tableRows.merge(table, written.getLong(1), Long::sum);
      if (table.equals(OutputTable.TOTALS_DAILY.directory()) && !written.isNullAt(3)) {
        used += written.getLong(2);
        first = first == null ? written.getInt(3) : Math.min(first, written.getInt(3));
        last = last == null ? written.getInt(4) : Math.max(last, written.getInt(4));
      }
    }
    directories.values().forEach(directory -> TemporaryFiles.deleteUnder(new Path(directory),
        counted.sparkSession().sparkContext().hadoopConfiguration()));
    return new Totals(used, first == null ? null : LocalDate.ofEpochDay(first),
        last == null ? null : LocalDate.ofEpochDay(last));
  }

  /** The tables {@link #write} writes. */
  public static List<OutputTable> tables(boolean sliced) {
    return OutputTable.DAILY.stream().filter(table -> sliced || !table.sliced()).toList();
  }
}

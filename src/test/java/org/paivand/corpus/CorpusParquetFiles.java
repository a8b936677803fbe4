package org.paivand.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;

/** Test helper: reads a corpus Parquet file back with parquet-hadoop's example API, independent of the writer. */
public final class CorpusParquetFiles {
  private CorpusParquetFiles() {}

  /** Every row of the file, in order; a missing optional value becomes {@code null}. */
  public static List<CorpusRecord> readAll(Path file) throws IOException {
    List<CorpusRecord> records = new ArrayList<>();
    try (ParquetReader<Group> reader =
        ParquetReader.builder(new GroupReadSupport(), file).withConf(new Configuration()).build()) {
      for (Group row = reader.read(); row != null; row = reader.read()) {
        Map<String, String> values = new HashMap<>();
        for (String column : CorpusSchema.COLUMNS) {
          if (row.getFieldRepetitionCount(column) > 0) {
            values.put(column, row.getString(column, 0));
          }
        }
        records.add(CorpusRecord.fromColumns(values));
      }
    }
    return records;
  }

  /** All records of a reader, in order; closes the reader. */
  public static List<CorpusRecord> readAll(CorpusReader reader) throws IOException {
    List<CorpusRecord> records = new ArrayList<>();
    try (reader) {
      for (CorpusRecord record = reader.next(); record != null; record = reader.next()) {
        records.add(record);
      }
    }
    return records;
  }
}

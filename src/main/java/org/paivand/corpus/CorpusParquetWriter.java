package org.paivand.corpus;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.paivand.output.GroupFileWriter;

/**
 * Writes corpus records to one Parquet file of {@link CorpusSchema}, SNAPPY-compressed, readable by Spark, through a
 * {@link GroupFileWriter} (hidden temporary file, committed by rename; see there). The writer has a file system
 * instance of its own with the local file system's {@code .crc} side files switched off; the local file system's
 * rename also removes a stale {@code .crc} of a replaced file.
 *
 * <p>Use: {@code try (writer = CorpusParquetWriter.create(path, conf)) { writer.write(...); writer.commit(); }}
 */
public final class CorpusParquetWriter implements AutoCloseable {
  static final CompressionCodecName COMPRESSION = GroupFileWriter.COMPRESSION;
  /**
   * Spark and DuckDB split a Parquet file between row groups only, so a file of one 128 MB group (Parquet's default)
   * is read and analysed by one task on one core: with 4 MB groups a 70 MB file of 100,000 articles gives every core
   * work (measured: a 20,000-article file of one group ran the naive baseline on one of two cores).
   */
  public static final long ROW_GROUP_BYTES = 4L << 20;

  private final FileSystem fileSystem;
  private final GroupFileWriter writer;

  private CorpusParquetWriter(FileSystem fileSystem, GroupFileWriter writer) {
    this.fileSystem = fileSystem;
    this.writer = writer;
  }

  /** Opens a writer whose rows become {@code file} on {@link #commit()}; the parent directory is created. */
  public static CorpusParquetWriter create(Path file, Configuration configuration) throws IOException {
    FileSystem fileSystem = FileSystem.newInstance(file.toUri(), configuration);
    fileSystem.setWriteChecksum(false);
    try {
      return new CorpusParquetWriter(fileSystem,
          GroupFileWriter.create(fileSystem, file, CorpusSchema.MESSAGE_TYPE, ROW_GROUP_BYTES));
    } catch (IOException | RuntimeException e) {
      fileSystem.close();
      throw e;
    }
  }

  /** Appends one row. */
  public void write(CorpusRecord record) throws IOException {
    Group row = writer.newRow();
    for (String column : CorpusSchema.COLUMNS) {
      String value = record.valueOf(column);
      if (value != null) {
        row.append(column, value);
      }
    }
    writer.write(row);
  }

  /** The rows written so far. */
  public long recordsWritten() {
    return writer.rowsWritten();
  }

  /** The fully qualified final path. */
  public Path path() {
    return writer.path();
  }

  /** Finishes the file and moves it to its final name, replacing an earlier file of that name. */
  public void commit() throws IOException {
    try {
      writer.commit();
    } finally {
      fileSystem.close();
    }
  }

  /** Without a commit: abandons the rows and deletes the temporary file. After a commit: does nothing. */
  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      fileSystem.close();
    }
  }
}

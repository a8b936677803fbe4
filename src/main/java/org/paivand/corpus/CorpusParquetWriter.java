package org.paivand.corpus;

import java.io.IOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Writes corpus records to one Parquet file of {@link CorpusSchema}, SNAPPY-compressed, readable by Spark.
 *
 * <ul>
 *   <li>Rows go to a hidden temporary file in the same directory ({@code .<name>.<random>.tmp}; Spark skips names
 *       starting with a dot). {@link #commit()} renames it to the final name; {@link #close()} without a commit
 *       deletes it. So a failed import never leaves a half-written file under the final name, and an earlier file
 *       of that name stays as it was until the new one is complete.
 *   <li>The rename replaces an existing file in one step where the file system can (POSIX local disks). Where rename
 *       refuses to replace (HDFS), the old file is deleted just before the rename: for a moment there is no file,
 *       but never a half one.
 *   <li>A {@code null} value is written as a missing optional value (a Parquet null).
 *   <li>No {@code .crc} side files: the writer uses its own file system instance with checksum writing off; the
 *       local file system's rename also removes a stale {@code .crc} of the replaced file.
 * </ul>
 *
 * <p>Use: {@code try (writer = CorpusParquetWriter.create(path, conf)) { writer.write(...); writer.commit(); }}
 */
public final class CorpusParquetWriter implements AutoCloseable {
  static final CompressionCodecName COMPRESSION = CompressionCodecName.SNAPPY;
  static final String TEMPORARY_PREFIX = ".";
  static final String TEMPORARY_SUFFIX = ".tmp";
  /**
   * Spark and DuckDB split a Parquet file between row groups only, so a file of one 128 MB group (Parquet's default)
   * is read and analysed by one task on one core: with 4 MB groups a 70 MB file of 100,000 articles gives every core
   * work (measured: a 20,000-article file of one group ran the naive baseline on one of two cores).
   */
  public static final long ROW_GROUP_BYTES = 4L << 20;

  private final FileSystem fileSystem;
  private final Path finalPath;
  private final Path temporaryPath;
  private final ParquetWriter<Group> writer;
  private final SimpleGroupFactory groups = new SimpleGroupFactory(CorpusSchema.MESSAGE_TYPE);
  private long recordsWritten;
  private boolean finished;

  private CorpusParquetWriter(FileSystem fileSystem, Path finalPath, Path temporaryPath) throws IOException {
    this.fileSystem = fileSystem;
    this.finalPath = finalPath;
    this.temporaryPath = temporaryPath;
    this.writer =
        ExampleParquetWriter.builder(new FileSystemOutputFile(fileSystem, temporaryPath))
            .withType(CorpusSchema.MESSAGE_TYPE)
            .withCompressionCodec(COMPRESSION)
            .withRowGroupSize(ROW_GROUP_BYTES)
            .withWriteMode(ParquetFileWriter.Mode.CREATE)
            .withConf(fileSystem.getConf())
            .build();
  }

  /** Opens a writer whose rows become {@code file} on {@link #commit()}; the parent directory is created. */
  public static CorpusParquetWriter create(Path file, Configuration configuration) throws IOException {
    FileSystem fileSystem = FileSystem.newInstance(file.toUri(), configuration);
    fileSystem.setWriteChecksum(false);
    Path qualified = fileSystem.makeQualified(file);
    Path temporary =
        new Path(qualified.getParent(), TEMPORARY_PREFIX + qualified.getName() + "." + UUID.randomUUID()
            + TEMPORARY_SUFFIX);
    try {
      return new CorpusParquetWriter(fileSystem, qualified, temporary);
    } catch (IOException | RuntimeException e) {
      fileSystem.close();
      throw e;
    }
  }

  /** Appends one row. */
  public void write(CorpusRecord record) throws IOException {
    Group row = groups.newGroup();
    for (String column : CorpusSchema.COLUMNS) {
      String value = record.valueOf(column);
      if (value != null) {
        row.append(column, value);
      }
    }
    writer.write(row);
    recordsWritten++;
  }

  /** The rows written so far. */
  public long recordsWritten() {
    return recordsWritten;
  }

  /** The fully qualified final path. */
  public Path path() {
    return finalPath;
  }

  /** Finishes the file and moves it to its final name, replacing an earlier file of that name. */
  public void commit() throws IOException {
    if (finished) {
      throw new IllegalStateException("already committed or closed: " + finalPath);
    }
    finished = true;
    try {
      writer.close();
      if (!fileSystem.rename(temporaryPath, finalPath)) {
        replaceByDeleteThenRename();
      }
    } catch (IOException | RuntimeException e) {
      deleteTemporary(e);
      throw e;
    } finally {
      fileSystem.close();
    }
  }

  /** Without a commit: abandons the rows and deletes the temporary file. After a commit: does nothing. */
  @Override
  public void close() throws IOException {
    if (finished) {
      return;
    }
    finished = true;
    try {
      writer.close();
    } catch (IOException | RuntimeException e) {
      // the rows are being abandoned; a failure to finish them does not matter
    } finally {
      try {
        fileSystem.delete(temporaryPath, false);
      } finally {
        fileSystem.close();
      }
    }
  }

  private void replaceByDeleteThenRename() throws IOException {
    if (fileSystem.exists(finalPath) && fileSystem.getFileStatus(finalPath).isFile()) {
      fileSystem.delete(finalPath, false);
      if (fileSystem.rename(temporaryPath, finalPath)) {
        return;
      }
    }
    throw new IOException("could not rename " + temporaryPath + " to " + finalPath);
  }

  private void deleteTemporary(Exception failure) {
    try {
      fileSystem.delete(temporaryPath, false);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}

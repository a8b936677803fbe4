package org.paivand.output;

import java.io.IOException;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;

/**
 * One Parquet file written with parquet-hadoop, SNAPPY-compressed, readable by Spark and DuckDB, that appears under
 * its final name only when complete:
 *
 * <ul>
 *   <li>Rows go to a hidden temporary file in the same directory ({@code .<name>.<random>.tmp}; Spark and paivand
 *       skip names starting with a dot). {@link #commit()} renames it to the final name; {@link #close()} without a
 *       commit deletes it. A failed writer never leaves a half-written file under the final name, and an earlier file
 *       of that name (a failed attempt's, a re-import's) stays as it was until the new one is complete.
 *   <li>The rename replaces an existing file in one step where the file system can (POSIX local disks). Where rename
 *       refuses to replace (HDFS), the old file is deleted just before the rename: for a moment there is no file,
 *       but never a half one.
 *   <li>A {@code null} value is a missing optional value (a Parquet null).
 * </ul>
 *
 * <p>The corpus importer and the daily tables of a run write through it.
 */
public final class GroupFileWriter implements AutoCloseable {
  public static final CompressionCodecName COMPRESSION = CompressionCodecName.SNAPPY;
  static final String TEMPORARY_PREFIX = ".";
  static final String TEMPORARY_SUFFIX = ".tmp";

  private final FileSystem fileSystem;
  private final Path finalPath;
  private final Path temporaryPath;
  private final ParquetWriter<Group> writer;
  private final SimpleGroupFactory groups;
  private long rowsWritten;
  private boolean finished;

  private GroupFileWriter(FileSystem fileSystem, Path finalPath, MessageType schema, long rowGroupBytes)
      throws IOException {
    this.fileSystem = fileSystem;
    this.finalPath = finalPath;
    this.temporaryPath = new Path(finalPath.getParent(), TEMPORARY_PREFIX + finalPath.getName() + "."
        + UUID.randomUUID() + TEMPORARY_SUFFIX);
    this.groups = new SimpleGroupFactory(schema);
    this.writer = ExampleParquetWriter.builder(new FileSystemOutputFile(fileSystem, temporaryPath))
        .withType(schema)
        .withCompressionCodec(COMPRESSION)
        .withRowGroupSize(rowGroupBytes)
        .withWriteMode(ParquetFileWriter.Mode.CREATE)
        .withConf(fileSystem.getConf())
        .build();
  }

  /**
   * Opens a writer whose rows become {@code file} (qualified on {@code fileSystem}) on {@link #commit()}; the parent
   * directory is created.
   */
  public static GroupFileWriter create(FileSystem fileSystem, Path file, MessageType schema, long rowGroupBytes)
      throws IOException {
    return new GroupFileWriter(fileSystem, fileSystem.makeQualified(file), schema, rowGroupBytes);
  }

  /** A new, empty row of this file's schema, to fill and {@link #write}. */
  public Group newRow() {
    return groups.newGroup();
  }

  public void write(Group row) throws IOException {
    writer.write(row);
    rowsWritten++;
  }

  public long rowsWritten() {
    return rowsWritten;
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
      fileSystem.delete(temporaryPath, false);
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

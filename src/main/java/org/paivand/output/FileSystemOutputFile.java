package org.paivand.output;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.util.HadoopStreams;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * A Parquet {@link OutputFile} on a given {@link FileSystem} instance. parquet-hadoop's own {@code HadoopOutputFile}
 * always takes the shared, cached instance for the path; {@link GroupFileWriter} writes through the instance it is
 * given (the corpus importer's own, with the local file system's {@code .crc} side files switched off).
 */
public final class FileSystemOutputFile implements OutputFile {
  private final FileSystem fileSystem;
  private final Path path;

  public FileSystemOutputFile(FileSystem fileSystem, Path path) {
    this.fileSystem = fileSystem;
    this.path = path;
  }

  @Override
  public PositionOutputStream create(long blockSizeHint) throws IOException {
    return HadoopStreams.wrap(fileSystem.create(path, false));
  }

  @Override
  public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
    return HadoopStreams.wrap(fileSystem.create(path, true));
  }

  @Override
  public boolean supportsBlockSize() {
    return false;
  }

  @Override
  public long defaultBlockSize() {
    return fileSystem.getDefaultBlockSize(path);
  }

  @Override
  public String getPath() {
    return path.toString();
  }
}

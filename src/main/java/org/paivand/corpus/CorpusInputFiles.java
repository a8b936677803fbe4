package org.paivand.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Opens an input file on any Hadoop file system ({@code file:}, {@code hdfs:}, ...). A name ending in {@code .gz} is
 * gunzipped on the fly, whatever the format; anything else is read as it is.
 */
public final class CorpusInputFiles {
  static final String GZIP_SUFFIX = ".gz";

  private CorpusInputFiles() {}

  /** The file's content, decompressed if it is gzipped. */
  public static InputStream open(Path file, Configuration configuration) throws IOException {
    FileSystem fileSystem = file.getFileSystem(configuration);
    InputStream input = fileSystem.open(file);
    if (!file.getName().endsWith(GZIP_SUFFIX)) {
      return input;
    }
    try {
      return new GZIPInputStream(input);
    } catch (IOException | RuntimeException e) {
      input.close();
      throw e;
    }
  }

  /** Whether the path names an existing file (not a directory). */
  public static boolean isFile(Path file, Configuration configuration) throws IOException {
    FileSystem fileSystem = file.getFileSystem(configuration);
    return fileSystem.exists(file) && fileSystem.getFileStatus(file).isFile();
  }
}

package org.paivand.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The hidden temporary files ({@code .NAME.RANDOM.tmp}) that task attempts killed before their rename leave in a
 * table written by {@link GroupFileWriter}: deleted once the job is done, so that the published table holds only
 * whole files.
 */
public final class TemporaryFiles {
  private TemporaryFiles() {}

  /** Deletes the temporary files in the month directories of {@code table} and directly under it. */
  public static void deleteUnder(Path table, Configuration hadoop) {
    try {
      FileSystem fileSystem = table.getFileSystem(hadoop);
      for (String pattern : new String[] {"*/.*" + GroupFileWriter.TEMPORARY_SUFFIX,
          ".*" + GroupFileWriter.TEMPORARY_SUFFIX}) {
        FileStatus[] leftovers = fileSystem.globStatus(new Path(table, pattern));
        for (FileStatus leftover : leftovers == null ? new FileStatus[0] : leftovers) {
          fileSystem.delete(leftover.getPath(), false);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean " + table, e);
    }
  }
}

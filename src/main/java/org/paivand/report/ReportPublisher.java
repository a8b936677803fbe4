package org.paivand.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.paivand.errors.OutputErrors;

/**
 * Writes the report's files all at once: into a staging directory beside the target, then renamed into place, the
 * previous report renamed aside first and deleted last (as {@code OutputPublisher} does for outputs). A failure
 * before the rename leaves the previous report as it was. A directory that is neither empty nor an earlier report
 * (it has a {@link #MARKER} file) is never replaced, so a mistyped {@code --report-dir} cannot wipe anything.
 */
public final class ReportPublisher {
  static final String MARKER = ".paivand-report";

  private ReportPublisher() {}

  /** Writes {@code files} (relative path → bytes) as the directory {@code target}. */
  public static void publish(FileSystem targetFileSystem, Path target, Map<String, byte[]> files) {
    // a local disk's checksum layer would leave a .crc file beside every chart: clutter for a page people copy
    FileSystem fileSystem = targetFileSystem instanceof ChecksumFileSystem checksummed
        ? checksummed.getRawFileSystem() : targetFileSystem;
    String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
    Path staging = new Path(target.getParent(), "." + target.getName() + ".staging-" + suffix);
    Path previous = new Path(target.getParent(), "." + target.getName() + ".previous-" + suffix);
    try {
      checkReplaceable(fileSystem, target);
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        write(fileSystem, new Path(staging, file.getKey()), file.getValue());
      }
      write(fileSystem, new Path(staging, MARKER), new byte[0]);
      boolean hadReport = fileSystem.exists(target);
      if (hadReport && !fileSystem.rename(target, previous)) {
        throw new IOException("rename " + target + " -> " + previous + " failed");
      }
      if (!fileSystem.rename(staging, target)) {
        if (hadReport) {
          fileSystem.rename(previous, target);
        }
        throw new IOException("rename " + staging + " -> " + target + " failed");
      }
      if (hadReport) {
        fileSystem.delete(previous, true);
      }
    } catch (IOException e) {
      deleteQuietly(fileSystem, staging);
      throw new UncheckedIOException("cannot write the report to " + target, e);
    } catch (RuntimeException e) {
      deleteQuietly(fileSystem, staging);
      throw e;
    }
  }

  private static void checkReplaceable(FileSystem fileSystem, Path target) throws IOException {
    if (!fileSystem.exists(target)) {
      return;
    }
    FileStatus status = fileSystem.getFileStatus(target);
    if (status.isDirectory() && (fileSystem.listStatus(target).length == 0
        || fileSystem.exists(new Path(target, MARKER)))) {
      return;
    }
    throw OutputErrors.refusingToReplaceWithReport(target, MARKER);
  }

  private static void write(FileSystem fileSystem, Path path, byte[] content) throws IOException {
    try (OutputStream out = fileSystem.create(path, false)) {
      out.write(content);
    }
  }

  private static void deleteQuietly(FileSystem fileSystem, Path path) {
    try {
      fileSystem.delete(path, true);
    } catch (IOException ignored) {
      // the report failed already; a leftover staging directory is harmless, the next report uses another name
    }
  }
}

package org.paivand.output;

import java.io.IOException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Replaces a directory by a new one so that readers see the old one or the new one, never a mix: the old one is
 * renamed aside ({@code .NAME.previous-ID}), the new one renamed into its place, then the old one deleted. If the
 * second rename fails the old one is put back. Each rename is atomic on HDFS and local disks (on S3 it is a copy:
 * {@code docs/operations.md}). A process killed between the two renames leaves the old directory aside;
 * {@link #restoreInterrupted} puts it back. Used for a run's whole output, the {@code timeseries} table of
 * {@code paivand series} and the report directory.
 */
public final class DirectorySwap {
  private DirectorySwap() {}

  /** Where {@code target}'s old copy waits while {@code id} swaps it. */
  public static Path previous(Path target, String id) {
    return new Path(target.getParent(), "." + target.getName() + ".previous-" + id);
  }

  /** Puts {@code replacement} in place of {@code target} (which may not exist yet). */
  public static void swap(FileSystem fileSystem, Path replacement, Path target, String id) throws IOException {
    Path previous = previous(target, id);
    boolean hadTarget = fileSystem.exists(target);
    if (hadTarget && !fileSystem.rename(target, previous)) {
      throw new IOException("rename " + target + " -> " + previous + " failed");
    }
    if (!fileSystem.rename(replacement, target)) {
      if (hadTarget) {
        fileSystem.rename(previous, target);
      }
      throw new IOException("rename " + replacement + " -> " + target + " failed");
    }
    if (hadTarget) {
      fileSystem.delete(previous, true);
    }
  }

  /** A swap killed after moving the old directory aside and before moving the new one in: the old one goes back. */
  public static void restoreInterrupted(FileSystem fileSystem, Path target) throws IOException {
    if (fileSystem.exists(target)) {
      return;
    }
    FileStatus[] leftovers = fileSystem.globStatus(
        new Path(target.getParent(), "." + target.getName() + ".previous-*"));
    if (leftovers != null && leftovers.length > 0) {
      fileSystem.rename(leftovers[leftovers.length - 1].getPath(), target);
    }
  }

  /** Deletes {@code path} after a failure, quietly: the failure being reported matters more. */
  public static void deleteQuietly(FileSystem fileSystem, Path path) {
    try {
      fileSystem.delete(path, true);
    } catch (IOException ignored) {
      // a leftover hidden directory is harmless; the next run deletes it
    }
  }
}

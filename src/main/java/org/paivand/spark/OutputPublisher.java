package org.paivand.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.paivand.cli.UserError;

/**
 * Publishes a run's output so that readers see the old output or the new one, never a mix, and a failed run leaves
 * the previous output in place.
 *
 * <ol>
 *   <li>{@link #open}: refuses an existing {@code --output} that is not a paivand output (no {@code _run.json}), so a
 *       typo cannot replace a user's data; takes the output's {@link OutputLock} (one run at a time, nightly
 *       included) and deletes staging directories that killed runs left; restores the previous output if an
 *       earlier run died between the two renames below; then gives a staging directory beside the output ({@code .NAME.staging-RUNID}).
 *   <li>The run writes every table, then {@code _run.json}, into staging.
 *   <li>{@link #publish}: writes {@code _SUCCESS}, renames the output away ({@code .NAME.previous-RUNID}), renames
 *       staging into its place, then deletes the previous output. On HDFS and local file systems each rename is
 *       atomic; on object stores (S3) it is a copy, see {@code docs/operations.md}.
 *   <li>{@link #abort}: deletes staging.
 * </ol>
 */
public final class OutputPublisher {
  static final String RUN_REPORT = "_run.json";
  static final String SUCCESS = "_SUCCESS";

  private final FileSystem fileSystem;
  private final Path output;
  private final Path staging;
  private final Path previous;
  /** Held from {@link #open} to {@link #publish} or {@link #abort}: one run at a time per output. */
  private OutputLock lock;

  private OutputPublisher(FileSystem fileSystem, Path output, String runId) {
    this.fileSystem = fileSystem;
    this.output = output;
    this.staging = new Path(output.getParent(), "." + output.getName() + ".staging-" + runId);
    this.previous = new Path(output.getParent(), "." + output.getName() + ".previous-" + runId);
  }

  public static OutputPublisher open(String outputUri, String runId, Configuration hadoop) {
    try {
      Path path = new Path(outputUri);
      FileSystem fileSystem = path.getFileSystem(hadoop);
      Path output = fileSystem.makeQualified(path);
      if (output.getParent() == null) {
        throw new UserError("cannot write the output to the root directory " + outputUri,
            "paivand stages its output beside the output directory", "name a directory such as out/paivand");
      }
      OutputPublisher publisher = new OutputPublisher(fileSystem, output, runId);
      publisher.lock = OutputLock.acquire(fileSystem, output, runId, OutputLock.DEFAULT_LEASE);
      try {
        publisher.recoverInterruptedPublish();
        publisher.checkReplaceable();
        publisher.deleteStagingOfKilledRuns();
      } catch (IOException | RuntimeException e) {
        publisher.lock.close();
        throw e;
      }
      return publisher;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the output " + outputUri, e);
    }
  }

  public Path staging() {
    return staging;
  }

  public Path output() {
    return output;
  }

  public String stagingPath(String table) {
    return new Path(staging, table).toString();
  }

  public void writeStagingFile(String name, String content) {
    try (OutputStream out = fileSystem.create(new Path(staging, name), true)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name + " into " + staging, e);
    }
  }

  public void publish() {
    try {
      writeStagingFile(SUCCESS, "");
      boolean hadOutput = fileSystem.exists(output);
      if (hadOutput && !fileSystem.rename(output, previous)) {
        throw new IOException("rename " + output + " -> " + previous + " failed");
      }
      if (!fileSystem.rename(staging, output)) {
        if (hadOutput) {
          fileSystem.rename(previous, output);
        }
        throw new IOException("rename " + staging + " -> " + output + " failed");
      }
      if (hadOutput) {
        fileSystem.delete(previous, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish the output " + output, e);
    } finally {
      lock.close();
    }
  }

  public void abort() {
    try {
      fileSystem.delete(staging, true);
    } catch (IOException ignored) {
      // the run has failed already; a leftover staging directory is harmless and replaced by the next run
    } finally {
      lock.close();
    }
  }

  /** With the lock held no other run owns a staging directory: any there is a killed run's (this one's included). */
  private void deleteStagingOfKilledRuns() throws IOException {
    FileStatus[] leftovers = fileSystem.globStatus(
        new Path(output.getParent(), "." + output.getName() + ".staging-*"));
    for (FileStatus leftover : leftovers == null ? new FileStatus[0] : leftovers) {
      fileSystem.delete(leftover.getPath(), true);
    }
  }

  /** A run killed after moving the old output away but before moving the new one in left the old one aside. */
  private void recoverInterruptedPublish() throws IOException {
    if (fileSystem.exists(output)) {
      return;
    }
    FileStatus[] leftovers = fileSystem.globStatus(
        new Path(output.getParent(), "." + output.getName() + ".previous-*"));
    if (leftovers != null && leftovers.length > 0) {
      fileSystem.rename(leftovers[leftovers.length - 1].getPath(), output);
    }
  }

  private void checkReplaceable() throws IOException {
    if (!fileSystem.exists(output)) {
      return;
    }
    if (!fileSystem.getFileStatus(output).isDirectory()) {
      throw new UserError("the output " + output + " is a file", "--output must name a directory",
          "name a new directory, or an earlier paivand output to replace");
    }
    boolean empty = fileSystem.listStatus(output).length == 0;
    if (!empty && !fileSystem.exists(new Path(output, RUN_REPORT))) {
      throw new UserError("refusing to replace " + output,
          "it exists, is not empty and is not a paivand output (it has no " + RUN_REPORT + ")",
          "name a new directory, or an earlier paivand output to replace");
    }
  }
}

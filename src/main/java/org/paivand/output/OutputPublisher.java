package org.paivand.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.paivand.errors.OutputErrors;

/**
 * Publishes a run's output so that readers see the old output or the new one, never a mix, and a failed run leaves
 * the previous output in place.
 *
 * <ol>
 *   <li>{@link #open}: refuses an existing {@code --output} that is not a paivand output ({@link OutputLayout}), so a
 *       typo cannot replace a user's data; takes the output's {@link OutputLock} (one run at a time, nightly
 *       included) and deletes staging directories that killed runs left; restores the previous output if an
 *       earlier run died between the two renames of its swap; then gives a staging directory beside the output.
 *   <li>The run writes every table, then {@code _run.json}, into staging.
 *   <li>{@link #publish}: writes {@code _SUCCESS} and swaps staging in ({@link DirectorySwap}).
 *   <li>{@link #abort}: deletes staging.
 * </ol>
 */
public final class OutputPublisher {
  public static final String RUN_REPORT = OutputLayout.RUN_REPORT;

  private final FileSystem fileSystem;
  private final Path output;
  private final Path staging;
  private final String runId;
  /** Held from {@link #open} to {@link #publish} or {@link #abort}: one run at a time per output. */
  private OutputLock lock;

  private OutputPublisher(FileSystem fileSystem, Path output, String runId) {
    this.fileSystem = fileSystem;
    this.output = output;
    this.runId = runId;
    this.staging = OutputLayout.staging(output, runId);
  }

  public static OutputPublisher open(String outputUri, String runId, Configuration hadoop) {
    try {
      Path path = new Path(outputUri);
      FileSystem fileSystem = path.getFileSystem(hadoop);
      Path output = fileSystem.makeQualified(path);
      if (output.getParent() == null) {
        throw OutputErrors.outputAtRoot(outputUri);
      }
      OutputPublisher publisher = new OutputPublisher(fileSystem, output, runId);
      publisher.lock = OutputLock.acquire(fileSystem, output, runId, OutputLock.DEFAULT_LEASE);
      try {
        DirectorySwap.restoreInterrupted(fileSystem, output);
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

  /** Where {@code table} is written before publishing. */
  public Path stagingPath(OutputTable table) {
    return OutputLayout.table(staging, table);
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
      writeStagingFile(OutputLayout.SUCCESS, "");
      DirectorySwap.swap(fileSystem, staging, output, runId);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish the output " + output, e);
    } finally {
      lock.close();
    }
  }

  public void abort() {
    try {
      DirectorySwap.deleteQuietly(fileSystem, staging);
    } finally {
      lock.close();
    }
  }

  /** With the lock held no other run owns a staging directory: any there is a killed run's (this one's included). */
  private void deleteStagingOfKilledRuns() throws IOException {
    FileStatus[] leftovers = fileSystem.globStatus(OutputLayout.stagingGlob(output));
    for (FileStatus leftover : leftovers == null ? new FileStatus[0] : leftovers) {
      fileSystem.delete(leftover.getPath(), true);
    }
  }

  private void checkReplaceable() {
    switch (OutputLayout.kind(fileSystem, output)) {
      case FILE -> throw OutputErrors.outputIsAFile(output);
      case FOREIGN -> throw OutputErrors.refusingToReplace(output,
          "it exists, is not empty and is not a paivand output (it has no " + OutputLayout.RUN_REPORT + ")");
      default -> { }
    }
  }
}

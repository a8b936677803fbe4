package org.paivand.spark.nightly;

import org.paivand.output.OutputLayout;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a nightly update: the month partitions, state partitions and files it replaces, all at once or not at
 * all. Readers of the output never see a half-written partition; the update as a whole is a redo log:
 *
 * <ol>
 *   <li>The run writes every replacement under {@code DIR/_nightly/pending-RUNID/new/}, at the path it will have
 *       under {@code DIR} ({@code pairs_daily/pub_month=2024-03}, {@code _nightly/articles_state/ingest_date=...},
 *       {@code _run.json}, ...). Nothing under {@code DIR} has changed yet: a run killed now leaves the previous
 *       output as it was, and the next run deletes the pending directory.
 *   <li>{@link #commit}: writes the journal {@code _COMMITTED} (one line per target: replace or delete), by writing a
 *       temporary file and renaming it: <b>the commit point</b>. Then it applies the journal: removes
 *       {@code DIR/_SUCCESS}, moves each old target aside into {@code pending-RUNID/old/} and the new one into
 *       place (renames only), writes {@code DIR/_SUCCESS} again and deletes the pending directory.
 *   <li>{@link #recover}, run by the next run under the lock before anything else: a pending directory with a
 *       journal is applied again (every step checks what is done, so applying twice is harmless); one without is
 *       deleted.
 * </ol>
 *
 * <p>The renames take milliseconds. A run killed among them leaves {@code DIR} without {@code _SUCCESS}: every
 * partition in it is complete (old or new), but some months may be tonight's and others last night's until the next
 * run finishes the journal. Readers that must never see such a mix wait for {@code _SUCCESS}.
 */
final class NightlyCommit {
  static final String PENDING_PREFIX = "pending-";
  static final String JOURNAL = "_COMMITTED";
  private static final String REPLACE = "replace";
  private static final String DELETE = "delete";
  /** Test hook: pause (and log) after this many renames, so a test can kill the run among them. */
  static final String PAUSE_PROPERTY = "paivand.nightly.pauseAfterRenames";
  private static final Logger LOG = LoggerFactory.getLogger("org.paivand.run");

  private final FileSystem fileSystem;
  private final Path output;
  private final Path pending;

  private NightlyCommit(FileSystem fileSystem, Path output, Path pending) {
    this.fileSystem = fileSystem;
    this.output = output;
    this.pending = pending;
  }

  static NightlyCommit begin(FileSystem fileSystem, Path output, String runId) {
    return new NightlyCommit(fileSystem, output,
        new Path(NightlyState.directory(output), PENDING_PREFIX + runId));
  }

  /** Where the replacement of {@code relative} (a path under the output) is written. */
  Path staged(String relative) {
    return new Path(new Path(pending, "new"), relative);
  }

  void writeStagedFile(String relative, String content) {
    try (OutputStream out = fileSystem.create(staged(relative), true)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + staged(relative), e);
    }
  }

  /**
   * Commits: every target with a staged replacement is replaced, every other target deleted.
   *
   * @param targets paths relative to the output
   */
  void commit(List<String> targets) {
    try {
      StringBuilder journal = new StringBuilder();
      for (String target : targets) {
        journal.append(fileSystem.exists(staged(target)) ? REPLACE : DELETE).append('\t').append(target).append('\n');
      }
      Path temporary = new Path(pending, JOURNAL + ".tmp");
      try (OutputStream out = fileSystem.create(temporary, true)) {
        out.write(journal.toString().getBytes(StandardCharsets.UTF_8));
      }
      if (!fileSystem.rename(temporary, new Path(pending, JOURNAL))) {
        throw new IOException("rename " + temporary + " -> " + JOURNAL + " failed");
      }
      apply(fileSystem, output, pending);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the nightly update of " + output, e);
    }
  }

  /** Deletes the staged update of a run that failed before its commit point. */
  void abort() {
    try {
      if (!fileSystem.exists(new Path(pending, JOURNAL))) {
        fileSystem.delete(pending, true);
      }
    } catch (IOException ignored) {
      // the run has failed already; the next run deletes the pending directory
    }
  }

  /** Finishes committed updates of killed runs and deletes uncommitted ones. Call with the output's lock held. */
  static List<String> recover(FileSystem fileSystem, Path output) {
    List<String> recovered = new ArrayList<>();
    try {
      FileStatus[] pendings = fileSystem.globStatus(new Path(NightlyState.directory(output), PENDING_PREFIX + "*"));
      for (FileStatus status : pendings == null ? new FileStatus[0] : pendings) {
        Path pending = status.getPath();
        if (fileSystem.exists(new Path(pending, JOURNAL))) {
          LOG.warn("finishing the committed nightly update {} of a run that was killed", pending.getName());
          apply(fileSystem, output, pending);
          recovered.add(pending.getName() + ": committed, finished");
        } else {
          fileSystem.delete(pending, true);
          recovered.add(pending.getName() + ": not committed, deleted");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot recover the nightly updates of " + output, e);
    }
    return recovered;
  }

  private static void apply(FileSystem fileSystem, Path output, Path pending) throws IOException {
    List<String[]> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        fileSystem.open(new Path(pending, JOURNAL)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isEmpty()) {
          lines.add(line.split("\t", 2));
        }
      }
    }
    fileSystem.delete(new Path(output, OutputLayout.SUCCESS), false);
    int pauseAfter = Integer.getInteger(PAUSE_PROPERTY, -1);
    int renames = 0;
    for (String[] line : lines) {
      Path target = new Path(output, line[1]);
      Path staged = new Path(new Path(pending, "new"), line[1]);
      Path aside = new Path(new Path(pending, "old"), line[1]);
      boolean replace = line[0].equals(REPLACE);
      if (replace && !fileSystem.exists(staged)) {
        continue; // moved in by an earlier attempt
      }
      if (fileSystem.exists(target)) {
        fileSystem.mkdirs(aside.getParent());
        fileSystem.delete(aside, true);
        rename(fileSystem, target, aside);
        renames++;
      }
      if (replace) {
        fileSystem.mkdirs(target.getParent());
        rename(fileSystem, staged, target);
        renames++;
      }
      if (renames > 0 && renames >= pauseAfter && pauseAfter >= 0) {
        LOG.info("nightly commit paused after {} renames", renames);
        pauseAfter = -1;
        try {
          Thread.sleep(600_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    try (OutputStream out = fileSystem.create(new Path(output, OutputLayout.SUCCESS), true)) {
      out.flush();
    }
    fileSystem.delete(pending, true);
  }

  private static void rename(FileSystem fileSystem, Path from, Path to) throws IOException {
    if (!fileSystem.rename(from, to)) {
      throw new IOException("rename " + from + " -> " + to + " failed");
    }
  }
}

package org.paivand.spark.nightly;

import org.paivand.spark.nightly.NightlyCommit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journaled commit: nothing changes before the commit point, everything after it, even if applied twice. */
class NightlyCommitTest {
  @TempDir Path work;

  @Test
  void aCommitReplacesAddsAndDeletesTargets() throws Exception {
    Path out = existingOutput();
    NightlyCommit commit = NightlyCommit.begin(fileSystem(), output(), "r1");
    stage(commit, "pairs_daily/pub_month=2024-02/part-0.parquet", "new february");
    stage(commit, "pairs_daily/pub_month=2024-03/part-0.parquet", "new march");
    commit.commit(List.of("pairs_daily/pub_month=2024-02", "pairs_daily/pub_month=2024-03",
        "pairs_daily/pub_month=2024-01"));
    assertEquals("new february", Files.readString(out.resolve("pairs_daily/pub_month=2024-02/part-0.parquet")));
    assertEquals("new march", Files.readString(out.resolve("pairs_daily/pub_month=2024-03/part-0.parquet")));
    assertFalse(Files.exists(out.resolve("pairs_daily/pub_month=2024-01")), "a month with no rows left is deleted");
    assertEquals("untouched", Files.readString(out.resolve("pairs_daily/pub_month=2023-12/part-0.parquet")));
    assertTrue(Files.exists(out.resolve("_SUCCESS")));
    assertFalse(Files.exists(out.resolve("_nightly/pending-r1")));
  }

  @Test
  void anUncommittedUpdateIsDroppedAndChangesNothing() throws Exception {
    Path out = existingOutput();
    NightlyCommit commit = NightlyCommit.begin(fileSystem(), output(), "killed");
    stage(commit, "pairs_daily/pub_month=2024-02/part-0.parquet", "never published");
    assertEquals(List.of("pending-killed: not committed, deleted"), NightlyCommit.recover(fileSystem(), output()));
    assertEquals("old february", Files.readString(out.resolve("pairs_daily/pub_month=2024-02/part-0.parquet")));
    assertFalse(Files.exists(out.resolve("_nightly/pending-killed")));
  }

  @Test
  void aCommittedUpdateInterruptedAmongItsRenamesIsFinishedByRecovery() throws Exception {
    Path out = existingOutput();
    NightlyCommit commit = NightlyCommit.begin(fileSystem(), output(), "killed");
    stage(commit, "pairs_daily/pub_month=2024-02/part-0.parquet", "new february");
    stage(commit, "pairs_daily/pub_month=2024-03/part-0.parquet", "new march");
    // what a run killed after its commit point and its first two renames leaves: the journal written, february's
    // old directory moved aside and the new one moved in, march not yet
    Path pending = out.resolve("_nightly/pending-killed");
    Files.writeString(pending.resolve("_COMMITTED"),
        "replace\tpairs_daily/pub_month=2024-02\nreplace\tpairs_daily/pub_month=2024-03\n");
    Files.createDirectories(pending.resolve("old/pairs_daily"));
    Files.move(out.resolve("pairs_daily/pub_month=2024-02"), pending.resolve("old/pairs_daily/pub_month=2024-02"));
    Files.move(pending.resolve("new/pairs_daily/pub_month=2024-02"), out.resolve("pairs_daily/pub_month=2024-02"));
    Files.delete(out.resolve("_SUCCESS"));

    assertEquals(List.of("pending-killed: committed, finished"), NightlyCommit.recover(fileSystem(), output()));
    assertEquals("new february", Files.readString(out.resolve("pairs_daily/pub_month=2024-02/part-0.parquet")));
    assertEquals("new march", Files.readString(out.resolve("pairs_daily/pub_month=2024-03/part-0.parquet")));
    assertTrue(Files.exists(out.resolve("_SUCCESS")));
    assertEquals(List.of(), NightlyCommit.recover(fileSystem(), output()), "nothing left to recover");
  }

  private Path existingOutput() throws Exception {
    Path out = work.resolve("out");
    for (String[] file : new String[][] {{"2023-12", "untouched"}, {"2024-01", "old january"},
        {"2024-02", "old february"}}) {
      Path month = out.resolve("pairs_daily/pub_month=" + file[0]);
      Files.createDirectories(month);
      Files.writeString(month.resolve("part-0.parquet"), file[1]);
    }
    Files.writeString(out.resolve("_SUCCESS"), "");
    return out;
  }

  private static void stage(NightlyCommit commit, String relative, String content) {
    commit.writeStagedFile(relative, content);
  }

  private org.apache.hadoop.fs.Path output() throws Exception {
    return fileSystem().makeQualified(new org.apache.hadoop.fs.Path(work.resolve("out").toUri()));
  }

  private static FileSystem fileSystem() throws Exception {
    return FileSystem.getLocal(new Configuration());
  }
}

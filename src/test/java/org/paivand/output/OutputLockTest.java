package org.paivand.output;

import org.paivand.output.OutputLock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.errors.UserError;

/** One run per output: a live holder refuses others at once; a dead one's lock and an expired lease are taken over. */
class OutputLockTest {
  @TempDir Path work;

  @Test
  void aSecondRunIsRefusedWhileTheFirstHoldsTheLock() throws Exception {
    org.apache.hadoop.fs.Path output = output();
    try (OutputLock first = OutputLock.acquire(fileSystem(), output, "run-1", Duration.ofMinutes(10))) {
      long started = System.nanoTime();
      UserError refused = assertThrows(UserError.class,
          () -> OutputLock.acquire(fileSystem(), output, "run-2", Duration.ofMinutes(10)));
      assertTrue((System.nanoTime() - started) / 1e9 < 5, "refused at once");
      assertTrue(refused.getMessage().contains("another paivand run holds the lock"), refused.getMessage());
      assertTrue(refused.getMessage().contains("run run-1 (pid " + ProcessHandle.current().pid()),
          refused.getMessage());
    }
    assertFalse(Files.exists(work.resolve(".out.lock")), "released");
    OutputLock.acquire(fileSystem(), output, "run-3", Duration.ofMinutes(10)).close();
  }

  @Test
  void aLockOfADeadProcessOnThisHostIsTakenOver() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    String owner = OutputLock.owner("killed-run").replace("\"pid\":" + ProcessHandle.current().pid(),
        "\"pid\":" + gone.pid());
    Files.writeString(work.resolve(".out.lock"), owner);
    try (OutputLock taken = OutputLock.acquire(fileSystem(), output(), "run-2", Duration.ofMinutes(10))) {
      assertTrue(Files.readString(work.resolve(".out.lock")).contains("\"run_id\":\"run-2\""));
    }
  }

  @Test
  void aLockFromAnotherHostHoldsUntilItsLeaseExpires() throws Exception {
    Path lock = work.resolve(".out.lock");
    Files.writeString(lock, "{\"host\":\"elsewhere\",\"pid\":1,\"run_id\":\"remote\",\"started_at\":\"x\"}\n");
    assertThrows(UserError.class, () -> OutputLock.acquire(fileSystem(), output(), "run-2", Duration.ofMinutes(10)));
    Files.setLastModifiedTime(lock, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 11 * 60_000));
    try (OutputLock taken = OutputLock.acquire(fileSystem(), output(), "run-3", Duration.ofMinutes(10))) {
      assertTrue(Files.readString(lock).contains("\"run_id\":\"run-3\""));
    }
  }

  @Test
  void theHeartbeatRenewsTheLease() throws Exception {
    Path lock = work.resolve(".out.lock");
    try (OutputLock held = OutputLock.acquire(fileSystem(), output(), "run-1", Duration.ofMillis(400))) {
      Files.setLastModifiedTime(lock, java.nio.file.attribute.FileTime.fromMillis(0));
      Thread.sleep(300);
      long age = System.currentTimeMillis() - Files.getLastModifiedTime(lock).toMillis();
      assertTrue(age < 400, "renewed, " + age + " ms old");
      assertEquals(1, Files.list(work).filter(p -> p.getFileName().toString().startsWith(".out.lock")).count());
    }
  }

  private org.apache.hadoop.fs.Path output() throws Exception {
    return fileSystem().makeQualified(new org.apache.hadoop.fs.Path(work.resolve("out").toUri()));
  }

  private static FileSystem fileSystem() throws Exception {
    return FileSystem.getLocal(new Configuration());
  }
}

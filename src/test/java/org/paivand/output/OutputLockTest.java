package org.paivand.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.errors.UserError;

/**
 * One run per output: a live holder refuses others at once; a dead one's lock and an expired lease are taken over.
 * Lease ages are measured by a {@link MovableClock} that the tests move, so no test waits for time to pass.
 */
class OutputLockTest {
  static final Duration LEASE = Duration.ofMinutes(10);

  @TempDir Path work;

  /** Starts at a whole second: some file systems keep modification times in seconds. */
  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-20T08:00:00Z"));

  @Test
  void aSecondRunIsRefusedWhileTheFirstHoldsTheLock() throws Exception {
    org.apache.hadoop.fs.Path output = output();
    try (OutputLock first = OutputLock.acquire(fileSystem(), output, "run-1", LEASE)) {
      long started = System.nanoTime();
      UserError refused = assertThrows(UserError.class,
          () -> OutputLock.acquire(fileSystem(), output, "run-2", LEASE));
      assertTrue((System.nanoTime() - started) / 1e9 < 5, "refused at once");
      assertTrue(refused.getMessage().contains("another paivand run holds the lock"), refused.getMessage());
      assertTrue(refused.getMessage().contains("run run-1 (pid " + ProcessHandle.current().pid()),
          refused.getMessage());
    }
    assertFalse(Files.exists(work.resolve(".out.lock")), "released");
    OutputLock.acquire(fileSystem(), output, "run-3", LEASE).close();
  }

  @Test
  void aLockOfADeadProcessOnThisHostIsTakenOver() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    String owner = OutputLock.owner("killed-run", clock).replace("\"pid\":" + ProcessHandle.current().pid(),
        "\"pid\":" + gone.pid());
    Files.writeString(work.resolve(".out.lock"), owner);
    try (OutputLock taken = OutputLock.acquire(fileSystem(), output(), "run-2", LEASE, clock)) {
      assertTrue(Files.readString(work.resolve(".out.lock")).contains("\"run_id\":\"run-2\""));
    }
  }

  @Test
  void aLockFromAnotherHostHoldsUntilItsLeaseExpires() throws Exception {
    Path lock = work.resolve(".out.lock");
    Files.writeString(lock, "{\"host\":\"elsewhere\",\"pid\":1,\"run_id\":\"remote\",\"started_at\":\"x\"}\n");
    Files.setLastModifiedTime(lock, FileTime.from(clock.instant()));
    assertThrows(UserError.class, () -> OutputLock.acquire(fileSystem(), output(), "run-2", LEASE, clock));
    clock.advance(Duration.ofMinutes(11));
    try (OutputLock taken = OutputLock.acquire(fileSystem(), output(), "run-3", LEASE, clock)) {
      assertTrue(Files.readString(lock).contains("\"run_id\":\"run-3\""));
    }
  }

  @Test
  void theHeartbeatRenewsTheLease() throws Exception {
    Path lock = work.resolve(".out.lock");
    try (OutputLock held = OutputLock.acquire(fileSystem(), output(), "run-1", LEASE, clock)) {
      Files.setLastModifiedTime(lock, FileTime.from(clock.instant()));
      clock.advance(LEASE.plusMinutes(1)); // the heartbeat's thread did not beat: the lease has run out
      held.renew(); // what the heartbeat does every quarter of the lease
      long age = clock.millis() - Files.getLastModifiedTime(lock).toMillis();
      assertTrue(age < LEASE.toMillis(), "renewed, " + age + " ms old");
      assertThrows(UserError.class, () -> OutputLock.acquire(fileSystem(), output(), "run-2", LEASE, clock),
          "a renewed lock is not taken over");
      assertEquals(1, Files.list(work).filter(p -> p.getFileName().toString().startsWith(".out.lock")).count());
    }
  }

  private org.apache.hadoop.fs.Path output() throws Exception {
    return fileSystem().makeQualified(new org.apache.hadoop.fs.Path(work.resolve("out").toUri()));
  }

  private static FileSystem fileSystem() throws Exception {
    return FileSystem.getLocal(new Configuration());
  }

  /** A clock that stands still until a test moves it. */
  static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the lock measures ages, it has no use for zones");
    }
  }
}

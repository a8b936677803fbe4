package org.paivand.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.paivand.errors.OutputErrors;
import org.paivand.errors.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run at a time per output ({@code nightly}, {@code backfill} and {@code run} alike): the lock is a file beside
 * the output, {@code .NAME.lock} (beside, because {@code run} replaces the output directory as a whole), created only
 * if absent (an
 * atomic create on HDFS; {@code O_EXCL} on local disks) and holding the owner's host, pid, run id and start time.
 * While the run lasts a heartbeat touches the file's modification time every {@code lease / 4}.
 *
 * <p>A lock is stale, and is taken over, when its owner is on this host and its pid is not alive (a run killed with
 * kill -9), or when its modification time is older than the lease (an owner on another machine that died, or a lock
 * file that cannot be read). Takeover renames the stale file aside first, so of two runs that found it stale only
 * one can take it. A lock that is not stale stops the run at once with a {@link UserError} naming the owner.
 *
 * <p>Ages are measured, and the heartbeat's times written, by a {@link Clock}: the system clock in a run, a clock the
 * test moves in tests, so that an expired lease needs no waiting and a loaded machine no margin.
 */
public final class OutputLock implements AutoCloseable {
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(10);
  private static final Logger LOG = LoggerFactory.getLogger("org.paivand.run");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final FileSystem fileSystem;
  private final Path path;
  private final String runId;
  private final Clock clock;
  private final ScheduledExecutorService heartbeat;

  private OutputLock(FileSystem fileSystem, Path path, String runId, Duration lease, Clock clock) {
    this.fileSystem = fileSystem;
    this.path = path;
    this.runId = runId;
    this.clock = clock;
    this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "paivand-nightly-lock-heartbeat");
      thread.setDaemon(true);
      return thread;
    });
    long every = Math.max(1, lease.toMillis() / 4);
    heartbeat.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
  }

  /** Takes the lock of {@code output} for {@code runId}, or throws a {@link UserError} when another run holds it. */
  public static OutputLock acquire(FileSystem fileSystem, Path output, String runId, Duration lease) {
    return acquire(fileSystem, output, runId, lease, Clock.systemUTC());
  }

  /** As {@link #acquire(FileSystem, Path, String, Duration)}, with ages measured by {@code clock}. */
  static OutputLock acquire(FileSystem fileSystem, Path output, String runId, Duration lease, Clock clock) {
    Path path = path(output);
    String content = owner(runId, clock);
    try {
      fileSystem.mkdirs(path.getParent());
      for (int attempt = 0; attempt < 2; attempt++) {
        if (createExclusive(fileSystem, path, content)) {
          return new OutputLock(fileSystem, path, runId, lease, clock);
        }
        Holder holder = Holder.read(fileSystem, path);
        String stale = holder.staleBecause(lease, clock.millis());
        if (stale == null) {
          throw OutputErrors.lockHeld(output, path, holder.describe(), lease.toMinutes());
        }
        LOG.warn("taking over a stale lock of {}: {} ({})", output, holder.describe(), stale);
        Path aside = new Path(path.getParent(), path.getName() + ".stale-" + runId);
        if (!fileSystem.rename(path, aside)) {
          continue; // another run took it over first: the next attempt sees its lock
        }
        fileSystem.delete(aside, false);
      }
      throw OutputErrors.lockTakenOverByAnother(output, path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot take the lock " + path, e);
    }
  }

  static Path path(Path output) {
    return new Path(output.getParent(), "." + output.getName() + ".lock");
  }

  @Override
  public void close() {
    heartbeat.shutdownNow();
    try {
      // only our own: a run that was wrongly taken for dead must not remove its successor's lock
      if (runId.equals(Holder.read(fileSystem, path).runId())) {
        fileSystem.delete(path, false);
      }
    } catch (IOException e) {
      LOG.warn("cannot remove the lock {}: {}; the next run will find it stale", path, e.getMessage());
    }
  }

  /** What the heartbeat does every quarter of the lease: sets the lock's modification time to now. */
  void renew() {
    try {
      fileSystem.setTimes(path, clock.millis(), -1);
    } catch (IOException e) {
      LOG.warn("cannot renew the lock {}: {}", path, e.getMessage());
    }
  }

  static String owner(String runId, Clock clock) {
    var node = MAPPER.createObjectNode();
    node.put("host", hostName());
    node.put("pid", ProcessHandle.current().pid());
    node.put("run_id", runId);
    node.put("started_at", Instant.now(clock).toString());
    return node.toString() + "\n";
  }

  /** Create-if-absent: {@code O_EXCL} on local disks (Hadoop's local create checks, then creates), else the file system's. */
  private static boolean createExclusive(FileSystem fileSystem, Path path, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if (fileSystem instanceof LocalFileSystem || fileSystem instanceof RawLocalFileSystem) {
      try {
        java.io.File file = fileSystem instanceof LocalFileSystem local ? local.pathToFile(path)
            : ((RawLocalFileSystem) fileSystem).pathToFile(path);
        Files.write(file.toPath(), bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      }
    }
    try (OutputStream out = fileSystem.create(path, false)) {
      out.write(bytes);
      return true;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown-host";
    }
  }

  /** What the lock file says about its owner, and how old it is. */
  record Holder(String host, long pid, String runId, String startedAt, long modifiedMillis) {
    static Holder read(FileSystem fileSystem, Path path) throws IOException {
      long modified;
      try {
        modified = fileSystem.getFileStatus(path).getModificationTime();
      } catch (java.io.FileNotFoundException e) {
        return new Holder(null, -1, null, null, 0); // removed meanwhile: stale, the next attempt creates it
      }
      try (InputStream in = fileSystem.open(path)) {
        JsonNode node = MAPPER.readTree(in);
        return new Holder(node.path("host").asText(null), node.path("pid").asLong(-1),
            node.path("run_id").asText(null), node.path("started_at").asText(null), modified);
      } catch (IOException e) { // unreadable or half-written: only the lease can tell
        return new Holder(null, -1, null, null, modified);
      }
    }

    /** Why the lock is stale at {@code nowMillis}, or null when its owner may still be running. */
    String staleBecause(Duration lease, long nowMillis) {
      boolean alive = pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
      if (hostName().equals(host) && !alive) {
        return "process " + pid + " is not running on this host";
      }
      long age = nowMillis - modifiedMillis;
      if (age > lease.toMillis()) {
        return "not renewed for " + age / 1000 + " s, longer than the lease of " + lease.toSeconds() + " s";
      }
      return null;
    }

    String describe() {
      return "run " + runId + " (pid " + pid + " on " + host + ", started " + startedAt + ")";
    }
  }
}

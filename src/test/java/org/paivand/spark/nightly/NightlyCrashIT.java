package org.paivand.spark.nightly;

import org.paivand.spark.nightly.NightlyCommit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/paivand nightly} killed with kill -9 while extracting, while writing, and among the renames of its
 * commit; a second run started while the first holds the lock; then the next run finishes the work and the output
 * equals a full {@code run} over the same deliveries. The launcher execs the JVM, so killing the process kills the run.
 */
class NightlyCrashIT {
  static final Path HOME = Path.of(System.getProperty("paivand.repo", ".")).toAbsolutePath();
  @TempDir Path work;

  @Test
  void killedNightsLeaveTheOutputReadableAndTheNextNightFinishes() throws Exception {
    Path root = work.resolve("root");
    Path output = work.resolve("nightly");
    deliver(root, "2024-01-01", "seed");
    deliver(root, "2024-01-02", "abcnews");
    Result first = paivand(List.of(), "nightly", "--input", root.toString(), "--output", output.toString(),
        "--date", "2024-01-01", "--quiet");
    assertEquals(0, first.exitCode(), first.err());
    String report = Files.readString(output.resolve("_run.json"));
    List<String> files = listing(output);

    for (String phase : List.of("phase read done", "phase aggregate done")) {
      Process killed = start(List.of(), "nightly", "--input", root.toString(), "--output", output.toString(),
          "--date", "2024-01-02", "--verbose");
      killAt(killed, phase);
      assertEquals(report, Files.readString(output.resolve("_run.json")), "killed after " + phase);
      assertEquals(files, listing(output), "killed after " + phase);
    }

    Process paused = start(List.of("-D" + NightlyCommit.PAUSE_PROPERTY + "=3"), "nightly", "--input",
        root.toString(), "--output", output.toString(), "--date", "2024-01-02", "--verbose");
    waitFor(paused, "nightly commit paused");
    long started = System.nanoTime();
    Result second = paivand(List.of(), "nightly", "--input", root.toString(), "--output", output.toString(),
        "--date", "2024-01-02");
    double secondSeconds = (System.nanoTime() - started) / 1e9;
    assertEquals(2, second.exitCode(), second.err());
    assertTrue(second.err().contains("another paivand run holds the lock"), second.err());
    assertFalse(second.err().contains("\tat "), second.err());
    System.out.printf("second run refused in %.1f s (JVM start included)%n", secondSeconds);
    killAt(paused, null);
    assertFalse(Files.exists(output.resolve("_SUCCESS")), "killed among the renames: the commit is unfinished");

    Result next = paivand(List.of(), "nightly", "--input", root.toString(), "--output", output.toString(),
        "--date", "2024-01-02", "--quiet");
    assertEquals(0, next.exitCode(), next.err());
    assertTrue(Files.exists(output.resolve("_SUCCESS")));
    try (Stream<Path> pending = Files.list(output.resolve("_nightly"))) {
      assertEquals(List.of(), pending.filter(p -> p.getFileName().toString().startsWith("pending-")).toList());
    }
    Path full = work.resolve("full");
    Result fullRun = paivand(List.of(), "run", "--input", root.toString(), "--output", full.toString(), "--quiet");
    assertEquals(0, fullRun.exitCode(), fullRun.err());
    assertEquals(List.of(), NightlyFixtures.differences(full, output));
  }

  private static void deliver(Path root, String day, String sample) throws Exception {
    Path delivery = root.resolve("ingest_date=" + day);
    Files.createDirectories(delivery);
    Files.copy(HOME.resolve("samples/demo-corpus/" + sample + "/part-00000.parquet"),
        delivery.resolve("part-00000.parquet"));
  }

  record Result(int exitCode, String err) {}

  private static Result paivand(List<String> javaOptions, String... arguments) throws Exception {
    Process process = start(javaOptions, arguments);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), "bin/paivand " + String.join(" ", arguments));
    return new Result(process.exitValue(), err);
  }

  private static Process start(List<String> javaOptions, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/paivand").toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).directory(HOME.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("PAIVAND_HEAP", "1500m");
    builder.environment().put("PAIVAND_JAVA_OPTS", String.join(" ", javaOptions));
    return builder.start();
  }

  /** Reads the process's log until {@code line} appears. */
  private static void waitFor(Process process, String line) throws Exception {
    BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    for (String read = err.readLine(); read != null; read = err.readLine()) {
      if (read.contains(line)) {
        return;
      }
    }
    throw new AssertionError("the run ended without logging '" + line + "'");
  }

  /** SIGKILL once the process logs {@code line} (at once when null): no shutdown hooks, no cleanup. */
  private static void killAt(Process process, String line) throws Exception {
    if (line != null) {
      waitFor(process, line);
    }
    process.destroyForcibly();
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the killed run did not end");
    assertEquals(137, process.exitValue(), "killed by SIGKILL");
  }

  /** Every file of the output with its size, leaving out killed runs' pending directories (never read). */
  private static List<String> listing(Path directory) throws Exception {
    try (Stream<Path> paths = Files.walk(directory)) {
      return paths.filter(Files::isRegularFile).map(p -> directory.relativize(p).toString())
          .filter(name -> !name.startsWith("_nightly/pending-"))
          .map(name -> name + " " + directory.resolve(name).toFile().length()).sorted().toList();
    }
  }
}

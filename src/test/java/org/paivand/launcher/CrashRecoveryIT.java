package org.paivand.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * kill -9 during a run, in the middle of extraction and of writing the tables: the previous output stays exactly as it was and readable, and the next
 * run finishes the work. The launcher execs the JVM, so killing the process kills the run itself.
 */
class CrashRecoveryIT {
  static final Path HOME = LauncherIT.HOME;
  @TempDir Path work;

  @Test
  void killedRunsLeaveThePreviousOutputAndTheNextRunFinishes() throws Exception {
    Path output = work.resolve("out");
    String seed = HOME.resolve("samples/demo-corpus/seed").toString();
    String headlines = HOME.resolve("samples/demo-corpus/abcnews").toString();
    LauncherIT.Result first = LauncherIT.paivand("run", "--input", seed, "--output", output.toString(), "--quiet");
    assertEquals(0, first.exitCode(), first.err());
    String report = Files.readString(output.resolve("_run.json"));
    List<String> files = listing(output);

    for (String phase : List.of("read", "aggregate")) {
      killAfter(phase, headlines, output);
      assertEquals(report, Files.readString(output.resolve("_run.json")), "killed after " + phase);
      assertEquals(files, listing(output), "killed after " + phase);
    }

    LauncherIT.Result next = LauncherIT.paivand("run", "--input", headlines, "--output", output.toString(),
        "--quiet");
    assertEquals(0, next.exitCode(), next.err());
    var run = new ObjectMapper().readTree(output.resolve("_run.json").toFile());
    assertNotEquals(report, Files.readString(output.resolve("_run.json")));
    assertEquals(2186, run.get("rows_read").asLong());
    assertTrue(run.get("reconciled").asBoolean());
  }

  /** Starts a run on {@code input} and kills it with SIGKILL as soon as it logs that {@code phase} is done. */
  private static void killAfter(String phase, String input, Path output) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(HOME.resolve("bin/paivand").toString(), "run", "--input", input,
        "--output", output.toString(), "--verbose").directory(HOME.toFile()).redirectOutput(
        ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("PAIVAND_HEAP", "1500m");
    Process process = builder.start();
    boolean killed = false;
    try (BufferedReader err = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = err.readLine()) != null) {
        if (line.contains("phase " + phase + " done")) {
          process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no cleanup
          killed = true;
          break;
        }
      }
    }
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the killed run did not end");
    assertTrue(killed, "the run never reported phase " + phase);
    assertEquals(137, process.exitValue(), "killed by SIGKILL");
  }

  private static List<String> listing(Path directory) throws Exception {
    List<String> names = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.filter(Files::isRegularFile).forEach(p -> names.add(directory.relativize(p) + " " + size(p)));
    }
    names.sort(null);
    return names;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return -1;
    }
  }
}

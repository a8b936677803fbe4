package org.paivand.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jobs/nightly.sh} as a scheduler runs it: spark-submit (Spark's own SparkSubmit, from a SPARK_HOME made of the
 * jars Maven resolved, as jobs/local-cluster does) on {@code local[2]} with the shaded jar, settings from the
 * environment; the job's exit code comes back through the script: 0 for a night, 2 for a bad date.
 */
class NightlyScriptIT {
  static final Path HOME = Path.of(System.getProperty("paivand.repo", ".")).toAbsolutePath();
  @TempDir Path work;

  @Test
  void nightlyShSubmitsTheJobAndPassesItsExitCodeThrough() throws Exception {
    Path sparkHome = sparkHome();
    Path root = work.resolve("root/ingest_date=2024-01-01");
    Files.createDirectories(root);
    Files.copy(HOME.resolve("samples/demo-corpus/seed/part-00000.parquet"), root.resolve("part-00000.parquet"));
    Path output = work.resolve("out");
    Map<String, String> environment = Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.13",
        "SPARK_LOCAL_IP", "127.0.0.1", "SPARK_SUBMIT", sparkHome.resolve("bin/spark-submit").toString(),
        "SPARK_MASTER", "local[2]", "PAIVAND_INPUT", work.resolve("root").toString(),
        "PAIVAND_OUTPUT", output.toString(), "PAIVAND_DRIVER_MEMORY", "1g", "PAIVAND_EXECUTOR_MEMORY", "");

    int night = script(environment, "--date", "2024-01-01");
    assertEquals(0, night);
    JsonNode report = new ObjectMapper().readTree(output.resolve("_run.json").toFile());
    assertEquals("nightly", report.get("command").asText());
    assertEquals("new", report.get("partitions_processed").get("2024-01-01").get("action").asText());
    assertEquals("local[2]", report.get("spark").get("master").asText());
    assertTrue(report.get("reconciled").asBoolean());

    assertEquals(2, script(environment, "--date", "2024-13-01"), "a bad date is the job's exit code 2");
  }

  private int script(Map<String, String> environment, String... arguments) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(concat(HOME.resolve("jobs/nightly.sh").toString(), arguments))
        .directory(HOME.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("script.log").toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), "nightly.sh did not finish");
    System.out.println(Files.readString(work.resolve("script.log"), StandardCharsets.UTF_8).lines()
        .filter(line -> line.contains("paivand") || line.contains("rror")).limit(20).toList());
    return process.exitValue();
  }

  /** jars/ links Spark's runtime class path (not picocli: it travels relocated in the jar); bin/ the stand-ins. */
  private Path sparkHome() throws Exception {
    Path home = work.resolve("spark-home");
    Files.createDirectories(home.resolve("jars"));
    Files.createDirectories(home.resolve("bin"));
    Files.createDirectories(home.resolve("conf"));
    for (String jar : Files.readString(HOME.resolve("target/classpath.txt")).trim().split(":")) {
      Path path = Path.of(jar);
      if (!path.getFileName().toString().startsWith("picocli-") && Files.exists(path)) {
        Files.createSymbolicLink(home.resolve("jars").resolve(path.getFileName()), path);
      }
    }
    for (String script : new String[] {"spark-class", "spark-submit"}) {
      Files.copy(HOME.resolve("jobs/local-cluster/" + script), home.resolve("bin/" + script));
      home.resolve("bin/" + script).toFile().setExecutable(true);
    }
    Files.copy(HOME.resolve("jobs/local-cluster/log4j2.properties"), home.resolve("conf/log4j2.properties"));
    return home;
  }

  private static String[] concat(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}

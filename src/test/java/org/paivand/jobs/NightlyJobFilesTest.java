package org.paivand.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The scheduling files operators use: the Airflow DAG parses as Python and submits the nightly job with the templated
 * date, retries and an SLA; nightly.sh is valid bash and reads every key the properties file defines.
 * ({@code NightlyScriptIT} runs nightly.sh for real.)
 */
class NightlyJobFilesTest {
  static final Path JOBS = Path.of(System.getProperty("paivand.repo", ".")).resolve("jobs").toAbsolutePath();

  @Test
  void theAirflowDagCompilesAndSubmitsTheNightlyJobWithTheTemplatedDate() throws Exception {
    Path dag = JOBS.resolve("airflow/paivand_nightly.py");
    // ast walk: the operator call and its keyword arguments, as Python parses them (Airflow is not installed)
    String script = String.join("\n",
        "import ast, sys",
        "tree = ast.parse(open(sys.argv[1]).read(), sys.argv[1])",
        "compile(tree, sys.argv[1], 'exec')",
        "calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, 'id', '') == 'SparkSubmitOperator']",
        "assert len(calls) == 1, calls",
        "kw = {k.arg: k.value for k in calls[0].keywords}",
        "print('java_class', ast.literal_eval(kw['java_class']))",
        "args = [ast.literal_eval(a) if isinstance(a, ast.Constant) else '<name>' for a in kw['application_args'].elts]",
        "print('command', args[0])",
        "print('date', args[args.index('--date') + 1])",
        "defaults = [n for n in ast.walk(tree) if isinstance(n, ast.Assign) and getattr(n.targets[0], 'id', '') == 'default_args'][0].value",
        "d = {ast.literal_eval(k): v for k, v in zip(defaults.keys, defaults.values)}",
        "print('retries', ast.literal_eval(d['retries']))",
        "print('sla', ast.unparse(d['sla']))",
        "imports = [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]",
        "print('operator_module', [m for m in imports if 'spark_submit' in m][0])");
    List<String> lines = python(script, dag.toString());
    assertEquals(List.of("java_class org.paivand.cli.PaivandCli", "command nightly", "date {{ ds }}", "retries 3",
        "sla timedelta(hours=4)", "operator_module airflow.providers.apache.spark.operators.spark_submit"), lines);
  }

  @Test
  void nightlyShIsValidBashAndReadsEveryPropertyKey() throws Exception {
    Path script = JOBS.resolve("nightly.sh");
    Process check = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
    assertTrue(check.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, check.exitValue(), new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    assertTrue(Files.isExecutable(script));
    Properties properties = new Properties();
    try (var in = Files.newInputStream(JOBS.resolve("nightly.properties"))) {
      properties.load(in);
    }
    String text = Files.readString(script);
    for (String key : properties.stringPropertyNames()) {
      assertTrue(text.contains("property " + key + ")"), "nightly.sh reads " + key);
    }
    assertTrue(text.contains("--class org.paivand.cli.PaivandCli"));
    assertTrue(text.contains("\"$jar\" nightly "), "the jar's command line runs its nightly command");
    assertTrue(text.contains("exec \"${submit[@]}\""), "exec passes the job's exit code through");
  }

  @Test
  void theCronExampleRunsTheScriptForYesterday() throws Exception {
    String cron = Files.readString(JOBS.resolve("cron.example"));
    String entry = cron.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).findFirst().orElseThrow();
    assertEquals(6, entry.split("\\s+", 6).length, "five time fields and a command: " + entry);
    assertTrue(entry.contains("jobs/nightly.sh --date \"$(date -u -d yesterday +\\%F)\""), entry);
  }

  private static List<String> python(String script, String argument) throws Exception {
    Process process = new ProcessBuilder("python3", "-c", script, argument).redirectErrorStream(true).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), out);
    return out.lines().toList();
  }
}

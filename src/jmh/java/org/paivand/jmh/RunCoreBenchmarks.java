package org.paivand.jmh;

import java.io.IOException;
import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link CoreBenchmark} and prints, per benchmark and corpus, millions of characters per second and MB (UTF-8)
 * per second on one core (each benchmark is single-threaded), as a Markdown table for docs/benchmarks.md. Arguments
 * are passed to JMH as a benchmark name filter (default: all of CoreBenchmark).
 */
public final class RunCoreBenchmarks {
  private RunCoreBenchmarks() {}

  public static void main(String[] args) throws RunnerException, IOException {
    String include = args.length > 0 ? args[0] : CoreBenchmark.class.getSimpleName();
    Options options = new OptionsBuilder().include(include)
        // replaces the annotation's jvmArgsAppend, so the heap and collector are repeated here
        .jvmArgsAppend("-Xmx1g", "-XX:+UseParallelGC", "-Dpaivand.repo=" + System.getProperty("paivand.repo", "."))
        .build();
    Collection<RunResult> results = new Runner(options).run();
    System.out.println();
    System.out.println("| benchmark | corpus | passes/s (± 99.9%) | M chars/s per core | MB/s per core |");
    System.out.println("|---|---|---:|---:|---:|");
    for (RunResult result : results) {
      String corpus = result.getParams().getParam("corpus");
      String[] documents = Corpora.documents(corpus);
      double passes = result.getPrimaryResult().getScore();
      double error = result.getPrimaryResult().getScoreError();
      String name = result.getParams().getBenchmark();
      System.out.printf("| %s | %s (%,d docs, %,d chars) | %.1f ± %.1f | %.1f | %.1f |%n",
          name.substring(name.lastIndexOf('.') + 1), corpus, documents.length, Corpora.characters(documents), passes,
          error, passes * Corpora.characters(documents) / 1e6, passes * Corpora.utf8Bytes(documents) / 1e6);
    }
  }
}

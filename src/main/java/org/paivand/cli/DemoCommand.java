package org.paivand.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.paivand.errors.InputErrors;
import org.paivand.spark.run.CooccurrenceJob;
import org.paivand.spark.job.JobConfig;
import org.paivand.spark.job.SeriesOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code paivand demo}: the co-occurrence job on the sample corpus that ships in {@code samples/demo-corpus} (Fars
 * News in Persian, ABC headlines in English, and the IRNA seed article), with the {@code timeseries} table of
 * {@link #WATCHLIST}, then a short summary of what it found; {@code paivand report} draws its charts.
 */
@Command(name = "demo", description = "Run the job on the bundled sample corpus and summarize the result.")
public final class DemoCommand implements Callable<Integer> {
  static final String SAMPLE = "samples/demo-corpus";
  /**
   * The demo's series: the default watchlist, and Iraq–US, the pair the dense half-year of 2003 headlines
   * ({@code samples/demo-corpus/abcnews-2003}) follows through the Iraq war, with dozens of articles a week.
   */
  static final List<String> WATCHLIST = List.of("IR,RU", "AM,AZ", "IQ,US");

  @Option(names = "--output", paramLabel = "DIR",
      description = "the paivand output to write, replaced as a whole (default: target/demo-output)")
  String output;

  @Mixin QuietMixin quiet;

  @Mixin SparkOptions sparkOptions;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Path home = Path.of(System.getProperty("paivand.home", ".")).toAbsolutePath().normalize();
    Path sample = home.resolve(SAMPLE);
    if (!Files.isDirectory(sample)) {
      throw InputErrors.sampleCorpusMissing(sample, home);
    }
    String target = output != null ? output : home.resolve("target/demo-output").toString();
    JobConfig config = JobConfig.of(List.of(sample.resolve("*").toUri().toString()), target).toBuilder()
        .series(SeriesOptions.defaults().withWatchlist(WATCHLIST)).quiet(quiet.enabled()).build();
    return sparkOptions.inSession(config.inputs(), spark -> {
      try (Progress progress = new Progress(quiet.enabled(), System.err)) {
        DemoSummary.print(spark, CooccurrenceJob.run(spark, config, progress), spec.commandLine().getOut());
      }
      return UserErrors.OK;
    });
  }
}

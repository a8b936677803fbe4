package org.paivand.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.paivand.errors.OptionErrors;
import org.paivand.spark.nightly.NightlyJob;
import org.paivand.spark.nightly.NightlyOptions;
import org.paivand.spark.nightly.NightlyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code paivand nightly}: the incremental run over a root of deliveries ({@code ingest_date=YYYY-MM-DD}
 * directories). Takes every option of {@code run} (the same columns, zone, limits), so that a nightly output and a
 * full run of the same root are built alike.
 */
@Command(name = "nightly", description = "Update an output with the deliveries (ingest_date=YYYY-MM-DD directories"
    + " under --input) that are new or re-delivered since the last night; rewrites only the publication months"
    + " they change.")
public final class NightlyCommand implements Callable<Integer> {
  @Mixin RunCommand run;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "the night to process: deliveries after it wait (default: today in --zone)")
  String date;

  @Option(names = "--lookback-days", paramLabel = "N",
      description = "check processed deliveries of the last N days for re-delivery (default: all of them)")
  Integer lookbackDays;

  @Mixin LeaseMixin lease;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var config = run.config();
    LocalDate night = date == null ? LocalDate.now(config.zone()) : parseDate(date, "--date");
    return execute(run, new NightlyOptions(config, night, lookbackDays, null, lease.duration()),
        spec.commandLine().getOut());
  }

  static LocalDate parseDate(String text, String option) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw OptionErrors.notADate(option, text, e.getMessage());
    }
  }

  /** Runs a nightly or backfill: Spark is started only when there is something to do. */
  static int execute(RunCommand run, NightlyOptions options, PrintWriter out) {
    return run.sparkOptions.withLazySession(run.submitted, options.job().inputs(), sessions -> {
      Configuration hadoop;
      if (run.submitted || SparkOptions.underSparkSubmit()) {
        hadoop = sessions.get().sparkContext().hadoopConfiguration();
      } else {
        hadoop = new Configuration();
        run.sparkOptions.conf.forEach((key, value) -> {
          if (key.startsWith("spark.hadoop.")) {
            hadoop.set(key.substring("spark.hadoop.".length()), value);
          }
        });
      }
      NightlyResult result;
      try (Progress progress = new Progress(run.quiet.enabled(), System.err)) {
        result = NightlyJob.run(sessions, hadoop, options, progress);
      }
      if (!run.quiet.enabled()) {
        out.println(summary(result, options));
      }
      return UserErrors.OK;
    });
  }

  static String summary(NightlyResult result, NightlyOptions options) {
    if (result.nothingNew()) {
      return "nothing new up to " + options.date() + ": " + result.output() + " is unchanged"
          + (result.later().isEmpty() ? "" : " (" + result.later().size() + " later deliveries wait)");
    }
    String deliveries = result.partitions().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    return "updated " + result.output() + ": " + result.partitions().size() + " deliveries (" + deliveries + "), "
        + result.rowsRead() + " rows read (" + result.rowsUsed() + " used, " + result.rowsRejected() + " rejected, "
        + result.rowsDuplicate() + " duplicate); " + result.rewrittenDates().size() + " publication days in "
        + result.rewrittenMonths().size() + " months rewritten";
  }
}

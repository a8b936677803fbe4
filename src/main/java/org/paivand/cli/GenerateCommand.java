package org.paivand.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.paivand.errors.OptionErrors;
import org.paivand.errors.OutputErrors;
import org.paivand.generate.CorpusGenerator;
import org.paivand.generate.GenerateSummary;
import org.paivand.generate.GeneratorOptions;
import org.paivand.generate.LanguageMix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code paivand generate}: a deterministic synthetic corpus with the ground truth it planted, for benchmarks and the
 * accuracy check at scale (docs/benchmarks.md). Pure Java, no Spark; bad options are user errors (exit 2).
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a synthetic Persian and English news corpus (DIR/corpus/*.parquet) and the counts it planted",
      "(DIR/truth/pairs.csv, entities.csv, totals.csv, duplicates.csv). Same seed and options, same corpus."
    })
final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--articles", required = true, paramLabel = "N", description = "Rows to write, copies included.")
  long articles;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Local directory for the corpus and its truth, absent or empty.")
  Path output;

  @Option(names = "--days", defaultValue = "365", paramLabel = "D",
      description = "Publication days (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--first-day", defaultValue = "2020-03-20", paramLabel = "DATE",
      description = "First publication day, yyyy-MM-dd (default: ${DEFAULT-VALUE}, 1399/01/01).")
  String firstDay;

  @Option(names = "--lang-mix", defaultValue = LanguageMix.DEFAULT, paramLabel = "MIX",
      description = "Language shares (default: ${DEFAULT-VALUE}).")
  String languageMix;

  @Option(names = "--busy-day-share", defaultValue = "0.2", paramLabel = "SHARE",
      description = "Share of all articles on one day in the middle of the range (default: ${DEFAULT-VALUE}).")
  double busyDayShare;

  @Option(names = "--duplicate-share", defaultValue = "0.05", paramLabel = "SHARE",
      description = "Share of rows that copy a recent article, half exact, half near (default: ${DEFAULT-VALUE}).")
  double duplicateShare;

  @Option(names = "--rows-per-file", defaultValue = "100000", paramLabel = "N",
      description = "Rows per Parquet file (default: ${DEFAULT-VALUE}).")
  long rowsPerFile;

  @Mixin QuietMixin quiet;

  @Override
  public Integer call() throws IOException {
    GeneratorOptions options = options();
    PrintWriter err = spec.commandLine().getErr();
    boolean showProgress = !quiet.enabled() && System.console() != null;
    GenerateSummary summary;
    try {
      summary = CorpusGenerator.generate(options, written -> {
        if (showProgress && written % 100_000 == 0) {
          err.printf("generated %,d of %,d articles%n", written, options.articles());
          err.flush();
        }
      });
    } catch (IllegalArgumentException e) {
      throw OutputErrors.cannotGenerateInto(output, e.getMessage());
    }
    if (!quiet.enabled()) {
      err.printf("generated %,d articles (%,d exact and %,d near copies), %,.0f chars on average, %,d on the busy "
              + "day, %d days, in %.1f s: %s%n", summary.articles(), summary.exactCopies(), summary.nearCopies(),
          summary.averageLength(), summary.busyDayArticles(), summary.days(), summary.seconds(),
          options.output().resolve("corpus"));
      err.flush();
    }
    return UserErrors.OK;
  }

  private GeneratorOptions options() {
    LocalDate first;
    try {
      first = LocalDate.parse(firstDay);
    } catch (DateTimeParseException e) {
      throw OptionErrors.firstDayNotADate(firstDay, e.getMessage());
    }
    try {
      return new GeneratorOptions(articles, seed, output, days, first, LanguageMix.parse(languageMix), busyDayShare,
          duplicateShare, rowsPerFile);
    } catch (IllegalArgumentException e) {
      throw OptionErrors.badGenerateOption(e.getMessage());
    }
  }
}

package org.paivand.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.paivand.errors.OptionErrors;
import org.paivand.spark.nightly.NightlyOptions;
import org.paivand.spark.nightly.NightlyPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code paivand backfill --from D1 --to D2}: reads the deliveries of that range of ingest dates again, whatever their
 * files, plus anything new up to D2, in one nightly update. The way to redo a range after a fix, and, over every
 * delivery, after a gazetteer or settings change (see {@code docs/operations.md}).
 */
@Command(name = "backfill", description = "Read the deliveries with ingest dates from --from to --to again (and any"
    + " new ones up to --to) and update the output as nightly does.")
public final class BackfillCommand implements Callable<Integer> {
  @Mixin RunCommand run;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "first ingest date to redo")
  String from;

  @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "last ingest date to redo")
  String to;

  @Mixin LeaseMixin lease;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    LocalDate first = NightlyCommand.parseDate(from, "--from");
    LocalDate last = NightlyCommand.parseDate(to, "--to");
    if (last.isBefore(first)) {
      throw OptionErrors.backfillRangeEmpty(first, last);
    }
    NightlyOptions options = new NightlyOptions(run.config(), last, null, new NightlyPlan.Range(first, last),
        lease.duration());
    return NightlyCommand.execute(run, options, spec.commandLine().getOut());
  }
}

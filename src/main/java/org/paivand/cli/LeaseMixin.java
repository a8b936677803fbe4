package org.paivand.cli;

import java.time.Duration;
import org.paivand.errors.OptionErrors;
import picocli.CommandLine.Option;

/** {@code --lease-minutes} of the commands that update an output under its lock ({@code nightly}, {@code backfill}). */
public final class LeaseMixin {
  @Option(names = "--lease-minutes", defaultValue = "10", paramLabel = "M",
      description = "a lock not renewed for M minutes is stale and taken over (default: 10)")
  private long minutes;

  /** The lease; under a minute is a user error, as a live run renews its lock every quarter of it. */
  Duration duration() {
    if (minutes < 1) {
      throw OptionErrors.leaseTooShort(minutes);
    }
    return Duration.ofMinutes(minutes);
  }
}

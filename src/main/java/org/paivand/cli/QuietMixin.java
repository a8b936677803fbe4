package org.paivand.cli;

import picocli.CommandLine.Option;

/**
 * {@code --quiet}, with one meaning for every command that takes it: no progress lines and no closing messages, while
 * results (a series, a benchmark table, run's row counts) and errors are still printed.
 */
public final class QuietMixin {
  @Option(names = "--quiet", description = "print only results and errors: no progress lines, no closing messages")
  private boolean quiet;

  /** Whether {@code --quiet} was given. */
  boolean enabled() {
    return quiet;
  }
}

package org.paivand.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/** Log levels for CLI runs: paivand's phase lines at INFO on a terminal, only warnings with --quiet. */
final class Logging {
  private Logging() {}

  static void configure(boolean quiet) {
    Configurator.setLevel("org.paivand", quiet ? Level.WARN : Level.INFO);
  }
}

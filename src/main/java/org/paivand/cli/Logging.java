package org.paivand.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * Log levels for local CLI runs. On a terminal the progress display shows each phase, so paivand's INFO phase lines
 * would only repeat it; in scripts a run stays quiet. {@code --verbose} brings the phase lines back. Runs under
 * spark-submit keep the cluster's logging configuration.
 */
final class Logging {
  private Logging() {}

  static void configure(boolean verbose) {
    Configurator.setLevel("org.paivand", verbose ? Level.INFO : Level.WARN);
  }
}

package org.paivand.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Where the log of a local CLI run goes. Spark's warnings (a block that did not fit the cache, a slow task) and
 * paivand's phase lines go to a file, {@code target/logs/paivand-TIME.log} under the checkout (or the temporary
 * directory), named at the end of a run on a terminal: on the terminal itself they would break into the progress line
 * and scroll it away. {@code --verbose} also prints them on the terminal, phase lines included. Runs under
 * spark-submit keep the cluster's logging configuration.
 */
final class Logging {
  static final String CONSOLE = "console";
  private static final String FILE = "paivand-file";
  private static volatile Path file;

  private Logging() {}

  static synchronized void configure(boolean verbose) {
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    Configuration configuration = context.getConfiguration();
    LoggerConfig root = configuration.getRootLogger();
    if (file == null) {
      file = directory().resolve("paivand-" + LocalDateTime.now(ZoneOffset.UTC)
          .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-" + ProcessHandle.current().pid() + ".log");
      FileAppender appender = FileAppender.newBuilder()
          .setName(FILE)
          .withFileName(file.toString())
          .withCreateOnDemand(true)
          .setLayout(PatternLayout.newBuilder().withPattern("%d{yyyy-MM-dd HH:mm:ss} %p %c{1}: %m%n").build())
          .setConfiguration(configuration)
          .build();
      appender.start();
      configuration.addAppender(appender);
      root.addAppender(appender, null, null);
    }
    if (!verbose && root.getAppenders().containsKey(CONSOLE)) {
      root.removeAppender(CONSOLE);
    }
    context.updateLoggers();
    Configurator.setLevel("org.paivand", Level.INFO);
  }

  /** The log file of this run, once {@link #configure} made it (it exists once something was logged). */
  static Path file() {
    return file;
  }

  private static Path directory() {
    String home = System.getProperty("paivand.home");
    return home != null ? Path.of(home, "target", "logs") : Path.of(System.getProperty("java.io.tmpdir"));
  }
}

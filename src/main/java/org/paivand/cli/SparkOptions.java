package org.paivand.cli;

import org.paivand.spark.input.RunSizing;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.paivand.spark.input.RunSizing;
import org.paivand.spark.job.SparkSessions;
import picocli.CommandLine.Option;

/**
 * The options of every subcommand that runs Spark ({@code --master}, {@code --conf}, {@code --verbose}) and the one
 * way they get their session, so that {@code run}, {@code series}, {@code report}, ... behave alike.
 */
public final class SparkOptions {
  /**
   * Set by {@code spark-submit} (it passes its settings to the application as system properties): the application
   * jar's main class is this command line, and a run under spark-submit uses the session spark-submit configured.
   */
  static final String SUBMIT_TIME = "spark.app.submitTime";

  @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL",
      description = "Spark master for local runs (default: local[*])")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "extra Spark setting, repeatable")
  Map<String, String> conf = new LinkedHashMap<>();

  @Option(names = "--verbose", description = "print stack traces of errors")
  boolean verbose;

  /**
   * Runs {@code body} in a Spark session. A session already running in this JVM (a notebook's, a test's) is used as
   * it is and left running; one started here gets its shuffle partitions sized from {@code sizeFrom} (none when
   * empty) and is stopped when {@code body} ends, however it ends.
   */
  <T> T inSession(List<String> sizeFrom, Function<SparkSession, T> body) {
    return inSession(false, sizeFrom, body);
  }

  /**
   * As {@link #inSession(List, Function)}; under {@code spark-submit} ({@code submitted}) the session is
   * spark-submit's: sized, its logging left as spark-submit set it, never stopped here.
   */
  <T> T inSession(boolean submitted, List<String> sizeFrom, Function<SparkSession, T> body) {
    return withLazySession(submitted, sizeFrom, sessions -> body.apply(sessions.get()));
  }

  /** As {@link #inSession(boolean, List, Function)}, but Spark starts only if {@code body} asks for the session. */
  <T> T withLazySession(boolean submittedFlag, List<String> sizeFrom, Function<Supplier<SparkSession>, T> body) {
    boolean submitted = submittedFlag || underSparkSubmit();
    if (!submitted) {
      Logging.configure(verbose);
    }
    boolean existed = !submitted && SparkSession.getDefaultSession().nonEmpty();
    SparkSession[] session = new SparkSession[1];
    Supplier<SparkSession> sessions = () -> {
      if (session[0] == null) {
        session[0] = submitted ? SparkSessions.submitted() : SparkSessions.local(master, conf);
        if (!existed && !sizeFrom.isEmpty()) {
          RunSizing.apply(session[0], sizeFrom);
        }
      }
      return session[0];
    };
    try {
      return body.apply(sessions);
    } finally {
      if (!submitted && !existed && session[0] != null) {
        session[0].stop();
      }
    }
  }

  /** Whether this JVM was started by {@code spark-submit}. */
  static boolean underSparkSubmit() {
    return System.getProperty(SUBMIT_TIME) != null;
  }
}

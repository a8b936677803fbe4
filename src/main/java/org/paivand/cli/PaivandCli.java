package org.paivand.cli;

import org.paivand.output.NioLocalFileSystem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one entry point of {@code bin/paivand}. Each subcommand is a thin {@link java.util.concurrent.Callable} that
 * parses options, calls a library class and maps the outcome to an exit code: 0 success, 1 failure, 2 bad usage or
 * bad input that the user can fix.
 */
@Command(
    name = "paivand",
    mixinStandardHelpOptions = true,
    versionProvider = PaivandCli.Version.class,
    description = "Co-occurrence time series of entities in Persian and English news.",
    subcommands = {
      RunCommand.class,
      ExtractCommand.class,
      DateCommand.class,
      DemoCommand.class,
      ImportCommand.class,
      EvalCommand.class,
      AmbiguousCommand.class,
      ReportCommand.class,
      SeriesCommand.class,
      PartnersCommand.class,
      NightlyCommand.class,
      BackfillCommand.class,
      GenerateCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class PaivandCli {

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the CLI in-process and returns the exit code; tests call this instead of {@link #main}. */
  public static int execute(String... args) {
    NioLocalFileSystem.install();
    return newCommandLine().execute(args);
  }

  static CommandLine newCommandLine() {
    CommandLine commandLine = new CommandLine(new PaivandCli());
    commandLine.setExitCodeExceptionMapper(UserErrors::exitCodeOf);
    commandLine.setExecutionExceptionHandler(UserErrors::handle);
    return commandLine;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = PaivandCli.class.getPackage().getImplementationVersion();
      return new String[] {"paivand " + (version == null ? "(development build)" : version)};
    }
  }
}

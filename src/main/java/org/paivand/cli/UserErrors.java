package org.paivand.cli;

import org.paivand.errors.UserError;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Where every error that reaches the user is turned into a message and an exit code. */
final class UserErrors {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private UserErrors() {}

  static int exitCodeOf(Throwable error) {
    return isUserError(error) || error instanceof CommandLine.ParameterException ? USAGE : FAILED;
  }

  static int handle(Exception error, CommandLine commandLine, ParseResult parseResult) {
    boolean verbose = parseResult.hasMatchedOption("--verbose")
        || (parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose"));
    Throwable userError = findUserError(error);
    if (userError != null) {
      commandLine.getErr().println("paivand: " + userError.getMessage());
      if (verbose) {
        error.printStackTrace(commandLine.getErr());
      }
      return USAGE;
    }
    commandLine.getErr().println("paivand: failed: " + error);
    if (verbose) {
      error.printStackTrace(commandLine.getErr());
    } else {
      commandLine.getErr().println("  (run again with --verbose for the stack trace)");
    }
    return FAILED;
  }

  private static boolean isUserError(Throwable error) {
    return findUserError(error) != null;
  }

  private static Throwable findUserError(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof UserError) {
        return t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}

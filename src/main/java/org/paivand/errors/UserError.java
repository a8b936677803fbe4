package org.paivand.errors;

/**
 * A failure the user can fix: bad option, missing column, unreadable input. Printed as one message saying the problem,
 * its cause and the fix, with exit code 2 and no stack trace (unless {@code --verbose}).
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserError(String problem, String cause, String fix) {
    super(problem + "\n  cause: " + cause + "\n  fix:   " + fix);
  }

  public UserError(String message) {
    super(message);
  }
}

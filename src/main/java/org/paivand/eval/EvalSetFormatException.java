package org.paivand.eval;

/** An evaluation set line that cannot be used; the message starts with {@code file:line}. */
public final class EvalSetFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  EvalSetFormatException(String message) {
    super(message);
  }
}

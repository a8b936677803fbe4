package org.paivand.gazetteer;

/** A gazetteer file line that cannot be used; the message starts with {@code file:line}. */
public final class GazetteerFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  GazetteerFormatException(String message) {
    super(message);
  }
}

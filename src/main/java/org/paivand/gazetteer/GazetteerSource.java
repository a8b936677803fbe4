package org.paivand.gazetteer;

import java.io.Serializable;

/**
 * The contents of one gazetteer file given with {@code --gazetteer}, read once where the run starts: {@code name} is
 * the path as given (for error messages and explanations), {@code text} the whole file. Shipped to Spark executors by
 * value, so they need no access to the file.
 */
public record GazetteerSource(String name, String text) implements Serializable {
  private static final long serialVersionUID = 1L;
}

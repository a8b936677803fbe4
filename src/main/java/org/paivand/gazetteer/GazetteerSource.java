package org.paivand.gazetteer;

import java.io.Serializable;

/**
 * The contents of one gazetteer file given with {@code --gazetteer}, read once where the run starts: {@code name} is
 * the path as given (for error messages and explanations), {@code text} the whole file. Shipped to Spark executors by
 * value, so they need no access to the file.
 */
public record GazetteerSource(String name, String text) implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The first line of a file of office terms (docs/gazetteer.md, "Roles"), which is read as terms, not entities. */
  public static final String TERMS_HEADER = "country\toffice\tperson\tfrom\tto\tsource";

  /** True if the file's first line that is neither blank nor a {@code #} comment is {@link #TERMS_HEADER}. */
  public boolean isTermsFile() {
    for (String line : text.split("\n", -1)) {
      String stripped = line.strip();
      if (!stripped.isEmpty() && !stripped.startsWith("#")) {
        return stripped.equals(TERMS_HEADER);
      }
    }
    return false;
  }
}

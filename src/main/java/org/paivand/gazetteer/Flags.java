package org.paivand.gazetteer;

/**
 * The optional last column of a gazetteer line: comma-separated {@code suffix=none|plural|all}, {@code case=exact}
 * (the alias must appear in the original text exactly as written in the file) and, in {@code countries.tsv} only,
 * {@code remove}.
 */
record Flags(SuffixClass suffixes, boolean exact, boolean remove) {
  static Flags parse(String text, String source) {
    SuffixClass suffixes = null;
    boolean exact = false;
    boolean remove = false;
    if (!text.isEmpty()) {
      for (String flag : text.split(",")) {
        String trimmed = flag.strip();
        if (trimmed.equals("case=exact")) {
          exact = true;
        } else if (trimmed.equals("remove")) {
          remove = true;
        } else if (trimmed.startsWith("suffix=")) {
          try {
            suffixes = SuffixClass.parse(trimmed.substring("suffix=".length()));
          } catch (IllegalArgumentException e) {
            throw GazetteerLoader.error(source, "unknown suffix class in '" + trimmed + "'; use none, plural or all");
          }
        } else {
          throw GazetteerLoader.error(source, "unknown flag '" + trimmed + "'; known: suffix=none|plural|all,"
              + " case=exact, remove");
        }
      }
    }
    return new Flags(suffixes, exact, remove);
  }

  String exactCase(String alias) {
    return exact ? alias : null;
  }
}

package org.paivand.gazetteer;

/**
 * The flags that may follow a name in brackets ({@code US [case=exact, suffix=none]}): {@code suffix=none|plural|all|name}
 * (which endings may follow inside the word), {@code case=exact} (the original text must show the name exactly as
 * written), {@code context=RULE} (a {@link ContextRule}), and {@code remove} (drop this name from the entity, whatever
 * source gave it: CLDR, the standard files or an earlier file).
 */
record Flags(SuffixClass suffixes, boolean exact, ContextRule context, boolean remove) {
  static final Flags NONE = new Flags(null, false, ContextRule.NONE, false);

  static Flags parse(String text, String source) {
    SuffixClass suffixes = null;
    boolean exact = false;
    boolean remove = false;
    ContextRule context = ContextRule.NONE;
    if (!text.isBlank()) {
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
            throw GazetteerLoader.error(source, "unknown suffix class in '" + trimmed + "'; use none, plural, all or name");
          }
        } else if (trimmed.startsWith("context=")) {
          try {
            context = ContextRule.parse(trimmed.substring("context=".length()));
          } catch (IllegalArgumentException e) {
            throw GazetteerLoader.error(source, "unknown context rule in '" + trimmed + "'; known: "
                + java.util.Arrays.stream(ContextRule.values()).map(ContextRule::label).toList());
          }
        } else {
          throw GazetteerLoader.error(source, "unknown flag '" + trimmed + "'; known: suffix=none|plural|all|name,"
              + " case=exact, context=RULE, remove");
        }
      }
    }
    return new Flags(suffixes, exact, context, remove);
  }

  String exactCase(String alias) {
    return exact ? alias : null;
  }
}

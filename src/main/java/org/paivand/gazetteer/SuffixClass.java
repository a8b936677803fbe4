package org.paivand.gazetteer;

/**
 * Which endings may follow an alias inside the same word. Ending rules are per script: see {@link WordEndings}.
 *
 * <ul>
 *   <li>{@code NONE}: the alias must end the word ({@code turkey} is not {@code turkeys}).
 *   <li>{@code PLURAL}: Persian adjective, plural and ezafe endings only ({@code روس} → {@code روسها}, {@code روسی},
 *       but not {@code ترکش} "shrapnel" from {@code ترک}); English {@code s} only where the alias allows it. The
 *       default for one-word Persian aliases of three letters or fewer, where clitics make real words.
 *   <li>{@code ALL}: also the possessive and object clitics ({@code ش}, {@code شان}, {@code مان}, ...); English
 *       {@code s} ({@code irans}, the apostrophe-stripped possessive of lowercased headlines). The default otherwise.
 * </ul>
 */
public enum SuffixClass {
  NONE,
  PLURAL,
  ALL;

  static SuffixClass parse(String name) {
    return valueOf(name.toUpperCase(java.util.Locale.ROOT));
  }
}

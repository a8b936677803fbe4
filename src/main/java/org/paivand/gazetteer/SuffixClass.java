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
 *   <li>{@code NAME}: a person's name, which does not take the endings of a noun: no plural ({@code ها}, {@code های},
 *       {@code هایش}), no indefinite {@code ی} ({@code ظریفی} "a subtle one", {@code خاتمیت} "finality" are not
 *       names), not even written as a separate word ({@code پوتین ها} "boots"); only the ezafe {@code ی} after a
 *       name ending in {@code ا} or {@code و} ({@code اوبامای}). English {@code s} (the possessive of lowercased
 *       headlines, {@code lindhs}). The default for Persian names of people.
 * </ul>
 */
public enum SuffixClass {
  NONE,
  PLURAL,
  ALL,
  NAME;

  static SuffixClass parse(String name) {
    return valueOf(name.toUpperCase(java.util.Locale.ROOT));
  }
}

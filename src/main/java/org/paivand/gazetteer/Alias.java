package org.paivand.gazetteer;

/**
 * One surface form of an entity, already normalized. {@code entity} indexes {@link Gazetteer#entity(int)}, or is
 * {@link #BLOCK} for a form that is matched only to stop shorter forms inside it from matching ({@code new jersey}).
 * {@code exactCase}, when not null, is the form the original text must show letter for letter ({@code WHO}, not the
 * pronoun {@code who}); {@code context} is the rule the words around a hit must pass. {@code source} says where the
 * form comes from ({@code CLDR fa IR}, {@code entities.tsv:12}), with {@code generated} true for CLDR names and the
 * spellings made from a written alias by dropping spaces.
 */
public record Alias(String text, int entity, SuffixClass suffixes, String exactCase, ContextRule context,
    boolean generated, String source) {
  public static final int BLOCK = -1;

  public boolean isBlock() {
    return entity == BLOCK;
  }
}

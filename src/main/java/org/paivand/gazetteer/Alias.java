package org.paivand.gazetteer;

/**
 * One surface form of an entity, already normalized. {@code entity} indexes {@link Gazetteer#entity(int)}, or is
 * {@link #BLOCK} for a form that is matched only to stop shorter forms inside it from matching ({@code new jersey}).
 * {@code exactCase}, when not null, is the form the original text must show letter for letter ({@code US}, not the
 * pronoun {@code us}).
 */
public record Alias(String text, int entity, SuffixClass suffixes, String exactCase, boolean generated) {
  public static final int BLOCK = -1;

  public boolean isBlock() {
    return entity == BLOCK;
  }
}

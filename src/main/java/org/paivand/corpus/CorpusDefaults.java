package org.paivand.corpus;

/**
 * The {@code lang} and {@code source} given on the command line ({@code --lang}, {@code --source}) for inputs that do
 * not name them themselves, such as the ABC headlines (lang {@code en}, source {@code abcnews}). Either may be
 * {@code null}. A value in the input always wins over a default.
 */
public record CorpusDefaults(String lang, String source) {
  /** No defaults: every value comes from the input. */
  public static final CorpusDefaults NONE = new CorpusDefaults(null, null);
}

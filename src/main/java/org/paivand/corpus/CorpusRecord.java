package org.paivand.corpus;

import java.util.Map;

/**
 * One article as the job reads it: the seven columns of {@link CorpusSchema}, each a string or {@code null}.
 *
 * <ul>
 *   <li>{@code text}: the whole article (title, lead and body joined by {@code "\n"}); the job reads this column.
 *   <li>{@code published}: the publication date exactly as the source gives it (Jalali or Gregorian); not parsed here.
 *   <li>{@code lang}: {@code fa} or {@code en}; {@code source}: {@code fars}, {@code abcnews}, {@code irna}, ...
 * </ul>
 */
public record CorpusRecord(
    String id, String title, String text, String published, String lang, String source, String url) {

  /** A record from column name to value; columns that are absent from the map are {@code null}. */
  public static CorpusRecord fromColumns(Map<String, String> values) {
    return new CorpusRecord(
        values.get(CorpusSchema.ID),
        values.get(CorpusSchema.TITLE),
        values.get(CorpusSchema.TEXT),
        values.get(CorpusSchema.PUBLISHED),
        values.get(CorpusSchema.LANG),
        values.get(CorpusSchema.SOURCE),
        values.get(CorpusSchema.URL));
  }

  /** The value of the named column of {@link CorpusSchema#COLUMNS}. */
  public String valueOf(String column) {
    switch (column) {
      case CorpusSchema.ID:
        return id;
      case CorpusSchema.TITLE:
        return title;
      case CorpusSchema.TEXT:
        return text;
      case CorpusSchema.PUBLISHED:
        return published;
      case CorpusSchema.LANG:
        return lang;
      case CorpusSchema.SOURCE:
        return source;
      case CorpusSchema.URL:
        return url;
      default:
        throw new IllegalArgumentException("not a corpus column: " + column);
    }
  }

  /** This record with {@code lang} and {@code source} taken from the defaults where this record has none. */
  public CorpusRecord withDefaults(CorpusDefaults defaults) {
    return new CorpusRecord(
        id,
        title,
        text,
        published,
        lang == null ? defaults.lang() : lang,
        source == null ? defaults.source() : source,
        url);
  }

  /** This record with another id. */
  public CorpusRecord withId(String newId) {
    return new CorpusRecord(newId, title, text, published, lang, source, url);
  }
}

package org.paivand.spark;

import java.time.ZoneId;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import org.paivand.article.ArticleAnalyzer;
import org.paivand.article.CooccurrenceTally;
import org.paivand.article.SentenceExcerpt;
import org.paivand.dates.DateParse;
import org.paivand.dates.PublicationDateParser;
import org.paivand.gazetteer.Gazetteer;
import org.paivand.text.TextFingerprint;

/**
 * The executor side of a run: for each input row of a partition, validate it, parse its publication date from the
 * date column (never from the text), analyse the text with the pure core and emit one {@link ArticleSchema} row.
 * Analyzer, tally and date parser are made once per partition and reused, so the only per-row allocations are the
 * output rows themselves. Rows are produced lazily, one per input row, so memory does not grow with the partition.
 */
final class ExtractMentions implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final Object[] NO_ROWS = new Object[0];

  private final String zone;
  private final int maxTextChars;
  private final long latestDay;
  private final LongAccumulator analysed;
  private final java.util.List<org.paivand.gazetteer.GazetteerSource> gazetteerFiles;
  private final boolean withShingles;

  /**
   * @param latestDay the last acceptable publication day (epoch day): later ones are {@code future_date} rejects
   * @param analysed counts rows for the progress display; a retried task may count its rows twice
   * @param gazetteerFiles the contents of the --gazetteer files ({@link GazetteerFiles#read}), shipped by value; each
   *     executor JVM builds their gazetteer once and shares it between its partitions
   */
  /** @param withShingles also emit the word shingles near-duplicate detection needs ({@code --dedup near}) */
  ExtractMentions(ZoneId zone, int maxTextChars, long latestDay, LongAccumulator analysed,
      java.util.List<org.paivand.gazetteer.GazetteerSource> gazetteerFiles, boolean withShingles) {
    this.zone = zone.getId();
    this.maxTextChars = maxTextChars;
    this.latestDay = latestDay;
    this.analysed = analysed;
    this.gazetteerFiles = java.util.List.copyOf(gazetteerFiles);
    this.withShingles = withShingles;
  }


  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    PartitionExtractor extractor = new PartitionExtractor();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return input.hasNext();
      }

      @Override
      public Row next() {
        analysed.add(1);
        return extractor.extract(input.next());
      }
    };
  }

  /** The per-partition state: made once per partition, reused for every row of it. */
  private final class PartitionExtractor {
    private final Gazetteer gazetteer = Gazetteer.withFiles(gazetteerFiles);
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer(gazetteer);
    private final CooccurrenceTally tally = new CooccurrenceTally(gazetteer.size());
    private final PublicationDateParser dates = new PublicationDateParser(ZoneId.of(zone));
    private final TextFingerprint fingerprint = new TextFingerprint();

    Row extract(Row row) {
      String id = row.getString(0);
      String text = row.getString(1);
      String lang = row.getString(2);
      if (id == null || id.isBlank()) {
        return reject(row, RejectReason.MISSING_ID, "the id column is null or empty");
      }
      if (text == null || hasNoContent(text)) {
        return reject(row, RejectReason.MISSING_TEXT, "the text columns are null or blank");
      }
      DateParse date = parseDate(row, dates);
      if (!date.isValid()) {
        return reject(row, date.reason(), date.detail());
      }
      if (date.date().toEpochDay() > latestDay) {
        return reject(row, RejectReason.FUTURE_DATE, "published " + date.date() + " is after the run's day "
            + java.time.LocalDate.ofEpochDay(latestDay - 1) + " (+1 day for zone differences)");
      }
      boolean truncated = text.length() > maxTextChars;
      CharSequence analysed = truncated ? text.subSequence(0, safeCut(text, maxTextChars)) : text;
      analyzer.analyze(analysed);
      tally.tally(analyzer);
      // the fingerprint reads the analyzer's normalized text: the same words the matcher saw, truncation included
      fingerprint.fingerprint(analyzer.normalized(), withShingles);
      boolean words = fingerprint.hasWords();
      return RowFactory.create(id, (int) date.date().toEpochDay(), lang, null, null, null, null, hash(text),
          text.length(), truncated, analyzer.sentenceCount(), entities(tally, gazetteer),
          documentPairs(tally, gazetteer), sentencePairs(tally, gazetteer), mentions(analyzer, gazetteer),
          sentenceTexts(analyzer, analysed),
          words ? fingerprint.contentHashHigh() : null, words ? fingerprint.contentHashLow() : null,
          withShingles ? fingerprint.shingles() : null, row.getString(6));
    }
  }

  private static DateParse parseDate(Row row, PublicationDateParser dates) {
    if (!row.isNullAt(4)) {
      return dates.fromEpochMicros(row.getLong(4));
    }
    if (!row.isNullAt(5)) {
      return dates.fromLocalDate(java.time.LocalDate.ofEpochDay(row.getInt(5)));
    }
    return dates.parse(row.getString(3));
  }

  private static String rawDate(Row row) {
    if (!row.isNullAt(3)) {
      return row.getString(3);
    }
    if (!row.isNullAt(4)) {
      return java.time.Instant.EPOCH.plusNanos(row.getLong(4) * 1000L).toString();
    }
    if (!row.isNullAt(5)) {
      return java.time.LocalDate.ofEpochDay(row.getInt(5)).toString();
    }
    return null;
  }

  /** A quarantined row keeps its raw fields: id, language, the date as read and the text. */
  private static Row reject(Row row, String reason, String detail) {
    return RowFactory.create(row.getString(0), null, row.getString(2), reason, detail, rawDate(row),
        row.getString(1), null, null, null, null, NO_ROWS, NO_ROWS, NO_ROWS, NO_ROWS, NO_ROWS, null, null, null,
        row.getString(6));
  }

  private static Object[] entities(CooccurrenceTally tally, Gazetteer gazetteer) {
    Object[] rows = new Object[tally.entityCount()];
    for (int k = 0; k < rows.length; k++) {
      rows[k] = RowFactory.create(gazetteer.id(tally.entity(k)), tally.mentions(k));
    }
    return rows;
  }

  private static Object[] documentPairs(CooccurrenceTally tally, Gazetteer gazetteer) {
    int entities = tally.entityCount();
    Object[] rows = new Object[entities * (entities - 1) / 2];
    int k = 0;
    for (int i = 0; i < entities; i++) {
      for (int j = i + 1; j < entities; j++) {
        rows[k++] = RowFactory.create(gazetteer.id(tally.entity(i)), gazetteer.id(tally.entity(j)), null);
      }
    }
    return rows;
  }

  private static Object[] sentencePairs(CooccurrenceTally tally, Gazetteer gazetteer) {
    Object[] rows = new Object[tally.sentencePairCount()];
    for (int k = 0; k < rows.length; k++) {
      rows[k] = RowFactory.create(gazetteer.id(tally.pairFirst(k)), gazetteer.id(tally.pairSecond(k)),
          tally.pairSentences(k));
    }
    return rows;
  }

  private static Object[] mentions(ArticleAnalyzer analyzer, Gazetteer gazetteer) {
    Object[] rows = new Object[analyzer.mentionCount()];
    for (int m = 0; m < rows.length; m++) {
      rows[m] = RowFactory.create(gazetteer.id(analyzer.mentionEntity(m)), analyzer.mentionSentence(m),
          analyzer.mentionStart(m), analyzer.mentionEnd(m));
    }
    return rows;
  }

  /**
   * One excerpt per sentence that holds a mention, not one per mention: a sentence naming five entities is stored
   * once here and joined to its mentions when the {@code mentions} table is written.
   */
  private static Object[] sentenceTexts(ArticleAnalyzer analyzer, CharSequence text) {
    int[] sentences = new int[analyzer.mentionCount()];
    int distinct = 0;
    for (int m = 0; m < analyzer.mentionCount(); m++) {
      int sentence = analyzer.mentionSentence(m);
      // mentions come in text order, so a sentence seen before is nearly always the last one seen
      boolean seen = false;
      for (int k = distinct - 1; k >= 0 && !seen; k--) {
        seen = sentences[k] == sentence;
      }
      if (!seen) {
        sentences[distinct++] = sentence;
      }
    }
    Object[] rows = new Object[distinct];
    for (int k = 0; k < distinct; k++) {
      int s = sentences[k];
      rows[k] = RowFactory.create(s,
          SentenceExcerpt.of(text, analyzer.sentenceStart(s), analyzer.sentenceEnd(s)));
    }
    return rows;
  }

  /** Blank in the wide sense: nothing but white space, zero-width and control characters (a lone ZWNJ is blank). */
  static boolean hasNoContent(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && type != Character.FORMAT
          && type != Character.CONTROL) {
        return false;
      }
    }
    return true;
  }

  /** A cut at {@code limit} that does not split a surrogate pair. */
  static int safeCut(String text, int limit) {
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }

  /** 64-bit FNV-1a over the UTF-16 units: a stable tie-breaker between copies of an id, not a security hash. */
  static long hash(String text) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      hash ^= text.charAt(i);
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}

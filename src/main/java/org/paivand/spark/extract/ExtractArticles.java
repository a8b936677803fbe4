package org.paivand.spark.extract;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.paivand.article.ArticleAnalyzer;
import org.paivand.article.ArticleFacts;
import org.paivand.article.ArticleFactsCodec;
import org.paivand.article.CooccurrenceTally;
import org.paivand.article.SentenceExcerpt;
import org.paivand.dates.DateParse;
import org.paivand.dates.PublicationDateParser;
import org.paivand.dates.PublicationDateValue;
import org.paivand.gazetteer.Gazetteer;
import org.paivand.gazetteer.GazetteerSource;
import org.paivand.spark.input.CorpusInput;
import org.paivand.text.TextFingerprint;

/**
 * The text pass of a run, on the executors: each input row of a partition is validated, dated from its date column
 * (never from the text), analysed by the pure core and turned into one {@link CompactArticles} row. The text is read
 * here and nowhere else: what later steps need of it (entities, pairs, mentions, hashes, and with
 * {@code --mentions-text} the sentences holding mentions) is in the compact row.
 *
 * <p>Analyzer, tally, date parser and codec are made once per partition and reused; rows are produced lazily, one per
 * input row, so memory does not grow with the partition.
 */
public final class ExtractArticles implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  /** {@code .../ingest_date=2024-05-01/part-0.parquet}: the directory naming a row's delivery. */
  static final Pattern INGEST_DIRECTORY = Pattern.compile("ingest_date=(\\d{4}-\\d{2}-\\d{2})(/|%2F)");
  private static final int[] NO_ENTITIES = new int[0];

  private final Settings settings;
  private final LongAccumulator analysed;
  private final int id;
  private final int text;
  private final int lang;
  private final int dateText;
  private final int dateMicros;
  private final int dateDays;
  private final int source;
  private final int filePath;

  /**
   * What the text pass does besides counting.
   *
   * @param zone the zone in which timestamps become days
   * @param maxTextChars longer texts are analysed up to this length
   * @param latestDay the last acceptable publication day (epoch day): later ones are {@code future_date} rejects
   * @param gazetteerFiles the contents of the --gazetteer files, shipped by value; each executor JVM builds their
   *     gazetteer once and shares it between its partitions
   * @param contentHash also hash the normalized words ({@code --dedup exact|near})
   * @param shingles also list the word shingles ({@code --dedup near})
   * @param sentenceTexts also keep the text of each sentence holding a mention ({@code --mentions-text})
   * @param roles resolve role mentions on each article's publication day ({@code --no-roles}: off)
   */
  public record Settings(ZoneId zone, int maxTextChars, long latestDay, List<GazetteerSource> gazetteerFiles,
      boolean contentHash, boolean shingles, boolean sentenceTexts, boolean roles)
      implements java.io.Serializable {
    public Settings {
      gazetteerFiles = List.copyOf(gazetteerFiles);
    }
  }

  /**
   * @param input the schema of the rows {@link CorpusInput#project} makes
   * @param analysed counts rows for the progress display only; a retried task may count its rows twice
   */
  public ExtractArticles(Settings settings, StructType input, LongAccumulator analysed) {
    this.settings = settings;
    this.analysed = analysed;
    this.id = input.fieldIndex(CorpusInput.ID);
    this.text = input.fieldIndex(CorpusInput.TEXT);
    this.lang = input.fieldIndex(CorpusInput.LANG);
    this.dateText = input.fieldIndex(CorpusInput.DATE_TEXT);
    this.dateMicros = input.fieldIndex(CorpusInput.DATE_MICROS);
    this.dateDays = input.fieldIndex(CorpusInput.DATE_DAYS);
    this.source = input.fieldIndex(CorpusInput.SOURCE);
    this.filePath = input.fieldIndex(CorpusInput.FILE_PATH);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    PartitionExtractor extractor = new PartitionExtractor(TaskContext.getPartitionId());
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
    private final Gazetteer gazetteer = Gazetteer.withFiles(settings.gazetteerFiles());
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer(gazetteer, settings.roles());
    private final CooccurrenceTally tally = new CooccurrenceTally(gazetteer.size());
    private final ArticleFacts facts = new ArticleFacts();
    private final ArticleFactsCodec codec = new ArticleFactsCodec();
    private final PublicationDateParser dates = new PublicationDateParser(settings.zone());
    private final TextFingerprint fingerprint = new TextFingerprint();
    private final int partition;
    private long row;
    private String lastPath;
    private LocalDate lastIngest;
    private String lastIngestText;

    PartitionExtractor(int partition) {
      this.partition = partition;
    }

    Row extract(Row input) {
      ingest(input.getString(filePath));
      long key = RowKeys.of(lastIngest, partition, row++);
      String articleId = input.getString(id);
      String articleText = input.getString(text);
      PublicationDateValue date = new PublicationDateValue(input.getString(dateText),
          input.isNullAt(dateMicros) ? null : input.getLong(dateMicros),
          input.isNullAt(dateDays) ? null : input.getInt(dateDays));
      if (articleId == null || articleId.isBlank()) {
        return reject(key, input, date, RejectReason.MISSING_ID, "the id column is null or empty");
      }
      if (articleText == null || hasNoContent(articleText)) {
        return reject(key, input, date, RejectReason.MISSING_TEXT, "the text columns are null or blank");
      }
      DateParse parsed = date.parse(dates);
      if (!parsed.isValid()) {
        return reject(key, input, date, parsed.reason(), parsed.detail());
      }
      if (parsed.date().toEpochDay() > settings.latestDay()) {
        return reject(key, input, date, RejectReason.FUTURE_DATE, "published " + parsed.date()
            + " is after the run's day " + LocalDate.ofEpochDay(settings.latestDay() - 1)
            + " (+1 day for zone differences)");
      }
      boolean truncated = articleText.length() > settings.maxTextChars();
      CharSequence analysedText = truncated
          ? articleText.subSequence(0, safeCut(articleText, settings.maxTextChars())) : articleText;
      // the day the article was published decides who "the Russian foreign minister" is
      analyzer.analyze(analysedText, Math.toIntExact(parsed.date().toEpochDay()));
      tally.tally(analyzer);
      facts.of(analyzer, tally);
      Long contentHigh = null;
      Long contentLow = null;
      int[] shingles = null;
      if (settings.contentHash()) {
        // the analyzer's normalized text: the same words the matcher saw, truncation included
        fingerprint.fingerprint(analyzer.normalized(), settings.shingles());
        if (fingerprint.hasWords()) {
          contentHigh = fingerprint.contentHashHigh();
          contentLow = fingerprint.contentHashLow();
        }
        shingles = settings.shingles() ? fingerprint.shingles() : null;
      }
      return RowFactory.create(key, articleId, lastIngestText, (int) parsed.date().toEpochDay(),
          input.getString(lang), input.getString(source), hash(articleText), articleText.length(), truncated,
          analyzer.sentenceCount(), entities(), codec.encode(facts), contentHigh, contentLow, null, null, null, null,
          shingles, settings.sentenceTexts() ? sentenceTexts(analysedText) : null);
    }

    private int[] entities() {
      if (facts.entityCount() == 0) {
        return NO_ENTITIES;
      }
      int[] entities = new int[facts.entityCount()];
      for (int k = 0; k < entities.length; k++) {
        entities[k] = facts.entity(k);
      }
      return entities;
    }

    /** One excerpt per distinct sentence holding a mention, in text order (mentions come in text order). */
    private String[] sentenceTexts(CharSequence articleText) {
      int distinct = 0;
      int last = -1;
      for (int m = 0; m < facts.mentionCount(); m++) {
        if (facts.mentionSentence(m) != last) {
          last = facts.mentionSentence(m);
          distinct++;
        }
      }
      String[] texts = new String[distinct];
      int k = 0;
      last = -1;
      for (int m = 0; m < facts.mentionCount(); m++) {
        int sentence = facts.mentionSentence(m);
        if (sentence != last) {
          texts[k++] = SentenceExcerpt.of(articleText, analyzer.sentenceStart(sentence),
              analyzer.sentenceEnd(sentence));
          last = sentence;
        }
      }
      return texts;
    }

    /** The delivery of the row's file; rows of one file come together, so the path is parsed once per file. */
    private void ingest(String path) {
      if (path == null || path.equals(lastPath)) {
        return;
      }
      lastPath = path;
      Matcher matcher = INGEST_DIRECTORY.matcher(path);
      lastIngestText = matcher.find() ? matcher.group(1) : null;
      lastIngest = lastIngestText == null ? null : LocalDate.parse(lastIngestText);
    }

    /** A quarantined row keeps its raw fields: id, language, source, the date as read and the text. */
    private Row reject(long key, Row input, PublicationDateValue date, String reason, String detail) {
      return RowFactory.create(key, input.getString(id), lastIngestText, null, input.getString(lang),
          input.getString(source), null, null, null, null, NO_ENTITIES, null, null, null, reason, detail,
          date.raw(), input.getString(text), null, null);
    }
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

package org.paivand.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.paivand.corpus.CorpusParquetWriter;
import org.paivand.corpus.CorpusRecord;

/**
 * The benchmark's real-text corpus: {@code articles} articles remixed from the Fars News and ABC headline files of a
 * data directory ({@link RealTextSources}, {@link RealTextComposer}), the same rows for the same seed. The generated
 * corpus of {@code paivand generate} is built to check accuracy against planted truth; this one is there to time the
 * job on text as it really is (real paragraph and headline lengths, letters, punctuation, entity density).
 *
 * <p>Written like the generated corpus, so that the two are read alike: {@code OUTPUT/corpus/part-NNNNN.parquet} of
 * {@code rowsPerFile} rows each, in the corpus schema, through {@link CorpusParquetWriter} (4 MB row groups, so Spark
 * and DuckDB split a large file across cores). Ids are {@code real<seed>-<row>}, in row order. {@code
 * OUTPUT/}{@value #SUMMARY_FILE} is written last: a corpus directory without it is incomplete and is built anew.
 * Plain Java, no Spark; one article in memory at a time besides the sources (about 15 MB of text).
 */
public final class RealTextCorpus {
  public static final String CORPUS_DIRECTORY = "corpus";
  static final String SUMMARY_FILE = "summary.properties";

  private RealTextCorpus() {}

  /**
   * Stops with a {@link org.paivand.errors.UserError} naming the directory and the first missing source file, so that
   * a wrong {@code --data} is reported before Spark starts.
   */
  public static void checkData(Path data) {
    RealTextSources.check(data);
  }

  /** Builds the corpus into {@code output}, a new or emptied directory. */
  public static RealTextSummary build(Path data, long articles, long seed, long rowsPerFile, Path output)
      throws IOException {
    if (articles < 1 || rowsPerFile < 1) {
      throw new IllegalArgumentException("articles and rows per file must be at least 1: " + articles + ", "
          + rowsPerFile);
    }
    RealTextComposer composer = new RealTextComposer(RealTextSources.load(data));
    Path corpus = output.resolve(CORPUS_DIRECTORY);
    Files.createDirectories(corpus);
    Configuration configuration = new Configuration();
    SplittableRandom random = new SplittableRandom(seed);
    List<Path> files = new ArrayList<>();
    long characters = 0;
    long persianArticles = 0;
    long persianCharacters = 0;
    CorpusParquetWriter writer = null;
    try {
      for (long row = 0; row < articles; row++) {
        if (row % rowsPerFile == 0) {
          if (writer != null) {
            writer.commit();
          }
          Path file = corpus.resolve(String.format("part-%05d.parquet", files.size()));
          files.add(file);
          writer = CorpusParquetWriter.create(new org.apache.hadoop.fs.Path(file.toUri()), configuration);
        }
        CorpusRecord article = composer.compose(id(seed, row), random);
        writer.write(article);
        characters += article.text().length();
        if (article.lang().equals(RealTextComposer.PERSIAN)) {
          persianArticles++;
          persianCharacters += article.text().length();
        }
      }
      writer.commit();
      writer = null;
    } finally {
      if (writer != null) {
        writer.close();
      }
    }
    RealTextSummary summary = new RealTextSummary(files, articles, characters, persianArticles, persianCharacters);
    writeSummary(summary, output);
    return summary;
  }

  /** The corpus already built in {@code output}, or null when there is none or it is incomplete. */
  public static RealTextSummary existing(Path output) throws IOException {
    Path summaryFile = output.resolve(SUMMARY_FILE);
    if (!Files.isRegularFile(summaryFile)) {
      return null;
    }
    Properties figures = new Properties();
    try (Reader reader = Files.newBufferedReader(summaryFile, StandardCharsets.UTF_8)) {
      figures.load(reader);
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(output.resolve(CORPUS_DIRECTORY))) {
      files = listing.filter(file -> file.getFileName().toString().endsWith(".parquet")).sorted().toList();
    }
    return new RealTextSummary(files, number(figures, "articles"), number(figures, "characters"),
        number(figures, "persian_articles"), number(figures, "persian_characters"));
  }

  /** Ids sort in row order and carry the seed, as the generator's do. */
  static String id(long seed, long row) {
    return String.format("real%d-%09d", seed, row);
  }

  private static void writeSummary(RealTextSummary summary, Path output) throws IOException {
    Properties figures = new Properties();
    figures.setProperty("articles", Long.toString(summary.articles()));
    figures.setProperty("characters", Long.toString(summary.characters()));
    figures.setProperty("persian_articles", Long.toString(summary.persianArticles()));
    figures.setProperty("persian_characters", Long.toString(summary.persianCharacters()));
    Path temporary = output.resolve("." + SUMMARY_FILE + ".tmp");
    try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
      figures.store(writer, "paivand bench real-text corpus; written last, when every corpus file is complete");
    }
    Files.move(temporary, output.resolve(SUMMARY_FILE), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  private static long number(Properties figures, String key) {
    return Long.parseLong(figures.getProperty(key, "0"));
  }
}

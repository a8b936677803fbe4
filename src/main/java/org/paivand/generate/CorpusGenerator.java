package org.paivand.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.paivand.corpus.CorpusParquetWriter;

/**
 * Writes a deterministic synthetic corpus with the ground truth it planted (see docs/benchmarks.md):
 * {@code OUTPUT/corpus/part-NNNNN.parquet} in the corpus schema (written by {@link CorpusParquetWriter}, as
 * {@code import} writes real corpora), and {@code OUTPUT/truth/} with {@code pairs.csv}, {@code entities.csv},
 * {@code totals.csv} ({@link GroundTruth}) and {@code duplicates.csv} ({@code cluster,id,kind}: every copy with the id
 * of the article it copies, kind {@code exact} or {@code near}).
 *
 * <p>Streaming: one article at a time, plus the last {@link #RECENT} articles as sources for copies; memory does not
 * grow with the number of articles. Days: {@code busyDayShare} of the articles go to {@link GeneratorOptions#busyDay},
 * the rest uniformly over all days. Copies keep the original's day and planted mentions (with dedup mode NONE every
 * copy counts): an exact copy has the same text and date value, a near copy a new boilerplate header (story code and
 * time) and the date written in another form.
 */
public final class CorpusGenerator {
  static final int RECENT = 64;

  private CorpusGenerator() {}

  // About 80 lines: the generator's one loop (draw, compose, write, tally) with its file rotation; the steps are
  // separate classes already (ArticleComposer, GroundTruth), what is left here is their order.
  public static GenerateSummary generate(GeneratorOptions options, LongConsumer progress) throws IOException {
    long started = System.nanoTime();
    Path output = options.output();
    checkEmpty(output);
    Path corpus = output.resolve("corpus");
    Path truthDirectory = output.resolve("truth");
    Files.createDirectories(corpus);
    Files.createDirectories(truthDirectory);

    SplittableRandom random = new SplittableRandom(options.seed());
    ArticleComposer composer = new ArticleComposer();
    GroundTruth truth = new GroundTruth();
    GeneratedArticle[] recent = new GeneratedArticle[RECENT];
    int recentCount = 0;
    long exactCopies = 0;
    long nearCopies = 0;
    long characters = 0;
    long busyDayArticles = 0;
    LocalDate busyDay = options.busyDay();
    List<Path> files = new ArrayList<>();
    Configuration configuration = new Configuration();
    Path duplicates = truthDirectory.resolve("duplicates.csv");
    Path duplicatesTemporary = truthDirectory.resolve(".duplicates.csv.tmp");
    CorpusParquetWriter writer = null;
    try (BufferedWriter duplicateLines = Files.newBufferedWriter(duplicatesTemporary, StandardCharsets.UTF_8)) {
      duplicateLines.write("cluster,id,kind\n");
      for (long row = 0; row < options.articles(); row++) {
        if (row % options.rowsPerFile() == 0) {
          if (writer != null) {
            writer.commit();
          }
          Path file = corpus.resolve(String.format("part-%05d.parquet", files.size()));
          files.add(file);
          writer = CorpusParquetWriter.create(new org.apache.hadoop.fs.Path(file.toUri()), configuration);
        }
        String id = id(options.seed(), row);
        GeneratedArticle article;
        if (recentCount > 0 && random.nextDouble() < options.duplicateShare()) {
          GeneratedArticle original = recent[random.nextInt(Math.min(recentCount, RECENT))];
          if (random.nextBoolean()) {
            article = original.copy(id, original.header(), original.published());
            exactCopies++;
            duplicateLines.write(original.id() + "," + id + ",exact\n");
          } else {
            String header = composer.header(original.language(), original.day(), random);
            if (original.language().equals("fa") && original.header().indexOf('\u064A') >= 0) {
              header = ArticleComposer.arabicLetters(header);
            }
            article = original.copy(id, header,
                composer.dates().format(original.day(), original.language(), random));
            nearCopies++;
            duplicateLines.write(original.id() + "," + id + ",near\n");
          }
        } else {
          LocalDate day = random.nextDouble() < options.busyDayShare() ? busyDay
              : options.firstDay().plusDays(random.nextInt(options.days()));
          String language = options.languages().pick(random.nextDouble());
          article = composer.compose(id, language, day, random);
          recent[recentCount++ % RECENT] = article;
        }
        writer.write(article.toRecord());
        truth.add(article);
        characters += article.text().length();
        if (article.day().equals(busyDay)) {
          busyDayArticles++;
        }
        if ((row + 1) % 10_000 == 0) {
          progress.accept(row + 1);
        }
      }
      writer.commit();
      writer = null;
    } finally {
      if (writer != null) {
        writer.close();
      }
    }
    Files.move(duplicatesTemporary, duplicates, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    truth.write(truthDirectory);
    progress.accept(options.articles());
    return new GenerateSummary(List.copyOf(files), truthDirectory, options.articles(), exactCopies, nearCopies,
        characters, busyDayArticles, truth.days(), truth.pairRows(), (System.nanoTime() - started) / 1e9);
  }

  /** Ids sort in row order and carry the seed, so two corpora never share an id by accident. */
  static String id(long seed, long row) {
    String number = Long.toString(row);
    return "gen" + seed + "-" + "0".repeat(Math.max(0, 9 - number.length())) + number;
  }

  private static void checkEmpty(Path output) throws IOException {
    if (Files.isDirectory(output)) {
      try (Stream<Path> entries = Files.list(output)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException("output directory " + output + " is not empty");
        }
      }
    } else if (Files.exists(output)) {
      throw new IllegalArgumentException("output " + output + " is a file, not a directory");
    }
  }
}

package org.paivand.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.paivand.corpus.CorpusDefaults;
import org.paivand.corpus.CorpusFormat;
import org.paivand.corpus.CorpusInputFiles;
import org.paivand.corpus.CorpusReader;
import org.paivand.corpus.CorpusRecord;
import org.paivand.errors.InputErrors;

/**
 * The real text that {@link RealTextComposer} remixes, read from the shared data directory (its README.md describes
 * the files) with the readers {@code paivand import} uses, so the text and dates are exactly what an import gives:
 *
 * <ul>
 *   <li>{@code fars/fars-news-{1..4}.json} through {@link CorpusFormat#FARS_JSON}: per article its title,
 *       its Jalali date from the link id ({@code 1399/07/15}) and its other lines (lead and paragraphs). Articles
 *       without a date (two ids fit neither id form) and repeated ids (four) are left out. The articles are kept in
 *       two {@link FarsSite sites} by id form, because the letters follow it: the old site (10-digit ids) wrote
 *       Arabic yeh and kaf, the new one Persian letters, and a remixed article should not mix the two.
 *   <li>{@code abcnews/abcnews-date-text-head.csv.gz} through {@link CorpusFormat#CSV} (gunzipped by {@link
 *       CorpusInputFiles}): the headlines of each {@code publish_date} ({@code yyyyMMdd}), the days in date order.
 * </ul>
 */
final class RealTextSources {
  static final List<String> FARS_FILES = List.of("fars/fars-news-1.json", "fars/fars-news-2.json",
      "fars/fars-news-3.json", "fars/fars-news-4.json");
  static final String ABC_FILE = "abcnews/abcnews-date-text-head.csv.gz";
  static final CorpusDefaults ABC_DEFAULTS = new CorpusDefaults("en", "abcnews");
  private static final String LINE_SEPARATOR = "\n";

  /** One Fars article: the title and date a remix takes over. */
  record FarsArticle(String title, String published) {}

  /** The Fars articles of one id form (one letter convention) and all their distinct paragraphs, in file order. */
  record FarsSite(List<FarsArticle> articles, List<String> paragraphs) {}

  /** The ABC headlines of one day. */
  record HeadlineDay(String published, List<String> headlines) {}

  private final List<FarsSite> farsSites;
  private final List<HeadlineDay> headlineDays;

  private RealTextSources(List<FarsSite> farsSites, List<HeadlineDay> headlineDays) {
    this.farsSites = farsSites;
    this.headlineDays = headlineDays;
  }

  /** The Fars sites (old then new id form); each has articles. */
  List<FarsSite> farsSites() {
    return farsSites;
  }

  /** The ABC days in date order; each has headlines. */
  List<HeadlineDay> headlineDays() {
    return headlineDays;
  }

  /** Reads every source file of {@code directory}, after {@link #check} has found them all. */
  static RealTextSources load(Path directory) throws IOException {
    check(directory);
    Configuration configuration = new Configuration();
    Map<Integer, List<CorpusRecord>> articlesByIdLength = new TreeMap<>();
    Set<String> seenIds = new HashSet<>();
    for (String name : FARS_FILES) {
      for (CorpusRecord article : read(directory.resolve(name), CorpusFormat.FARS_JSON, CorpusDefaults.NONE,
          configuration)) {
        if (article.published() != null && article.title() != null && seenIds.add(article.id())) {
          articlesByIdLength.computeIfAbsent(article.id().length(), length -> new ArrayList<>()).add(article);
        }
      }
    }
    List<FarsSite> sites = new ArrayList<>();
    articlesByIdLength.values().forEach(articles -> sites.add(site(articles)));

    Map<String, List<String>> headlinesByDay = new TreeMap<>();
    for (CorpusRecord headline : read(directory.resolve(ABC_FILE), CorpusFormat.CSV, ABC_DEFAULTS, configuration)) {
      if (headline.published() != null && headline.text() != null) {
        headlinesByDay.computeIfAbsent(headline.published(), day -> new ArrayList<>()).add(headline.text());
      }
    }
    List<HeadlineDay> days = new ArrayList<>();
    headlinesByDay.forEach((day, headlines) -> days.add(new HeadlineDay(day, List.copyOf(headlines))));
    if (sites.isEmpty() || days.isEmpty()) {
      throw InputErrors.realTextWithoutArticles(directory, sites.size(), days.size(), directory.resolve("README.md"));
    }
    return new RealTextSources(List.copyOf(sites), List.copyOf(days));
  }

  /** Stops with a message naming the directory and the first missing file, before anything is built or started. */
  static void check(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw InputErrors.realTextDirectoryMissing(directory.toAbsolutePath().normalize());
    }
    List<String> needed = new ArrayList<>(FARS_FILES);
    needed.add(ABC_FILE);
    for (String name : needed) {
      if (!Files.isRegularFile(directory.resolve(name))) {
        throw InputErrors.realTextFileMissing(directory.toAbsolutePath().normalize(), name, needed);
      }
    }
  }

  private static FarsSite site(List<CorpusRecord> records) {
    List<FarsArticle> articles = new ArrayList<>();
    // distinct: a boilerplate line that many articles share (a closing line, a credit) is one paragraph to draw
    Set<String> paragraphs = new LinkedHashSet<>();
    for (CorpusRecord record : records) {
      articles.add(new FarsArticle(record.title(), record.published()));
      // the reader joins title, lead and paragraphs with a newline and leaves empty parts out: the title comes first
      String[] lines = record.text().split(LINE_SEPARATOR);
      for (int line = lines[0].equals(record.title()) ? 1 : 0; line < lines.length; line++) {
        if (!lines[line].isBlank()) {
          paragraphs.add(lines[line]);
        }
      }
    }
    return new FarsSite(List.copyOf(articles), List.copyOf(paragraphs));
  }

  private static List<CorpusRecord> read(Path file, CorpusFormat format, CorpusDefaults defaults,
      Configuration configuration) throws IOException {
    List<CorpusRecord> records = new ArrayList<>();
    try (InputStream input = CorpusInputFiles.open(new org.apache.hadoop.fs.Path(file.toUri()), configuration);
        CorpusReader reader = format.open(input, file.toString(), defaults)) {
      for (CorpusRecord record = reader.next(); record != null; record = reader.next()) {
        records.add(record);
      }
    }
    return records;
  }
}

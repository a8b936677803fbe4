package org.paivand.generate;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What {@code paivand generate} makes.
 *
 * @param articles rows in the corpus, duplicates included
 * @param seed the same seed and options give the same corpus, byte for byte in its rows
 * @param output a local directory, absent or empty: the corpus goes to {@code corpus/}, the truth to {@code truth/}
 * @param days publication days, from {@code firstDay}
 * @param firstDay the first publication day
 * @param languages the share of each language
 * @param busyDayShare the share of all articles put on one day in the middle of the range, on top of the uniform rest
 * @param duplicateShare the share of rows that copy a recent article (half exact copies, half near copies)
 * @param rowsPerFile rows per Parquet file
 */
public record GeneratorOptions(
    long articles,
    long seed,
    Path output,
    int days,
    LocalDate firstDay,
    LanguageMix languages,
    double busyDayShare,
    double duplicateShare,
    long rowsPerFile) {

  public static final int DEFAULT_DAYS = 365;
  public static final LocalDate DEFAULT_FIRST_DAY = LocalDate.of(2020, 3, 20);
  public static final double DEFAULT_BUSY_DAY_SHARE = 0.2;
  public static final double DEFAULT_DUPLICATE_SHARE = 0.05;
  public static final long DEFAULT_ROWS_PER_FILE = 100_000;

  public GeneratorOptions {
    if (articles < 1) {
      throw new IllegalArgumentException("--articles must be at least 1, not " + articles);
    }
    if (days < 1) {
      throw new IllegalArgumentException("--days must be at least 1, not " + days);
    }
    if (!(busyDayShare >= 0 && busyDayShare <= 1)) {
      throw new IllegalArgumentException("--busy-day-share must be in [0, 1], not " + busyDayShare);
    }
    if (!(duplicateShare >= 0 && duplicateShare <= 0.5)) {
      throw new IllegalArgumentException("--duplicate-share must be in [0, 0.5], not " + duplicateShare);
    }
    if (rowsPerFile < 1) {
      throw new IllegalArgumentException("--rows-per-file must be at least 1, not " + rowsPerFile);
    }
  }

  public static GeneratorOptions of(long articles, long seed, Path output) {
    return new GeneratorOptions(articles, seed, output, DEFAULT_DAYS, DEFAULT_FIRST_DAY,
        LanguageMix.parse(LanguageMix.DEFAULT), DEFAULT_BUSY_DAY_SHARE, DEFAULT_DUPLICATE_SHARE,
        DEFAULT_ROWS_PER_FILE);
  }

  public GeneratorOptions withDays(int dayCount) {
    return new GeneratorOptions(articles, seed, output, dayCount, firstDay, languages, busyDayShare, duplicateShare,
        rowsPerFile);
  }

  public GeneratorOptions withRowsPerFile(long rows) {
    return new GeneratorOptions(articles, seed, output, days, firstDay, languages, busyDayShare, duplicateShare,
        rows);
  }

  /** The day that holds {@link #busyDayShare} of all articles on top of its uniform share. */
  public LocalDate busyDay() {
    return firstDay.plusDays(days / 2);
  }
}

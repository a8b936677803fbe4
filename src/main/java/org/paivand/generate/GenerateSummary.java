package org.paivand.generate;

import java.nio.file.Path;
import java.util.List;

/** What {@code generate} wrote: the corpus files, the truth directory and the figures a user checks first. */
public record GenerateSummary(
    List<Path> corpusFiles,
    Path truthDirectory,
    long articles,
    long exactCopies,
    long nearCopies,
    long characters,
    long busyDayArticles,
    long days,
    long pairRows,
    double seconds) {

  public double averageLength() {
    return articles == 0 ? 0 : (double) characters / articles;
  }
}

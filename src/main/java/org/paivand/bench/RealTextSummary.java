package org.paivand.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link RealTextCorpus} built: its Parquet files in row order and the figures the benchmark report states.
 *
 * @param files the corpus files, {@code part-00000.parquet} first
 * @param articles rows in all files
 * @param characters characters of the {@code text} column in all rows
 * @param persianArticles rows with {@code lang fa} (the others are {@code en})
 * @param persianCharacters text characters of those rows
 */
public record RealTextSummary(List<Path> files, long articles, long characters, long persianArticles,
    long persianCharacters) {

  public RealTextSummary {
    files = List.copyOf(files);
  }

  public double averageLength() {
    return articles == 0 ? 0 : (double) characters / articles;
  }

  /** The share of the text, in characters, that is Persian. */
  public double persianCharacterShare() {
    return characters == 0 ? 0 : (double) persianCharacters / characters;
  }
}

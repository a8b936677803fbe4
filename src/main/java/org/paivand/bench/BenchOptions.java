package org.paivand.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code paivand bench} measures.
 *
 * @param sizes corpus sizes (articles) at which the scan floors and paivand's run are measured, ascending
 * @param baselineArticles the size at which the naive baselines run, beside a scan and a paivand run of the same
 *     corpus: one substring test per country alias per article makes them too slow for the large sizes
 * @param work local directory for corpora (reused when present) and outputs
 * @param seed generator seed (generated corpus) or draw seed (real-text corpus)
 * @param quiet no progress lines
 * @param startupArticles the corpus on which start-up is measured, after a warm-up run on it
 * @param corpus the kind of corpus timed
 * @param data the directory of the real text ({@link RealTextSources}); required for {@link BenchCorpus#REAL},
 *     unused otherwise
 */
public record BenchOptions(List<Long> sizes, long baselineArticles, Path work, long seed, boolean quiet,
    long startupArticles, BenchCorpus corpus, Path data) {
  public static final List<Long> DEFAULT_SIZES = List.of(100_000L, 200_000L, 400_000L, 800_000L);
  public static final long DEFAULT_BASELINE_ARTICLES = 20_000;
  public static final long DEFAULT_STARTUP_ARTICLES = 1_000;

  public BenchOptions {
    sizes = sizes.stream().sorted().distinct().toList();
    if (sizes.isEmpty() || sizes.get(0) < 1) {
      throw new IllegalArgumentException("sizes must be at least 1 article: " + sizes);
    }
    if (baselineArticles < 1) {
      throw new IllegalArgumentException("--baseline-articles must be at least 1, not " + baselineArticles);
    }
    if (startupArticles < 1) {
      throw new IllegalArgumentException("--startup-articles must be at least 1, not " + startupArticles);
    }
    if (corpus == null) {
      throw new IllegalArgumentException("the corpus kind is required");
    }
    if (corpus == BenchCorpus.REAL && data == null) {
      throw new IllegalArgumentException("--corpus real needs the data directory (--data)");
    }
  }

  /** On the generated corpus. */
  public BenchOptions(List<Long> sizes, long baselineArticles, Path work, long seed, boolean quiet,
      long startupArticles) {
    this(sizes, baselineArticles, work, seed, quiet, startupArticles, BenchCorpus.GENERATED, null);
  }
}

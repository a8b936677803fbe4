package org.paivand.spark.dedup;

import org.paivand.spark.job.DedupMode;

/**
 * The duplicate rows of a run by kind, as {@code _run.json} reports them: {@code byId + exactText + nearText} is the
 * run's {@code rows_duplicate}, and the used count without text deduplication is {@code rows_used + exactText +
 * nearText}.
 *
 * @param mode the {@code --dedup} mode in force
 * @param nearThreshold the Jaccard threshold of near copies (meaningful with {@code near})
 * @param byId rows whose id another accepted row also has
 * @param exactText articles with the same normalized words as the article kept for them
 * @param nearText articles in a near-copy cluster with other words than the article kept
 */
public record DuplicateCounts(DedupMode mode, double nearThreshold, long byId, long exactText, long nearText) {

  public long total() {
    return byId + exactText + nearText;
  }
}

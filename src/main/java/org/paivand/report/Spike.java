package org.paivand.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A {@code timeseries} row with {@code spike = true}, and the example sentences found for it.
 *
 * @param periodEnd first day after the period, null when open-ended (the last period of the output)
 */
public record Spike(String entityA, String entityB, String granularity, String scope, LocalDate periodStart,
    LocalDate periodEnd, String label, long pairArticles, long totalArticles, double share, double zscore,
    List<Example> examples) {

  public Spike {
    examples = List.copyOf(examples);
  }

  public Spike withExamples(List<Example> found) {
    return new Spike(entityA, entityB, granularity, scope, periodStart, periodEnd, label, pairArticles,
        totalArticles, share, zscore, found);
  }
}

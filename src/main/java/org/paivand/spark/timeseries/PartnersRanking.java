package org.paivand.spark.timeseries;

import org.paivand.output.OutputTable;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.paivand.stats.Association;

/**
 * {@code paivand partners}: the entities most associated with one entity over a date range, from the daily tables.
 * Counts are summed over the range (articles, as in {@code timeseries}), candidates need {@code minSupport} articles
 * with the entity, and are ranked by NPMI (highest first; a null NPMI, when the pair is in every article, last),
 * then by their articles together, then by id. Spark sums; the driver gets one row per partner (at most the
 * gazetteer's size) and computes the measures with {@link Association}.
 */
public final class PartnersRanking {
  /** One partner with its counts over the range and the measures of {@link Association}. */
  public record Partner(String partner, long pairArticles, long entityArticles, long partnerArticles,
      long totalArticles, Double npmi, Double pmi, Double llr, Double jaccard) {}

  /** What to rank: {@code from} and {@code to} may be null (the whole range). */
  public record Query(String entity, LocalDate from, LocalDate to, String scope, TimeSeriesQuery.Slice slice,
      long minSupport, int top) {}

  private PartnersRanking() {}

  public static List<Partner> rank(SparkSession spark, String directory, Query query) {
    TimeSeriesInputs inputs = TimeSeriesInputs.read(spark, directory);
    TimeSeriesQuery.requireScope(query.scope());
    TimeSeriesQuery.requireSlice(inputs, query.slice(), directory);
    TimeSeriesQuery.requireEntity(inputs, query.entity(), directory);
    spark.sparkContext().setJobDescription("partners of " + query.entity() + " in " + directory);
    try {
      Column inRange = query.slice().filter().and(range(query.from(), query.to()));
      long total = sumArticles(inputs.totals().filter(inRange));
      long entityArticles = sumArticles(inputs.entities().filter(inRange.and(col("entity").equalTo(query.entity()))));
      Column partner = when(col("entity_a").equalTo(query.entity()), col("entity_b")).otherwise(col("entity_a"));
      Dataset<Row> together = inputs.pairs()
          .filter(inRange.and(col("scope").equalTo(query.scope()))
              .and(col("entity_a").equalTo(query.entity()).or(col("entity_b").equalTo(query.entity()))))
          .groupBy(partner.as("partner")).agg(sum(col("articles")).as("pair_articles"))
          .filter(col("pair_articles").geq(query.minSupport()));
      Dataset<Row> partnerArticles = inputs.entities().filter(inRange)
          .groupBy(col("entity").as("partner")).agg(sum(col("articles")).as("partner_articles"));
      List<Partner> partners = new ArrayList<>();
      for (Row row : together.join(partnerArticles, "partner").collectAsList()) {
        long nab = row.getLong(1);
        long nb = row.getLong(2);
        partners.add(new Partner(row.getString(0), nab, entityArticles, nb, total,
            Association.npmi(nab, entityArticles, nb, total), Association.pmi(nab, entityArticles, nb, total),
            Association.llr(nab, entityArticles, nb, total), Association.jaccard(nab, entityArticles, nb, total)));
      }
      partners.sort(ORDER);
      return partners.subList(0, Math.min(query.top(), partners.size()));
    } finally {
      spark.sparkContext().setJobDescription(null);
    }
  }

  static final Comparator<Partner> ORDER = Comparator
      .comparing(Partner::npmi, Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(Partner::pairArticles, Comparator.reverseOrder())
      .thenComparing(Partner::partner);

  private static Column range(LocalDate from, LocalDate to) {
    Column day = unix_date(col(OutputTable.PUB_DATE));
    Column range = lit(true);
    if (from != null) {
      range = range.and(day.geq(from.toEpochDay()));
    }
    if (to != null) {
      range = range.and(day.leq(to.toEpochDay()));
    }
    return range;
  }

  private static long sumArticles(Dataset<Row> table) {
    Row row = table.agg(sum(col("articles"))).first();
    return row.isNullAt(0) ? 0L : row.getLong(0);
  }
}

package org.paivand.spark.itemsets;

import org.paivand.spark.job.ItemsetOptions;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_except;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.ml.fpm.FPGrowth;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.paivand.article.ArticleFacts;
import org.paivand.article.ArticleFactsCodec;
import org.paivand.spark.extract.CompactArticles;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Frequent entity sets per publication month, with spark-mllib's {@link FPGrowth} over each used article's distinct
 * entities (document scope), and the association rules between them. See {@code docs/outputs.md} for the columns.
 *
 * <p>Per month, without a fit per month and without the data on the driver. FPGrowth fits one DataFrame with one
 * support threshold relative to all its transactions, and each month needs its own (a fraction of that month's
 * articles). So every item is prefixed with its article's month ({@code 2020-10:IR}): items of different months
 * never share a transaction, hence every itemset found lies within one month, and one fit mines many months at once.
 * The fit's threshold is the smallest absolute count the months in it need; each month's itemsets are then filtered
 * to that month's own count. A fit mines its larger months below their threshold, which costs time (an extreme case,
 * a 50-article month beside a 50,000-article one, would mine the large month down to a count of 1), so months are
 * fitted in bands: a band holds months whose required counts lie within a factor of {@link #BAND_FACTOR} of each
 * other, which bounds the over-mining to that factor and the number of fits to the logarithm of the ratio of the
 * largest and smallest month (a handful). Only one row per month (its article counts) reaches the driver.
 *
 * <p>Rules are computed from the filtered itemsets with joins rather than taken from {@code associationRules}: Spark
 * computes lift (and its rule support) against all transactions of the fit, not the month's. For an itemset X and
 * each y in X: antecedent X∖{y}, consequent y, confidence = articles(X) / articles(X∖{y}), lift = confidence ×
 * month_articles / articles({y}). Both sub-counts exist, since subsets of a frequent set are frequent.
 */
public final class Itemsets {
  /** A set in fewer articles is not a pattern; and a month so small that its fraction asks for one article would
   * list every subset of every article (2^n for n entities). */
  static final long MIN_ARTICLES = 2;
  /**
   * Entities of an article that enter the mining: its most mentioned ones. FPGrowth's trees grow with the subsets of
   * each transaction (2^n for n entities) and live outside Spark's memory accounting: measured, 1,000,000 generated
   * articles of up to 10 entities (5.7 on average) ran a 2 GB executor out of heap while mining. A news article rarely names more
   * than a handful of gazetteer entities; the rest of a long list are passing mentions.
   */
  static final int MAX_ITEMS = 8;
  static final int BAND_FACTOR = 2;
  private static final String MONTH = "pub_month";
  private static final String ITEMS = "items";
  private static final int PREFIX = "yyyy-MM:".length();

  /** The two tables, still to be written. */
  public record Tables(Dataset<Row> itemsets, Dataset<Row> rules) {}

  private static final String PUB_DAY = "pub_day";
  private static final String ENTITIES = "entities";
  static final StructType ENTITY = new StructType()
      .add("entity", DataTypes.StringType, false)
      .add("mentions", DataTypes.IntegerType, false);
  static final StructType TRANSACTIONS = new StructType()
      .add(PUB_DAY, DataTypes.IntegerType, false)
      .add(ENTITIES, DataTypes.createArrayType(ENTITY, false));

  private record Month(String month, long articles, long withEntities, long minArticles) {}

  private Itemsets() {}

  /**
   * Each counted article's publication day and entities with their mentions ({@link #TRANSACTIONS}), from compact
   * rows whose entities are indexes into {@code dictionary}.
   */
  public static Dataset<Row> transactions(Dataset<Row> counted, String[] dictionary) {
    int day = counted.schema().fieldIndex(CompactArticles.PUB_DAY);
    int entities = counted.schema().fieldIndex(CompactArticles.ENTITIES);
    int facts = counted.schema().fieldIndex(CompactArticles.FACTS);
    return counted.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
      ArticleFacts article = new ArticleFacts();
      ArticleFactsCodec codec = new ArticleFactsCodec();
      return new java.util.Iterator<Row>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row row = rows.next();
          int count = codec.decode(row.getAs(facts), article);
          List<Integer> indexes = row.getList(entities);
          Row[] items = new Row[count];
          for (int k = 0; k < count; k++) {
            items[k] = RowFactory.create(dictionary[indexes.get(k)], article.entityMentions(k));
          }
          return RowFactory.create(row.getInt(day), items);
        }
      };
    }, Encoders.row(TRANSACTIONS));
  }

  /** The frequent sets and rules of {@code used} ({@link #TRANSACTIONS}: one row per counted article). */
  public static Tables compute(Dataset<Row> used, ItemsetOptions options) {
    SparkSession spark = used.sparkSession();
    Dataset<Row> transactions = used.select(
        date_format(date_from_unix_date(col(PUB_DAY)), "yyyy-MM").as(MONTH),
        mostMentioned(col(ENTITIES), MAX_ITEMS).as(ITEMS));
    List<Month> months = new ArrayList<>();
    for (Row row : transactions.groupBy(col(MONTH))
        .agg(count(lit(1)).as("n"), count(when(size(col(ITEMS)).gt(0), lit(1))).as("with_entities"))
        .collectAsList()) {
      long articles = row.getLong(1);
      months.add(new Month(row.getString(0), articles, row.getLong(2),
          Math.max(MIN_ARTICLES, minimumCount(options.minSupport(), articles))));
    }
    Dataset<Row> frequent = null;
    for (List<Month> band : bands(months)) {
      Dataset<Row> mined = mine(transactions, band);
      if (mined != null) {
        frequent = frequent == null ? mined : frequent.unionByName(mined);
      }
    }
    StructType monthSchema = new StructType().add(MONTH, DataTypes.StringType)
        .add("month_articles", DataTypes.LongType).add("min_articles", DataTypes.LongType);
    Dataset<Row> monthTable = spark.createDataFrame(months.stream()
        .map(m -> RowFactory.create(m.month(), m.articles(), m.minArticles())).toList(), monthSchema);
    if (frequent == null) {
      frequent = spark.createDataFrame(List.of(), new StructType().add(MONTH, DataTypes.StringType)
          .add(ITEMS, DataTypes.createArrayType(DataTypes.StringType)).add("articles", DataTypes.LongType));
    }
    Dataset<Row> all = frequent.join(monthTable, MONTH)
        .filter(col("articles").geq(col("min_articles")))
        .select(col(MONTH), col(ITEMS), size(col(ITEMS)).as("size"), col("articles"), col("month_articles"),
            col("articles").divide(col("month_articles")).as("support"))
        .localCheckpoint(true);
    Dataset<Row> itemsets = all.filter(col("size").geq(2));
    return new Tables(itemsets, rules(itemsets, all, options.minConfidence()));
  }

  /** The ids of the {@code max} entities with the most mentions (ties: smaller id first), of an entities array. */
  static Column mostMentioned(Column entities, int max) {
    Column ranked = array_sort(entities, (left, right) -> {
      Column l = left.getField("mentions");
      Column r = right.getField("mentions");
      Column byId = when(left.getField("entity").lt(right.getField("entity")), lit(-1))
          .when(left.getField("entity").gt(right.getField("entity")), lit(1)).otherwise(lit(0));
      return when(l.gt(r), lit(-1)).when(l.lt(r), lit(1)).otherwise(byId);
    });
    return transform(slice(ranked, 1, max), entity -> entity.getField("entity"));
  }

  /** The smallest article count k with k / articles ≥ minSupport, decided by the same division the filter uses. */
  static long minimumCount(double minSupport, long articles) {
    long k = Math.max(1, (long) Math.ceil(minSupport * articles));
    while (k > 1 && (double) (k - 1) / articles >= minSupport) {
      k--;
    }
    while ((double) k / articles < minSupport) {
      k++;
    }
    return k;
  }

  /** Months by required count, cut into bands whose largest count is at most BAND_FACTOR times the smallest. */
  private static List<List<Month>> bands(List<Month> months) {
    List<Month> sorted = months.stream().filter(m -> m.withEntities() >= m.minArticles())
        .sorted(Comparator.comparingLong(Month::minArticles)).toList();
    List<List<Month>> bands = new ArrayList<>();
    for (Month month : sorted) {
      List<Month> last = bands.isEmpty() ? null : bands.get(bands.size() - 1);
      if (last == null || month.minArticles() > BAND_FACTOR * last.get(0).minArticles()) {
        bands.add(new ArrayList<>(List.of(month)));
      } else {
        last.add(month);
      }
    }
    return bands;
  }

  /** One FPGrowth fit over the band's months, items prefixed by month: (pub_month, items sorted, articles). */
  private static Dataset<Row> mine(Dataset<Row> transactions, List<Month> band) {
    long bandTransactions = band.stream().mapToLong(Month::withEntities).sum();
    long minCount = band.get(0).minArticles();
    Dataset<Row> prefixed = transactions
        .filter(col(MONTH).isin(band.stream().map(Month::month).toArray()).and(size(col(ITEMS)).gt(0)))
        .select(transform(col(ITEMS), item -> concat(col(MONTH), lit(":"), item)).as(ITEMS));
    // FPGrowth keeps sets with count >= ceil(minSupport * transactions); half a count below keeps rounding out
    double minSupport = (minCount - 0.5) / bandTransactions;
    Dataset<Row> found = new FPGrowth().setItemsCol(ITEMS).setMinSupport(minSupport).fit(prefixed).freqItemsets();
    return found.select(substring(element_at(col(ITEMS), 1), 1, PREFIX - 1).as(MONTH),
        array_sort(transform(col(ITEMS), item -> substring(item, PREFIX + 1, Integer.MAX_VALUE))).as(ITEMS),
        col("freq").as("articles"));
  }

  private static Dataset<Row> rules(Dataset<Row> itemsets, Dataset<Row> all, double minConfidence) {
    Dataset<Row> antecedents = all.select(col(MONTH).as("a_month"), col(ITEMS).as("a_items"),
        col("articles").as("antecedent_articles"));
    Dataset<Row> consequents = all.filter(col("size").equalTo(1))
        .select(col(MONTH).as("c_month"), element_at(col(ITEMS), 1).as("c_item"),
            col("articles").as("consequent_articles"));
    Column confidence = col("articles").divide(col("antecedent_articles"));
    return itemsets.select(col(MONTH), col(ITEMS), col("articles"), col("month_articles"), col("support"),
            explode(col(ITEMS)).as("consequent"))
        .withColumn("antecedent", array_except(col(ITEMS), array(col("consequent"))))
        .join(antecedents, col(MONTH).equalTo(col("a_month")).and(col("antecedent").equalTo(col("a_items"))))
        .join(consequents, col(MONTH).equalTo(col("c_month")).and(col("consequent").equalTo(col("c_item"))))
        .withColumn("confidence", confidence)
        .filter(col("confidence").geq(minConfidence))
        .select(col(MONTH), col("antecedent"), col("consequent"), col(ITEMS), col("articles"),
            col("antecedent_articles"), col("consequent_articles"), col("month_articles"), col("support"),
            col("confidence"),
            col("confidence").multiply(col("month_articles")).divide(col("consequent_articles")).as("lift"));
  }
}

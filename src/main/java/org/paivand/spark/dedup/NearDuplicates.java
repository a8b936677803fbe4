package org.paivand.spark.dedup;

import org.paivand.spark.extract.CompactArticles;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.paivand.text.TextFingerprint;
import scala.collection.Seq;

/**
 * Near-copy clusters ({@code --dedup near}): articles whose word-shingle sets have a Jaccard similarity of at least
 * the threshold are linked, and each connected component of those links counts once.
 *
 * <ol>
 *   <li>Exact copies are grouped first by content hash (a window, as in {@code --dedup exact}), and only each group's
 *       earliest article (its representative) goes on: a text syndicated a thousand times is one point for LSH, not
 *       half a million candidate pairs.
 *   <li>Candidate pairs among the representatives come from {@link MinHashLSH} (spark-mllib) over the shingles as
 *       sparse binary vectors; its {@code approxSimilarityJoin} keeps pairs whose Jaccard distance it computes below
 *       1 − threshold (plus a hair, for rounding). Each pair is then checked again with
 *       {@link TextFingerprint#jaccard} on the shingle arrays, which decides the boundary exactly (9 of 10 shared
 *       shingles is 0.9). Spark's MinHash ORs {@link #hashTables} single-hash tables: a pair at the threshold t is
 *       missed with probability (1 − t)^tables, kept below 10^-6 (6 tables at 0.9, 3 at 0.99, capped at 20).
 *   <li>Components: minimum-label propagation with DataFrames, the label being (publication day, id), so a
 *       component's final label is the article it keeps. Each round joins the links with the labels and takes the
 *       minimum per article until nothing changes; rounds = the longest shortest path in a component, small for
 *       copies (a cluster of copies is nearly a clique). Union-find on the driver would need every link there, and
 *       the number of links is not bounded (n near copies of one text give up to n²/2); only the round count reaches
 *       the driver here. Labels are checkpointed each round so the plan does not grow.
 *   <li>Every member of an exact group takes its representative's component label; members other than the label are
 *       copies: {@code exact} when their content hash is the kept article's, {@code near} otherwise, with their
 *       Jaccard similarity to the kept article.
 * </ol>
 */
final class NearDuplicates {
  private static final String FEATURES = "features";
  private static final String REPRESENTATIVE = "representative";
  private static final String LABEL = "label";
  private static final String NODE = "node";
  private static final double MISS_PROBABILITY = 1e-6;
  private static final long SEED = 20201006L;

  static final UserDefinedFunction JACCARD = udf(
      (UDF2<Seq<Object>, Seq<Object>, Double>) (a, b) ->
          a == null || b == null ? null : TextFingerprint.jaccard(ints(a), ints(b)), DataTypes.DoubleType);

  private static final UserDefinedFunction VECTOR = udf(
      (UDF1<Seq<Object>, Vector>) shingles -> binaryVector(ints(shingles)), new VectorUDT());

  private NearDuplicates() {}

  /** Copies as (copy_id, duplicate_of, kept_pub_day, duplicate_kind, similarity), like {@link TextDuplicates}. */
  static Dataset<Row> copies(Dataset<Row> used, double threshold) {
    WindowSpec sameText = Window.partitionBy(col(CompactArticles.CONTENT_HASH_HIGH), col(CompactArticles.CONTENT_HASH_LOW))
        .orderBy(col(CompactArticles.PUB_DAY), col(CompactArticles.ID));
    // only articles with words take part; each with the earliest article of its exact group
    Dataset<Row> members = used.filter(col(CompactArticles.CONTENT_HASH_HIGH).isNotNull())
        .select(col(CompactArticles.ID), col(CompactArticles.PUB_DAY), col(CompactArticles.CONTENT_HASH_HIGH),
            col(CompactArticles.CONTENT_HASH_LOW), col(CompactArticles.SHINGLES),
            first(col(CompactArticles.ID)).over(sameText).as(REPRESENTATIVE))
        .localCheckpoint(true);
    Dataset<Row> representatives = members.filter(col(CompactArticles.ID).equalTo(col(REPRESENTATIVE)))
        .filter(org.apache.spark.sql.functions.size(col(CompactArticles.SHINGLES)).gt(0));
    Dataset<Row> labels = components(links(representatives, threshold), representatives);
    Column kept = struct(col(CompactArticles.PUB_DAY), col(CompactArticles.ID));
    Dataset<Row> keptOf = members.filter(col(CompactArticles.ID).equalTo(col(REPRESENTATIVE)))
        .join(labels, col(CompactArticles.ID).equalTo(col(NODE)), "left_outer")
        .select(col(CompactArticles.ID).as("group"), org.apache.spark.sql.functions.coalesce(col(LABEL), kept)
            .as("kept"));
    Dataset<Row> keptText = members.select(col(CompactArticles.ID).as("kept_text_id"),
        col(CompactArticles.CONTENT_HASH_HIGH).as("kept_high"), col(CompactArticles.CONTENT_HASH_LOW).as("kept_low"),
        col(CompactArticles.SHINGLES).as("kept_shingles"));
    Column sameWords = col(CompactArticles.CONTENT_HASH_HIGH).equalTo(col("kept_high"))
        .and(col(CompactArticles.CONTENT_HASH_LOW).equalTo(col("kept_low")));
    return members.join(keptOf, col(REPRESENTATIVE).equalTo(col("group")))
        .filter(col("kept." + CompactArticles.ID).notEqual(col(CompactArticles.ID)))
        .join(keptText, col("kept." + CompactArticles.ID).equalTo(col("kept_text_id")))
        .select(col(CompactArticles.ID).as("copy_id"), col("kept." + CompactArticles.ID).as(TextDuplicates.DUPLICATE_OF),
            col("kept." + CompactArticles.PUB_DAY).as(TextDuplicates.KEPT_DAY),
            when(sameWords, lit(TextDuplicates.KIND_EXACT)).otherwise(lit(TextDuplicates.KIND_NEAR))
                .as(TextDuplicates.KIND),
            when(sameWords, lit(1.0)).otherwise(JACCARD.apply(col(CompactArticles.SHINGLES), col("kept_shingles")))
                .as(TextDuplicates.SIMILARITY));
  }

  /** Pairs (a, b), a < b, of representatives whose shingle sets are at least {@code threshold} similar. */
  static Dataset<Row> links(Dataset<Row> representatives, double threshold) {
    Dataset<Row> points = representatives.select(col(CompactArticles.ID), col(CompactArticles.SHINGLES),
        VECTOR.apply(col(CompactArticles.SHINGLES)).as(FEATURES));
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(hashTables(threshold)).setSeed(SEED)
        .setInputCol(FEATURES).setOutputCol("hashes").fit(points);
    double distance = Math.min(1.0, 1.0 - threshold + 1e-9);
    return model.approxSimilarityJoin(points, points, distance, "distance")
        .select(col("datasetA." + CompactArticles.ID).as("a"), col("datasetB." + CompactArticles.ID).as("b"),
            col("datasetA." + CompactArticles.SHINGLES).as("a_shingles"),
            col("datasetB." + CompactArticles.SHINGLES).as("b_shingles"))
        .filter(col("a").lt(col("b")))
        .filter(JACCARD.apply(col("a_shingles"), col("b_shingles")).geq(threshold))
        .select(col("a"), col("b"));
  }

  /**
   * Connected components of the links: (node, label) for every linked representative, the label being the
   * (pub_day, id) struct of the component's earliest article.
   */
  static Dataset<Row> components(Dataset<Row> links, Dataset<Row> representatives) {
    Dataset<Row> edges = links.select(col("a").as("src"), col("b").as("dst"))
        .union(links.select(col("b").as("src"), col("a").as("dst")))
        .localCheckpoint(true);
    Dataset<Row> labels = edges.select(col("src").as(NODE)).distinct()
        .join(representatives, col(NODE).equalTo(col(CompactArticles.ID)))
        .select(col(NODE), struct(col(CompactArticles.PUB_DAY), col(CompactArticles.ID)).as(LABEL))
        .localCheckpoint(true);
    while (true) {
      Dataset<Row> proposals = edges.join(labels, col("src").equalTo(col(NODE)))
          .select(col("dst").as(NODE), col(LABEL));
      Dataset<Row> next = labels.union(proposals).groupBy(col(NODE)).agg(min(col(LABEL)).as(LABEL))
          .localCheckpoint(true);
      long changed = next.as("n").join(labels.as("o"), col("n." + NODE).equalTo(col("o." + NODE)))
          .filter(col("n." + LABEL).notEqual(col("o." + LABEL))).count();
      labels = next;
      if (changed == 0) {
        return labels;
      }
    }
  }

  /** OR-ed single-hash tables so that a pair exactly at the threshold is missed with probability below 10^-6. */
  static int hashTables(double threshold) {
    if (threshold >= 1.0) {
      return 1; // equal sets have equal minimum hashes in every table
    }
    int tables = (int) Math.ceil(Math.log(MISS_PROBABILITY) / Math.log(1.0 - threshold));
    return Math.max(1, Math.min(20, tables));
  }

  static Vector binaryVector(int[] shingles) {
    double[] ones = new double[shingles.length];
    java.util.Arrays.fill(ones, 1.0);
    return new SparseVector(TextFingerprint.SHINGLE_SPACE, shingles, ones);
  }

  static int[] ints(Seq<Object> values) {
    int[] result = new int[values.size()];
    for (int k = 0; k < result.length; k++) {
      result[k] = (Integer) values.apply(k);
    }
    return result;
  }
}

package org.paivand.spark.nightly;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.paivand.article.ArticleFacts;
import org.paivand.article.ArticleFactsCodec;
import org.paivand.spark.extract.CompactArticles;
import org.paivand.spark.extract.RowKeys;

/**
 * The article rows of a nightly state written before the compact rows (state format 1, paivand up to December 2026):
 * every pair and mention a struct of strings. A night that finds such a state reads it with {@link #SCHEMA}, turns
 * each row into a state row of format 2 ({@link #convert}) and stages every delivery's rows anew, so that the output
 * holds format 2 after it; nothing else about the output changes.
 */
final class StateFormatV1 {
  private static final StructType ENTITY = new StructType()
      .add("entity", DataTypes.StringType, false)
      .add("mentions", DataTypes.IntegerType, false);
  private static final StructType PAIR = new StructType()
      .add("entity_a", DataTypes.StringType, false)
      .add("entity_b", DataTypes.StringType, false)
      .add("sentences", DataTypes.IntegerType, true);
  private static final StructType MENTION = new StructType()
      .add("entity", DataTypes.StringType, false)
      .add("sentence", DataTypes.IntegerType, false)
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false);
  private static final StructType SENTENCE_TEXT = new StructType()
      .add("sentence", DataTypes.IntegerType, false)
      .add("text", DataTypes.StringType, false);

  /** The rows as format 1 wrote them, {@code ingest_date} being the partition directory. */
  static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.StringType)
      .add("pub_day", DataTypes.IntegerType)
      .add("lang", DataTypes.StringType)
      .add("reason", DataTypes.StringType)
      .add("detail", DataTypes.StringType)
      .add("raw_date", DataTypes.StringType)
      .add("raw_text", DataTypes.StringType)
      .add("text_hash", DataTypes.LongType)
      .add("text_length", DataTypes.IntegerType)
      .add("text_truncated", DataTypes.BooleanType)
      .add("sentences", DataTypes.IntegerType)
      .add("entities", new ArrayType(ENTITY, false))
      .add("document_pairs", new ArrayType(PAIR, false))
      .add("sentence_pairs", new ArrayType(PAIR, false))
      .add("mentions", new ArrayType(MENTION, false))
      .add("sentence_texts", new ArrayType(SENTENCE_TEXT, false))
      .add("content_hash_high", DataTypes.LongType)
      .add("content_hash_low", DataTypes.LongType)
      .add("shingles", new ArrayType(DataTypes.IntegerType, false))
      .add("source", DataTypes.StringType)
      .add("ingest_date", DataTypes.StringType);

  private StateFormatV1() {}

  /** Format-1 rows as format-2 state rows; row keys are given here, in the order the files are read. */
  static Dataset<Row> convert(Dataset<Row> rows) {
    return rows.mapPartitions(new Convert(), Encoders.row(CompactArticles.stateSchema()));
  }

  private static final class Convert implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      int partition = TaskContext.getPartitionId();
      ArticleFacts facts = new ArticleFacts();
      ArticleFactsCodec codec = new ArticleFactsCodec();
      long[] index = new long[1];
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row row = rows.next();
          String ingest = row.getAs("ingest_date");
          long key = RowKeys.of(ingest == null ? null : LocalDate.parse(ingest), partition, index[0]++);
          boolean rejected = row.getAs("reason") != null;
          String[] entities = rejected ? new String[0] : entities(row.getList(row.fieldIndex("entities")), facts);
          byte[] encoded = rejected ? null : codec.encode(fill(row, entities, facts));
          return RowFactory.create(key, row.getAs("id"), ingest, row.getAs("pub_day"), row.getAs("lang"),
              row.getAs("source"), row.getAs("text_hash"), row.getAs("text_length"), row.getAs("text_truncated"),
              row.getAs("sentences"), entities, encoded, row.getAs("content_hash_high"),
              row.getAs("content_hash_low"), row.getAs("reason"), row.getAs("detail"), row.getAs("raw_date"),
              row.getAs("raw_text"));
        }
      };
    }

    /** The sorted ids, their mention counts set into {@code facts}. */
    private static String[] entities(List<Row> entities, ArticleFacts facts) {
      Row[] sorted = entities.toArray(Row[]::new);
      Arrays.sort(sorted, (a, b) -> a.getString(0).compareTo(b.getString(0)));
      facts.resetEntities(sorted.length);
      String[] ids = new String[sorted.length];
      for (int k = 0; k < sorted.length; k++) {
        ids[k] = sorted[k].getString(0);
        facts.setEntity(k, k);
        facts.setEntityMentions(k, sorted[k].getInt(1));
      }
      return ids;
    }

    private static ArticleFacts fill(Row row, String[] ids, ArticleFacts facts) {
      List<Row> pairs = row.getList(row.fieldIndex("sentence_pairs"));
      facts.resetPairs(pairs.size());
      for (int p = 0; p < pairs.size(); p++) {
        Row pair = pairs.get(p);
        facts.setPair(p, Arrays.binarySearch(ids, pair.getString(0)), Arrays.binarySearch(ids, pair.getString(1)),
            pair.getInt(2));
      }
      List<Row> mentions = row.getList(row.fieldIndex("mentions"));
      facts.resetMentions(mentions.size());
      for (int m = 0; m < mentions.size(); m++) {
        Row mention = mentions.get(m);
        facts.setMention(m, Arrays.binarySearch(ids, mention.getString(0)), mention.getInt(1), mention.getInt(2),
            mention.getInt(3));
      }
      return facts;
    }
  }
}

package org.paivand.spark.extract;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The compact rows the text pass ({@link ExtractArticles}) turns articles into: one per input row, a few hundred bytes
 * where the text was kilobytes, and everything the rest of a run reads. An accepted article has its day, sizes,
 * entities and {@code facts} (pairs and mentions, see {@code ArticleFactsCodec}); a rejected row has its reason and
 * its raw fields, text included, for {@code rejects/}. The nightly state keeps the same rows with entity ids instead
 * of indexes ({@link #stateSchema()}).
 */
public final class CompactArticles {
  /** Unique per row of a run (see {@link RowKeys}): how a repeated id's losing copies are named. */
  public static final String ROW_KEY = "row_key";
  public static final String ID = "id";
  /** The delivery a row came in ({@code ingest_date=YYYY-MM-DD} directory of its file), or null. */
  public static final String INGEST_DATE = "ingest_date";
  /** Publication day, days since 1970-01-01; null for a rejected row. */
  public static final String PUB_DAY = "pub_day";
  public static final String LANG = "lang";
  public static final String SOURCE = "source";
  /** 64-bit FNV-1a of the whole text: the last tie-breaker between copies of an id. */
  public static final String TEXT_HASH = "text_hash";
  public static final String TEXT_LENGTH = "text_length";
  public static final String TEXT_TRUNCATED = "text_truncated";
  public static final String SENTENCES = "sentences";
  /** Distinct entities, sorted: gazetteer indexes in a run, ids in the nightly state. */
  public static final String ENTITIES = "entities";
  public static final String FACTS = "facts";
  /** The two halves of the 128-bit hash of the normalized words; only with {@code --dedup exact|near}. */
  public static final String CONTENT_HASH_HIGH = "content_hash_high";
  public static final String CONTENT_HASH_LOW = "content_hash_low";
  /** Hashed word shingles, sorted and distinct; only with {@code --dedup near}. */
  public static final String SHINGLES = "shingles";
  /** The original text of each distinct sentence holding a mention, in order; only with {@code --mentions-text}. */
  public static final String SENTENCE_TEXTS = "sentence_texts";
  public static final String REASON = "reason";
  public static final String DETAIL = "detail";
  public static final String RAW_DATE = "raw_date";
  public static final String RAW_TEXT = "raw_text";

  private CompactArticles() {}

  /** The rows of a run: entities as gazetteer indexes. */
  public static StructType schema() {
    return common(DataTypes.IntegerType)
        .add(SHINGLES, new ArrayType(DataTypes.IntegerType, false))
        .add(SENTENCE_TEXTS, new ArrayType(DataTypes.StringType, false));
  }

  /** The rows of the nightly state: entities as ids, so that a later gazetteer (other indexes) reads them. */
  public static StructType stateSchema() {
    return common(DataTypes.StringType);
  }

  private static StructType common(DataType entity) {
    return new StructType()
        .add(ROW_KEY, DataTypes.LongType, false)
        .add(ID, DataTypes.StringType)
        .add(INGEST_DATE, DataTypes.StringType)
        .add(PUB_DAY, DataTypes.IntegerType)
        .add(LANG, DataTypes.StringType)
        .add(SOURCE, DataTypes.StringType)
        .add(TEXT_HASH, DataTypes.LongType)
        .add(TEXT_LENGTH, DataTypes.IntegerType)
        .add(TEXT_TRUNCATED, DataTypes.BooleanType)
        .add(SENTENCES, DataTypes.IntegerType)
        .add(ENTITIES, new ArrayType(entity, false))
        .add(FACTS, DataTypes.BinaryType)
        .add(CONTENT_HASH_HIGH, DataTypes.LongType)
        .add(CONTENT_HASH_LOW, DataTypes.LongType)
        .add(REASON, DataTypes.StringType)
        .add(DETAIL, DataTypes.StringType)
        .add(RAW_DATE, DataTypes.StringType)
        .add(RAW_TEXT, DataTypes.StringType);
  }
}

package org.paivand.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The per-article rows {@link ExtractMentions} produces: the accepted article's facts, or its reject reason. */
final class ArticleSchema {
  static final String ID = "id";
  static final String PUB_DAY = "pub_day";
  static final String LANG = "lang";
  static final String REASON = "reason";
  static final String DETAIL = "detail";
  static final String RAW_DATE = "raw_date";
  static final String RAW_TEXT = "raw_text";
  static final String TEXT_HASH = "text_hash";
  static final String TEXT_LENGTH = "text_length";
  static final String TEXT_TRUNCATED = "text_truncated";
  static final String SENTENCES = "sentences";
  static final String ENTITIES = "entities";
  static final String DOCUMENT_PAIRS = "document_pairs";
  static final String SENTENCE_PAIRS = "sentence_pairs";
  static final String MENTIONS = "mentions";
  /** Original text of each sentence holding a mention (see {@code SentenceExcerpt}), once per sentence. */
  static final String SENTENCE_TEXTS = "sentence_texts";
  /** The two halves of the 128-bit hash of the normalized words ({@code TextFingerprint}); null without words. */
  static final String CONTENT_HASH_HIGH = "content_hash_high";
  static final String CONTENT_HASH_LOW = "content_hash_low";
  /** Hashed 5-word shingles, sorted and distinct; computed only when {@code --dedup near} needs them, else null. */
  static final String SHINGLES = "shingles";
  static final String SOURCE = "source";

  static final StructType ENTITY = new StructType()
      .add("entity", DataTypes.StringType, false)
      .add("mentions", DataTypes.IntegerType, false);
  static final StructType PAIR = new StructType()
      .add("entity_a", DataTypes.StringType, false)
      .add("entity_b", DataTypes.StringType, false)
      .add("sentences", DataTypes.IntegerType, true);
  static final StructType MENTION = new StructType()
      .add("entity", DataTypes.StringType, false)
      .add("sentence", DataTypes.IntegerType, false)
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false);
  static final StructType SENTENCE_TEXT = new StructType()
      .add("sentence", DataTypes.IntegerType, false)
      .add("text", DataTypes.StringType, false);

  static final StructType SCHEMA = new StructType()
      .add(ID, DataTypes.StringType)
      .add(PUB_DAY, DataTypes.IntegerType)
      .add(LANG, DataTypes.StringType)
      .add(REASON, DataTypes.StringType)
      .add(DETAIL, DataTypes.StringType)
      .add(RAW_DATE, DataTypes.StringType)
      .add(RAW_TEXT, DataTypes.StringType)
      .add(TEXT_HASH, DataTypes.LongType)
      .add(TEXT_LENGTH, DataTypes.IntegerType)
      .add(TEXT_TRUNCATED, DataTypes.BooleanType)
      .add(SENTENCES, DataTypes.IntegerType)
      .add(ENTITIES, new ArrayType(ENTITY, false))
      .add(DOCUMENT_PAIRS, new ArrayType(PAIR, false))
      .add(SENTENCE_PAIRS, new ArrayType(PAIR, false))
      .add(MENTIONS, new ArrayType(MENTION, false))
      .add(SENTENCE_TEXTS, new ArrayType(SENTENCE_TEXT, false))
      .add(CONTENT_HASH_HIGH, DataTypes.LongType)
      .add(CONTENT_HASH_LOW, DataTypes.LongType)
      .add(SHINGLES, new ArrayType(DataTypes.IntegerType, false))
      .add(SOURCE, DataTypes.StringType);

  private ArticleSchema() {}
}

package org.paivand.corpus;

import java.util.List;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * The Parquet schema of a corpus: one row per article, seven columns, each {@code optional binary (STRING)} (UTF-8),
 * in this order: {@code id, title, text, published, lang, source, url}. See {@code docs/input.md}.
 *
 * <pre>
 * message corpus_record {
 *   optional binary id (STRING);
 *   optional binary title (STRING);
 *   ...
 * }
 * </pre>
 */
public final class CorpusSchema {
  public static final String ID = "id";
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String PUBLISHED = "published";
  public static final String LANG = "lang";
  public static final String SOURCE = "source";
  public static final String URL = "url";

  /** Every column, in the order of the Parquet schema. */
  public static final List<String> COLUMNS = List.of(ID, TITLE, TEXT, PUBLISHED, LANG, SOURCE, URL);

  static final String MESSAGE_NAME = "corpus_record";

  /** The Parquet message type: every column an optional UTF-8 string. */
  public static final MessageType MESSAGE_TYPE = buildMessageType();

  private CorpusSchema() {}

  private static MessageType buildMessageType() {
    Types.MessageTypeBuilder builder = Types.buildMessage();
    for (String column : COLUMNS) {
      builder.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(column);
    }
    return builder.named(MESSAGE_NAME);
  }
}

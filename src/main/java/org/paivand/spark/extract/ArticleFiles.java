package org.paivand.spark.extract;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.paivand.article.ArticleFacts;
import org.paivand.article.ArticleFactsCodec;
import org.apache.parquet.schema.MessageType;
import org.paivand.output.GroupFileWriter;
import org.paivand.output.OutputLayout;
import org.paivand.output.OutputTable;
import org.paivand.output.ParquetSchemas;

/**
 * Writes {@code articles} and {@code mentions} of the counted articles on the executors, in one pass: a task sorts
 * its articles (spread by month beforehand, a large month over several tasks) by day and id, and writes per month one
 * file of each table, the mention rows made from the compact {@code facts} as they are written. Returns what it wrote.
 *
 * <p>Why not two Spark writes: each needed its own shuffle of the compact rows and a sort of its rows by strings
 * (measured on 200,000 real articles: 7.3 s, two thirds of them in those two writes, four Spark jobs); here the
 * articles are shuffled once and sorted once. Files appear whole by rename and have the partition's number, so a
 * retried task replaces its earlier attempt's files ({@link GroupFileWriter}).
 */
final class ArticleFiles implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  static final StructType WRITTEN = new StructType()
      .add("table", DataTypes.StringType, false)
      .add("rows", DataTypes.LongType, false)
      .add("truncated", DataTypes.LongType, false);
  static final StructType ARTICLES = new StructType()
      .add("id", DataTypes.StringType)
      .add(OutputTable.PUB_DATE, DataTypes.DateType)
      .add("lang", DataTypes.StringType)
      .add("text_length", DataTypes.IntegerType)
      .add("text_truncated", DataTypes.BooleanType)
      .add("sentences", DataTypes.IntegerType)
      .add("text_hash", DataTypes.LongType)
      .add("entities", DataTypes.createArrayType(DataTypes.StringType));
  static final StructType MENTIONS = new StructType()
      .add("id", DataTypes.StringType)
      .add(OutputTable.PUB_DATE, DataTypes.DateType)
      .add("entity", DataTypes.StringType)
      .add("sentence", DataTypes.IntegerType)
      .add("start", DataTypes.IntegerType)
      .add("end", DataTypes.IntegerType);
  static final StructType MENTIONS_WITH_TEXT = MENTIONS.add("sentence_text", DataTypes.StringType);
  private static final long ROW_GROUP_BYTES = 128L << 20;

  private final String[] dictionary;
  private final boolean withText;
  private final String articles;
  private final String mentions;
  private final SerializableConfiguration hadoop;

  ArticleFiles(String[] dictionary, boolean withText, String articles, String mentions,
      SerializableConfiguration hadoop) {
    this.dictionary = dictionary;
    this.withText = withText;
    this.articles = articles;
    this.mentions = mentions;
    this.hadoop = hadoop;
  }

  /** The columns the task reads, in this order. */
  static final List<String> INPUT = List.of(CompactArticles.ID, CompactArticles.PUB_DAY, CompactArticles.LANG,
      CompactArticles.TEXT_LENGTH, CompactArticles.TEXT_TRUNCATED, CompactArticles.SENTENCES,
      CompactArticles.TEXT_HASH, CompactArticles.ENTITIES, CompactArticles.FACTS, CompactArticles.SENTENCE_TEXTS);

  @Override
  public Iterator<Row> call(Iterator<Row> input) throws IOException {
    List<Row> rows = new ArrayList<>();
    input.forEachRemaining(rows::add);
    rows.sort(Comparator.comparingInt((Row row) -> row.getInt(1)).thenComparing(row -> row.getString(0)));
    String file = String.format("part-%05d.snappy.parquet", TaskContext.getPartitionId());
    FileSystem fileSystem = new Path(articles).getFileSystem(hadoop.value());
    MessageType articleSchema = ParquetSchemas.of(ARTICLES);
    MessageType mentionSchema = ParquetSchemas.of(withText ? MENTIONS_WITH_TEXT : MENTIONS);
    ArticleFacts facts = new ArticleFacts();
    ArticleFactsCodec codec = new ArticleFactsCodec();
    long mentionRows = 0;
    long truncated = 0;
    String month = null;
    GroupFileWriter articleWriter = null;
    GroupFileWriter mentionWriter = null;
    try {
      for (Row row : rows) {
        int day = row.getInt(1);
        String rowMonth = OutputLayout.month(LocalDate.ofEpochDay(day));
        if (!rowMonth.equals(month)) {
          commit(articleWriter, mentionWriter);
          month = rowMonth;
          String partition = OutputLayout.monthPartition(month);
          articleWriter = GroupFileWriter.create(fileSystem, new Path(new Path(articles, partition), file),
              articleSchema, ROW_GROUP_BYTES);
          mentionWriter = GroupFileWriter.create(fileSystem, new Path(new Path(mentions, partition), file),
              mentionSchema, ROW_GROUP_BYTES);
        }
        List<Integer> entities = row.getList(7);
        articleWriter.write(article(articleWriter.newRow(), row, day, entities));
        truncated += row.getBoolean(4) ? 1 : 0;
        codec.decode(row.getAs(8), facts);
        List<String> texts = withText ? row.getList(9) : null;
        int text = -1;
        int lastSentence = -1;
        for (int m = 0; m < facts.mentionCount(); m++) {
          Group mention = mentionWriter.newRow();
          mention.append("id", row.getString(0));
          mention.append(OutputTable.PUB_DATE, day);
          mention.append("entity", dictionary[entities.get(facts.mentionEntity(m))]);
          mention.append("sentence", facts.mentionSentence(m));
          mention.append("start", facts.mentionStart(m));
          mention.append("end", facts.mentionEnd(m));
          if (withText) { // one excerpt per distinct sentence, in step with the mentions (both in text order)
            if (facts.mentionSentence(m) != lastSentence) {
              lastSentence = facts.mentionSentence(m);
              text++;
            }
            mention.append("sentence_text", texts.get(text));
          }
          mentionWriter.write(mention);
          mentionRows++;
        }
      }
      commit(articleWriter, mentionWriter);
    } finally {
      if (articleWriter != null) {
        articleWriter.close();
      }
      if (mentionWriter != null) {
        mentionWriter.close();
      }
    }
    return List.of(RowFactory.create(OutputTable.ARTICLES.directory(), (long) rows.size(), truncated),
        RowFactory.create(OutputTable.MENTIONS.directory(), mentionRows, 0L)).iterator();
  }

  private Group article(Group out, Row row, int day, List<Integer> entities) {
    out.append("id", row.getString(0));
    out.append(OutputTable.PUB_DATE, day);
    if (!row.isNullAt(2)) {
      out.append("lang", row.getString(2));
    }
    out.append("text_length", row.getInt(3));
    out.append("text_truncated", row.getBoolean(4));
    out.append("sentences", row.getInt(5));
    out.append("text_hash", row.getLong(6));
    List<String> ids = new ArrayList<>(entities.size());
    entities.forEach(entity -> ids.add(dictionary[entity]));
    ParquetSchemas.appendStrings(out, "entities", ids);
    return out;
  }

  private static void commit(GroupFileWriter articles, GroupFileWriter mentions) throws IOException {
    if (articles != null) {
      articles.commit();
      mentions.commit();
    }
  }
}

package org.paivand.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.paivand.article.ArticleAnalyzer;
import org.paivand.article.SentenceExcerpt;
import org.paivand.gazetteer.Gazetteer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text of example sentences when {@code mentions} has no {@code sentence_text} (the default: runs keep it only
 * with {@code --mentions-text}): the articles are read again from the inputs {@code _run.json} names, with the
 * columns it records, and each is split into sentences as the run split it (the text joined and cut the same way),
 * so sentence {@code k} here is sentence {@code k} of {@code mentions}. One Spark job over the inputs, filtered to the
 * few ids asked for. When the inputs cannot be read any more (moved, deleted), the examples stay without text and the
 * report says so.
 */
final class SentenceLookup {
  private static final Logger LOG = LoggerFactory.getLogger("org.paivand.report");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SentenceLookup() {}

  /**
   * The excerpts of the {@code wanted} sentences (by article id), or an empty map when the inputs cannot be read.
   *
   * @param runReport the output's {@code _run.json}
   */
  static Map<String, Map<Integer, String>> find(SparkSession spark, String runReport,
      Map<String, Set<Integer>> wanted) {
    if (wanted.isEmpty()) {
      return Map.of();
    }
    try {
      JsonNode report = MAPPER.readTree(runReport);
      List<String> inputs = new ArrayList<>();
      report.path("inputs").forEach(input -> inputs.add(input.asText()));
      JsonNode configuration = report.path("configuration");
      String idColumn = configuration.path("id_col").asText("id");
      List<Column> texts = new ArrayList<>();
      JsonNode textColumns = configuration.path("text_cols");
      if (textColumns.isArray()) {
        textColumns.forEach(name -> texts.add(col(quoted(name.asText())).cast("string")));
      } else {
        for (String name : textColumns.asText("text").split(",")) {
          texts.add(col(quoted(name)).cast("string"));
        }
      }
      int limit = configuration.path("max_text_chars").asInt(Integer.MAX_VALUE);
      Column text = texts.size() == 1 ? texts.get(0) : concat_ws("\n", texts.toArray(Column[]::new));
      List<Row> rows = spark.read().parquet(inputs.toArray(String[]::new))
          .select(col(quoted(idColumn)).cast("string").as("id"), text.as("text"))
          .filter(col("id").isin(wanted.keySet().toArray()))
          .dropDuplicates("id")
          .collectAsList();
      Map<String, Map<Integer, String>> found = new HashMap<>();
      ArticleAnalyzer analyzer = new ArticleAnalyzer(Gazetteer.standard());
      for (Row row : rows) {
        String article = row.getString(1);
        if (article == null) {
          continue;
        }
        CharSequence analysed = article.length() > limit ? article.subSequence(0, limit) : article;
        // only the sentence bounds are read here, and role mentions do not move them: no publication day needed
        analyzer.analyze(analysed);
        Map<Integer, String> sentences = new HashMap<>();
        for (int sentence : wanted.get(row.getString(0))) {
          if (sentence < analyzer.sentenceCount()) {
            sentences.put(sentence, SentenceExcerpt.of(analysed, analyzer.sentenceStart(sentence),
                analyzer.sentenceEnd(sentence)));
          }
        }
        found.put(row.getString(0), sentences);
      }
      return found;
    } catch (Exception e) { // the inputs may be gone: the report goes on without the sentences
      LOG.warn("cannot look the example sentences up in the run's inputs: {}", e.toString());
      return Map.of();
    }
  }

  private static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}

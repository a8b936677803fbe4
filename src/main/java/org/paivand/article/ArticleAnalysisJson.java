package org.paivand.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON form of an {@link ArticleAnalysis}, field order fixed: {@code {"entities": [...], "sentences": [{"index",
 * "start", "end", "text", "mentions": [{"entity", "surface", "start", "end"}]}]}}; a role mention also has
 * {@code "role": {"office", "country", "date", "source", "line"}}.
 */
public final class ArticleAnalysisJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleAnalysisJson() {}

  public static ObjectNode toJson(ArticleAnalysis analysis) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode entities = root.putArray("entities");
    analysis.entities().forEach(entities::add);
    ArrayNode sentences = root.putArray("sentences");
    for (ArticleAnalysis.Sentence sentence : analysis.sentences()) {
      ObjectNode node = sentences.addObject();
      node.put("index", sentence.index());
      node.put("start", sentence.start());
      node.put("end", sentence.end());
      node.put("text", sentence.text());
      ArrayNode mentions = node.putArray("mentions");
      for (ArticleAnalysis.Mention mention : sentence.mentions()) {
        ObjectNode m = mentions.addObject();
        m.put("entity", mention.entity());
        m.put("surface", mention.surface());
        m.put("start", mention.start());
        m.put("end", mention.end());
        if (mention.role() != null) {
          ObjectNode role = m.putObject("role");
          role.put("office", mention.role().office());
          role.put("country", mention.role().country());
          role.put("date", mention.role().date());
          role.put("source", mention.role().source());
          role.put("line", mention.role().line());
        }
      }
    }
    return root;
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}

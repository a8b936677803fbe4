package org.paivand.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.paivand.article.ArticleAnalysisJson;

/**
 * The JSON form of an {@link EvalReport}: {@code {"languages": {"fa": {"sentences": 310, "kinds": {"country":
 * {"gold", "predicted", "tp", "fp", "fn", "precision", "recall"}, ..., "all": {...}}}}}}, with {@code "misses"} and
 * {@code "falseHits"} arrays of {@code {"id", "entity", "kind", "surface", "start", "end", "sentence"}} when errors are
 * asked for. An undefined precision or recall is {@code null}.
 */
public final class EvalReportJson {
  private EvalReportJson() {}

  public static ObjectNode toJson(EvalReport report, boolean withErrors) {
    ObjectNode root = ArticleAnalysisJson.mapper().createObjectNode();
    ObjectNode languages = root.putObject("languages");
    for (Map.Entry<String, Integer> lang : report.sentencesPerLanguage().entrySet()) {
      ObjectNode language = languages.putObject(lang.getKey());
      language.put("sentences", lang.getValue());
      ObjectNode kinds = language.putObject("kinds");
      for (Map.Entry<EvalReport.Key, Score> row : report.scoresOf(lang.getKey()).entrySet()) {
        Score score = row.getValue();
        ObjectNode kind = kinds.putObject(row.getKey().kind());
        kind.put("gold", score.gold());
        kind.put("predicted", score.predicted());
        kind.put("tp", score.truePositives());
        kind.put("fp", score.falsePositives());
        kind.put("fn", score.falseNegatives());
        figure(kind, "precision", score.precision());
        figure(kind, "recall", score.recall());
      }
    }
    if (withErrors) {
      errors(root.putArray("misses"), report.misses());
      errors(root.putArray("falseHits"), report.falseHits());
    }
    return root;
  }

  private static void figure(ObjectNode node, String field, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(field, value.getAsDouble());
    } else {
      node.putNull(field);
    }
  }

  private static void errors(ArrayNode array, List<EvalReport.Error> errors) {
    for (EvalReport.Error error : errors) {
      ObjectNode node = array.addObject();
      node.put("id", error.sentence().id());
      node.put("entity", error.mention().entity());
      node.put("kind", error.mention().kind());
      node.put("surface", error.surface());
      node.put("start", error.mention().start());
      node.put("end", error.mention().end());
      node.put("sentence", error.sentence().text());
    }
  }
}

package org.paivand.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.paivand.gazetteer.Gazetteer;
import org.paivand.gazetteer.MentionExplainer;
import org.paivand.gazetteer.MentionExplainer.Explanation;
import org.paivand.gazetteer.MentionExplainer.Kind;

/**
 * What each rule that decides a hit does on labelled sentences ({@code paivand eval --rules}): how many hits it turned
 * down that the gold labels as that entity (its cost in recall) and how many it turned down that are not labelled (the
 * false hits it saves); and for the cues that take an ambiguous name, how many of the names taken are labelled and how
 * many are not. A hit turned down where another name of the same entity was found at the same place costs nothing.
 */
public final class RuleCosts {
  /** One rule in one language: hits turned down (labelled, not labelled) and names taken (labelled, not labelled). */
  public record Row(String lang, String rule, int downLabelled, int downOther, int takenLabelled, int takenOther) {}

  private RuleCosts() {}

  public static List<Row> measure(Gazetteer gazetteer, EvalSet set) {
    MentionExplainer explainer = new MentionExplainer(gazetteer);
    Map<String, int[]> counts = new TreeMap<>();
    for (EvalSentence sentence : set.sentences()) {
      List<Explanation> explanations = explainer.explain(sentence.text());
      for (Explanation explanation : explanations) {
        if (explanation.decidedBy() == null || explanation.entity() == null
            || set.outOfScope().contains(explanation.entity())) {
          continue;
        }
        boolean labelled = labelled(sentence, explanation);
        int[] count = counts.computeIfAbsent(sentence.lang() + "\t" + explanation.decidedBy(), k -> new int[4]);
        if (explanation.kind() == Kind.REJECTED) {
          if (!foundAnyway(explanations, explanation)) {
            count[labelled ? 0 : 1]++;
          }
        } else {
          count[labelled ? 2 : 3]++;
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach((key, c) -> {
      String[] parts = key.split("\t", 2);
      rows.add(new Row(parts[0], parts[1], c[0], c[1], c[2], c[3]));
    });
    return rows;
  }

  private static boolean labelled(EvalSentence sentence, Explanation explanation) {
    for (LabelledMention gold : sentence.mentions()) {
      if (gold.entity().equals(explanation.entity()) && overlap(gold.start(), gold.end(), explanation)) {
        return true;
      }
    }
    return false;
  }

  private static boolean foundAnyway(List<Explanation> explanations, Explanation rejected) {
    for (Explanation other : explanations) {
      if (other.kind() == Kind.MENTION && rejected.entity().equals(other.entity())
          && overlap(other.start(), other.end(), rejected)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlap(int start, int end, Explanation explanation) {
    return start < explanation.end() && explanation.start() < end;
  }

  public static String format(List<Row> rows) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-5s %-42s %12s %12s %12s %12s%n", "lang", "rule", "down:gold",
        "down:other", "taken:gold", "taken:other"));
    for (Row row : rows) {
      out.append(String.format(Locale.ROOT, "%-5s %-42s %12d %12d %12d %12d%n", row.lang(), row.rule(),
          row.downLabelled(), row.downOther(), row.takenLabelled(), row.takenOther()));
    }
    out.append("down:gold is the rule's cost in recall, down:other the false hits it saves; taken: the names a cue"
        + " took, labelled or not.\n");
    return out.toString();
  }
}

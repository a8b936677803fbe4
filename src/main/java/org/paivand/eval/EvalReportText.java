package org.paivand.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The table {@code paivand eval --format text} prints, one row per language and kind, and with errors the lists of
 * misses and false hits. An undefined precision or recall (nothing predicted, nothing labelled) prints as {@code -}.
 *
 * <pre>
 * lang  kind           sentences  gold  predicted   TP   FP   FN  precision  recall
 * fa    country              310   294        281  270   11   24      0.961   0.918
 * </pre>
 */
public final class EvalReportText {
  private static final String ROW = "%-5s %-13s %9s %5d %10d %4d %4d %4d %10s %7s%n";

  private EvalReportText() {}

  public static String format(EvalReport report, boolean showErrors) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-5s %-13s %9s %5s %10s %4s %4s %4s %10s %7s%n", "lang", "kind",
        "sentences", "gold", "predicted", "TP", "FP", "FN", "precision", "recall"));
    for (String lang : report.sentencesPerLanguage().keySet()) {
      for (Map.Entry<EvalReport.Key, Score> row : report.scoresOf(lang).entrySet()) {
        Score score = row.getValue();
        String kind = row.getKey().kind();
        String sentences = kind.equals(EvalReport.ALL_KINDS)
            ? String.valueOf(report.sentencesPerLanguage().get(lang)) : "";
        out.append(String.format(Locale.ROOT, ROW, lang, kind, sentences, score.gold(), score.predicted(),
            score.truePositives(), score.falsePositives(), score.falseNegatives(), figure(score.precision()),
            figure(score.recall())));
      }
    }
    if (showErrors) {
      errors(out, "misses (labelled, not found)", report.misses());
      errors(out, "false hits (found, not labelled)", report.falseHits());
    }
    return out.toString();
  }

  /** Three decimals, or {@code -} when undefined. */
  public static String figure(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "-";
  }

  private static void errors(StringBuilder out, String title, List<EvalReport.Error> errors) {
    out.append('\n').append(title).append(": ").append(errors.size()).append('\n');
    for (EvalReport.Error error : errors) {
      LabelledMention mention = error.mention();
      out.append(String.format(Locale.ROOT, "  %-8s %-12s %-13s \u00AB%s\u00BB %d-%d%n      %s%n",
          error.sentence().id(), mention.entity(), mention.kind(), error.surface(), mention.start(), mention.end(),
          error.sentence().text()));
    }
  }
}

package org.paivand.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.paivand.gazetteer.Gazetteer;

/**
 * The accuracy guard of issue 4: scores the standard gazetteer on every labelled set in {@code src/test/resources/eval}
 * ({@code fa.jsonl}, and {@code en.jsonl} once it exists) and fails when a precision or recall falls more than
 * {@value #MARGIN} below its committed baseline in {@code baseline.properties} ({@code lang.kind.precision|recall}).
 * A language in the sets without any baseline line fails too, printing the lines to commit, so that no figure goes
 * unguarded. When a change improves a figure, raise its baseline in the same commit.
 */
class AccuracyTest {
  static final Path SETS = Path.of("src/test/resources/eval");
  static final double MARGIN = 0.01;

  @Test
  void figuresStayAtOrAboveTheBaseline() throws IOException {
    EvalReport report = new Evaluator(Gazetteer.standard()).evaluate(EvalSet.load(List.of(SETS)));
    Properties baseline = new Properties();
    try (Reader reader = Files.newBufferedReader(SETS.resolve("baseline.properties"), StandardCharsets.UTF_8)) {
      baseline.load(reader);
    }
    List<String> failures = new ArrayList<>();
    for (String key : new TreeSet<>(baseline.stringPropertyNames())) {
      String[] parts = key.split("\\.");
      assertEquals(3, parts.length, "baseline key " + key + " is not lang.kind.precision|recall");
      if (!report.sentencesPerLanguage().containsKey(parts[0])) {
        failures.add(key + ": the sets hold no sentence in " + parts[0]);
        continue;
      }
      Score score = report.score(parts[0], parts[1]);
      OptionalDouble measured = switch (parts[2]) {
        case "precision" -> score.precision();
        case "recall" -> score.recall();
        default -> throw new AssertionError("baseline key " + key + " ends neither in precision nor recall");
      };
      double expected = Double.parseDouble(baseline.getProperty(key));
      if (measured.isEmpty()) {
        failures.add(key + ": now undefined (nothing predicted or nothing labelled), baseline " + expected);
      } else if (measured.getAsDouble() < expected - MARGIN) {
        failures.add(String.format(java.util.Locale.ROOT, "%s: %.3f, below the baseline %.3f by more than %.2f",
            key, measured.getAsDouble(), expected, MARGIN));
      }
    }
    for (String lang : report.sentencesPerLanguage().keySet()) {
      boolean guarded = baseline.stringPropertyNames().stream().anyMatch(key -> key.startsWith(lang + "."));
      if (!guarded) {
        failures.add(lang + " has no baseline; commit these lines to baseline.properties:\n" + baselineLines(report,
            lang));
      }
    }
    if (!failures.isEmpty()) {
      fail("accuracy below the committed baseline (bin/paivand eval --show-errors lists the errors):\n  "
          + String.join("\n  ", failures));
    }
  }

  @Test
  void thePersianSetIsBigEnoughAndLabelled() throws IOException {
    EvalSet set = EvalSet.load(List.of(SETS.resolve("fa.jsonl")));
    assertTrue(set.sentences().size() >= 300, "issue 4 asks for at least 300 Persian sentences");
    assertTrue(set.sentences().stream().allMatch(sentence -> sentence.lang().equals("fa")));
    long labelled = set.sentences().stream().filter(sentence -> !sentence.mentions().isEmpty()).count();
    assertTrue(labelled >= 100, "only " + labelled + " sentences hold a mention");
  }

  /** The baseline lines for one language, measured values rounded down to three decimals. */
  static String baselineLines(EvalReport report, String lang) {
    StringBuilder lines = new StringBuilder();
    for (Map.Entry<EvalReport.Key, Score> row : report.scoresOf(lang).entrySet()) {
      String prefix = lang + "." + row.getKey().kind() + ".";
      row.getValue().precision().ifPresent(value -> lines.append(prefix).append("precision=")
          .append(roundDown(value)).append('\n'));
      row.getValue().recall().ifPresent(value -> lines.append(prefix).append("recall=")
          .append(roundDown(value)).append('\n'));
    }
    return lines.toString();
  }

  private static String roundDown(double value) {
    return String.format(java.util.Locale.ROOT, "%.3f", Math.floor(value * 1000 + 1e-9) / 1000);
  }
}

package org.paivand.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.paivand.text.NormalizedText;
import org.paivand.text.TextNormalizer;

/** The one-line helpers of the matcher tests: {@code check("ایرانیان", "IR ایرانیان")}. */
final class MatchChecks {
  private MatchChecks() {}

  /** Matching {@code text} with the standard gazetteer gives exactly {@code expected}, each "ID surface". */
  static void check(String text, String... expected) {
    check(Gazetteer.standard(), text, expected);
  }

  static void check(Gazetteer gazetteer, String text, String... expected) {
    assertEquals(List.of(expected), mentions(gazetteer, text), () -> "mentions in '" + text + "'");
  }

  /** "ID surface" for each mention, the surface cut from the original text. */
  static List<String> mentions(Gazetteer gazetteer, String text) {
    NormalizedText normalized = new NormalizedText();
    TextNormalizer.standard().normalize(text, normalized);
    MentionBuffer buffer = new MentionBuffer();
    gazetteer.newMatcher().match(text, normalized, buffer);
    List<String> result = new ArrayList<>();
    for (int m = 0; m < buffer.count(); m++) {
      int from = normalized.originStart(buffer.start(m));
      int to = normalized.originEnd(buffer.end(m));
      result.add(gazetteer.id(buffer.entity(m)) + " " + text.substring(from, to));
    }
    return result;
  }

  /**
   * A gazetteer made of lines of the file format, its tab-separated columns written with {@code ;} for readability:
   * {@code "baku;city;AZ;باکو;baku | bakou"}.
   */
  static Gazetteer gazetteer(String... lines) {
    return GazetteerLoader.fromEntityLines("test.tsv", lines(lines));
  }

  static String lines(String... lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line.replace(';', '\t')).append('\n');
    }
    return text.toString();
  }
}

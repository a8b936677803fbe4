package org.paivand.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paivand.text.NormalizedText;
import org.paivand.text.TextNormalizer;

/**
 * Finds the names that are also words, from the data: every hit of a Persian alias in a corpus, sorted into hits
 * with a cue that it is the name ({@link NameCues}: a title, a verb of speech, the person's country, a country word,
 * a list of countries, an unambiguous name of the same entity in the text), with a cue that it is the common word (a
 * determiner, a noun's ending), and with no cue at all; an alias with many hits of the last two kinds is a candidate
 * for {@code context=cue}. {@code paivand ambiguous} prints it (docs/gazetteer.md, "Names that are also words").
 * A development tool: allocates freely.
 */
public final class AliasContexts {
  /** One alias: its hits by kind of cue, and a few hits without any cue, in their sentence. */
  public record Row(String alias, String entity, int hits, int nameCues, int wordCues, int noCue,
      List<String> examples) {
    public double noCueShare() {
      return hits == 0 ? 0 : (double) noCue / hits;
    }
  }

  static final int EXAMPLES = 3;
  static final int CONTEXT = 40;

  private final Gazetteer gazetteer;
  private final EntityMatcher matcher;
  private final NormalizedText normalized = new NormalizedText();
  private final MentionBuffer buffer = new MentionBuffer();
  private final Map<Integer, int[]> counts = new HashMap<>();
  private final Map<Integer, List<String>> examples = new HashMap<>();
  private int texts;

  public AliasContexts(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.matcher = gazetteer.newMatcher();
  }

  public void add(String text) {
    texts++;
    TextNormalizer.standard().normalize(text, normalized);
    matcher.explain(text, normalized, buffer);
    for (int m = 0; m < buffer.count(); m++) {
      int aliasIndex = buffer.alias(m);
      Alias alias = gazetteer.alias(aliasIndex);
      if (alias.isBlock() || !EntityMatcher.isPersian(alias.text())) {
        continue;
      }
      int[] count = counts.computeIfAbsent(aliasIndex, k -> new int[4]);
      count[0]++;
      int against = NameCues.againstName(normalized.chars(), normalized.length(), buffer.start(m), buffer.end(m));
      if (against != NameCues.NONE) {
        count[2]++;
      } else if (matcher.cueOf(text, normalized, buffer, m) != NameCues.NONE) {
        count[1]++;
      } else {
        count[3]++;
        List<String> list = examples.computeIfAbsent(aliasIndex, k -> new ArrayList<>());
        if (list.size() < EXAMPLES) {
          int from = Math.max(0, normalized.originStart(buffer.start(m)) - CONTEXT);
          int to = Math.min(text.length(), normalized.originEnd(buffer.end(m)) + CONTEXT);
          list.add(text.substring(from, to).replace('\n', ' '));
        }
      }
    }
  }

  public int texts() {
    return texts;
  }

  /** Every alias with a hit, most hits without a name cue first. */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    counts.forEach((aliasIndex, c) -> {
      Alias alias = gazetteer.alias(aliasIndex);
      rows.add(new Row(alias.text(), gazetteer.id(alias.entity()), c[0], c[1], c[2], c[3],
          examples.getOrDefault(aliasIndex, List.of())));
    });
    rows.sort(Comparator.comparingInt((Row row) -> -(row.wordCues() + row.noCue())).thenComparing(Row::alias));
    return rows;
  }
}

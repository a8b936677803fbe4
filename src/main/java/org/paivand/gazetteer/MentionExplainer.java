package org.paivand.gazetteer;

import java.util.ArrayList;
import java.util.List;
import org.paivand.text.NormalizedText;
import org.paivand.text.TextNormalizer;

/**
 * Why each mention was found, for {@code extract --format text}: the alias that matched (normalized, and where it
 * comes from), the ending taken after it, and the rules it passed; also the block phrases that took their place and
 * the hits a context rule turned down. Runs the same matcher as the job (in explain mode), so it explains exactly what
 * the job counts. Allocates: for explanations only, not for the job.
 */
public final class MentionExplainer {
  private final Gazetteer gazetteer;
  private final EntityMatcher matcher;
  private final NormalizedText normalized = new NormalizedText();
  private final MentionBuffer buffer = new MentionBuffer();

  /**
   * What happened at one place in the text. {@code entity} is null for a block phrase. Offsets are original.
   * {@code decidedBy} names the rule that turned a hit down ({@code context=not-food}, {@code noun ending after},
   * {@code cue: none}) or the cue that took an ambiguous name ({@code cue: title before}); null otherwise.
   */
  public record Explanation(Kind kind, String entity, int start, int end, String surface, String alias,
      String source, String rules, String decidedBy) {}

  /** A mention the job counts, a block phrase that hid shorter names, or a hit a context rule turned down. */
  public enum Kind { MENTION, BLOCK, REJECTED }

  public MentionExplainer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.matcher = gazetteer.newMatcher();
  }

  public List<Explanation> explain(String text) {
    TextNormalizer.standard().normalize(text, normalized);
    matcher.explain(text, normalized, buffer);
    List<Explanation> result = new ArrayList<>();
    char[] chars = normalized.chars();
    for (int m = 0; m < buffer.count(); m++) {
      Alias alias = gazetteer.alias(buffer.alias(m));
      int start = normalized.originStart(buffer.start(m));
      int end = normalized.originEnd(buffer.end(m));
      int aliasEnd = buffer.start(m) + alias.text().length();
      String ending = new String(chars, aliasEnd, Math.max(0, buffer.end(m) - aliasEnd));
      Kind kind = buffer.rejected(m) ? Kind.REJECTED : alias.isBlock() ? Kind.BLOCK : Kind.MENTION;
      result.add(new Explanation(kind, alias.isBlock() ? null : gazetteer.id(alias.entity()), start, end,
          text.substring(start, end), alias.text(), alias.source() + (alias.generated() && !alias.source()
              .startsWith("CLDR") ? " (spelling without a space)" : ""), rules(alias, ending, kind, matcher.note(m)),
          decidedBy(alias, kind, matcher.noteCue(m))));
    }
    result.sort(java.util.Comparator.comparingInt(Explanation::start));
    return result;
  }

  private static String decidedBy(Alias alias, Kind kind, int cue) {
    if (cue >= 0) {
      String label = NameCues.label(cue, kind == Kind.REJECTED);
      return label.isEmpty() ? null : label;
    }
    return kind == Kind.REJECTED ? "context=" + alias.context().label() : null;
  }

  private static String rules(Alias alias, String ending, Kind kind, String note) {
    List<String> rules = new ArrayList<>();
    if (kind == Kind.BLOCK) {
      rules.add("block: shorter names inside are not mentions");
    }
    rules.add(ending.isEmpty() ? "whole word" : "ending '" + ending + "' (suffix=" + alias.suffixes().name()
        .toLowerCase(java.util.Locale.ROOT) + ")");
    if (alias.exactCase() != null) {
      rules.add(alias.context() == ContextRule.CUE ? "the spelling '" + alias.exactCase() + "' is a cue"
          : "exact case '" + alias.exactCase() + "'");
    }
    if (alias.context() != ContextRule.NONE) {
      rules.add("context=" + alias.context().label() + (kind == Kind.REJECTED ? " turned it down" : " passed"));
    }
    if (note != null) {
      rules.add(note);
    }
    return String.join("; ", rules);
  }
}

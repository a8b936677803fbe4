package org.paivand.cli;

import java.util.List;
import org.paivand.article.ArticleAnalysis;
import org.paivand.gazetteer.MentionExplainer.Explanation;
import org.paivand.gazetteer.MentionExplainer.Kind;

/**
 * The human-readable form of {@code extract --format text}: one block per sentence, and under it each mention with
 * why it was found (alias, its source, the ending taken and the rules passed), each block phrase that hid shorter
 * names, and each hit a context rule turned down:
 *
 * <pre>
 * [0] 0-35  ظریف و لاوروف درباره قره باغ گفتگو کردند
 *       zarif  «ظریف»  0-4  alias 'ظریف' from entities.tsv:29; whole word
 *       karabakh  «قره باغ»  21-28  alias 'قره باغ' from entities.tsv:170; whole word
 * </pre>
 *
 * <p>A role mention (with {@code --date}) says how it was resolved:
 *
 * <pre>
 *       lavrov  «وزیر امور خارجه روسیه»  0-21  role: foreign-minister of RU on 2008-09-27 -> lavrov (terms.tsv:40,
 *       source https://en.wikipedia.org/wiki/Minister_of_Foreign_Affairs_(Russia))
 * </pre>
 */
final class ArticleAnalysisText {
  private ArticleAnalysisText() {}

  static String format(ArticleAnalysis analysis) {
    return format(analysis, List.of());
  }

  static String format(ArticleAnalysis analysis, List<Explanation> explanations) {
    StringBuilder out = new StringBuilder();
    out.append("entities: ").append(String.join(" ", analysis.entities())).append('\n');
    for (ArticleAnalysis.Sentence sentence : analysis.sentences()) {
      out.append('[').append(sentence.index()).append("] ").append(sentence.start()).append('-')
          .append(sentence.end()).append("  ").append(sentence.text()).append('\n');
      for (ArticleAnalysis.Mention mention : sentence.mentions()) {
        out.append("      ").append(mention.entity()).append("  \u00AB").append(mention.surface())
            .append("\u00BB  ").append(mention.start()).append('-').append(mention.end());
        ArticleAnalysis.Role role = mention.role();
        if (role != null) {
          out.append("  role: ").append(role.office()).append(" of ").append(role.country()).append(" on ")
              .append(role.date()).append(" -> ").append(mention.entity()).append(" (").append(role.line())
              .append(", source ").append(role.source()).append(')');
        }
        for (Explanation explanation : explanations) {
          if (explanation.kind() == Kind.MENTION && explanation.start() == mention.start()
              && explanation.end() == mention.end()) {
            out.append("  alias '").append(explanation.alias()).append("' from ").append(explanation.source())
                .append("; ").append(explanation.rules());
          }
        }
        out.append('\n');
      }
      for (Explanation explanation : explanations) {
        if (explanation.kind() != Kind.MENTION && explanation.start() >= sentence.start()
            && explanation.start() < sentence.end()) {
          out.append("      ").append(explanation.kind() == Kind.BLOCK ? "(block)" : "(not " + explanation.entity()
              + ")").append("  \u00AB").append(explanation.surface()).append("\u00BB  ").append(explanation.start())
              .append('-').append(explanation.end()).append("  alias '").append(explanation.alias())
              .append("' from ").append(explanation.source()).append("; ").append(explanation.rules()).append('\n');
        }
      }
    }
    return out.toString();
  }
}

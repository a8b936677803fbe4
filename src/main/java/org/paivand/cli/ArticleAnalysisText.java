package org.paivand.cli;

import org.paivand.article.ArticleAnalysis;

/** The human-readable form of {@code extract --format text}: one block per sentence, mentions underneath. */
final class ArticleAnalysisText {
  private ArticleAnalysisText() {}

  static String format(ArticleAnalysis analysis) {
    StringBuilder out = new StringBuilder();
    out.append("entities: ").append(String.join(" ", analysis.entities())).append('\n');
    for (ArticleAnalysis.Sentence sentence : analysis.sentences()) {
      out.append('[').append(sentence.index()).append("] ").append(sentence.start()).append('-')
          .append(sentence.end()).append("  ").append(sentence.text()).append('\n');
      for (ArticleAnalysis.Mention mention : sentence.mentions()) {
        out.append("      ").append(mention.entity()).append("  \u00AB").append(mention.surface())
            .append("\u00BB  ").append(mention.start()).append('-').append(mention.end()).append('\n');
      }
    }
    return out.toString();
  }
}

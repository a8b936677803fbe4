package org.paivand.article;

import java.util.List;

/**
 * What {@code extract} prints for one article: the sorted entity ids, and each sentence with its mentions. Offsets
 * ({@code start}, {@code end}) index the original text; {@code text} and {@code surface} are cut from it unchanged.
 */
public record ArticleAnalysis(List<String> entities, List<Sentence> sentences) {

  public record Sentence(int index, int start, int end, String text, List<Mention> mentions) {
    /** The distinct entity ids of this sentence, sorted. */
    public List<String> entities() {
      return mentions.stream().map(Mention::entity).distinct().sorted().toList();
    }
  }

  public record Mention(String entity, String surface, int start, int end) {}
}

package org.paivand.article;

import java.util.List;

/**
 * What {@code extract} prints for one article: the sorted entity ids, and each sentence with its mentions. Offsets
 * ({@code start}, {@code end}) index the original text; {@code text} and {@code surface} are cut from it unchanged. A
 * role mention is a mention of the person who held the office, with its {@link Role}.
 */
public record ArticleAnalysis(List<String> entities, List<Sentence> sentences) {

  public record Sentence(int index, int start, int end, String text, List<Mention> mentions) {
    /** The distinct entity ids of this sentence, sorted. */
    public List<String> entities() {
      return mentions.stream().map(Mention::entity).distinct().sorted().toList();
    }
  }

  /** {@code role}: for a role mention, the office it names and the term that resolved it; null for a name. */
  public record Mention(String entity, String surface, int start, int end, Role role) {
    public Mention(String entity, String surface, int start, int end) {
      this(entity, surface, start, end, null);
    }
  }

  /**
   * How a role mention was resolved: the office ({@code foreign-minister}) of the country ({@code RU}) on the
   * publication day ({@code 2008-09-27}), by the term at {@code line} ({@code terms.tsv:12}) whose dates come from
   * {@code source}.
   */
  public record Role(String office, String country, String date, String source, String line) {}
}

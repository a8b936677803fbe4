package org.paivand.article;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.paivand.gazetteer.EntityMatcher;
import org.paivand.gazetteer.Gazetteer;
import org.paivand.gazetteer.MentionBuffer;
import org.paivand.text.NormalizedText;
import org.paivand.text.SentenceSpans;
import org.paivand.text.SentenceSplitter;
import org.paivand.text.TextNormalizer;

/**
 * The per-article analysis: normalize, split into sentences, find mentions, and give every mention its sentence.
 * Offsets reported here are in the original text, as given: when the text holds HTML, a mention spelled with character
 * references ({@code &#1575;...}) spans them whole, and block tags ({@code <p>}, {@code <br>}) end sentences (see
 * {@link TextNormalizer}).
 *
 * <p>The order matters: the gazetteer was normalized by the same {@link TextNormalizer} chain, so normalization must
 * run before matching, and sentence splitting runs on the normalized text so that Persian {@code ؟} and Arabic-Indic
 * digits are seen as {@code ?} and ASCII digits.
 *
 * <p>One instance per thread (per Spark partition): {@link #analyze} reuses its buffers, so analysing an article
 * allocates nothing (text with markup: two small objects); {@link #toAnalysis()} builds objects for explanations only.
 * The buffers take 6 bytes per character of the article (10 with markup), no object per character: an article of
 * 10 million characters needs about 60 MB, given back when a short one follows.
 */
public final class ArticleAnalyzer {
  private final Gazetteer gazetteer;
  private final TextNormalizer normalizer = TextNormalizer.standard();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final EntityMatcher matcher;
  private final NormalizedText normalized = new NormalizedText();
  private final SentenceSpans sentences = new SentenceSpans();
  private final MentionBuffer mentions = new MentionBuffer();
  private int[] mentionSentence = new int[32];
  private CharSequence text = "";

  public ArticleAnalyzer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.matcher = gazetteer.newMatcher();
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public void analyze(CharSequence article) {
    this.text = article;
    normalizer.normalize(article, normalized);
    splitter.split(normalized, sentences);
    matcher.match(article, normalized, mentions);
    if (mentionSentence.length < mentions.count()) {
      mentionSentence = new int[Math.max(mentions.count(), mentionSentence.length * 2)];
    }
    for (int i = 0; i < mentions.count(); i++) {
      mentionSentence[i] = sentences.sentenceAt(mentions.start(i));
    }
  }

  /** The normalized text of the last analysed article (reused: valid until the next {@link #analyze}). */
  public NormalizedText normalized() {
    return normalized;
  }

  public int sentenceCount() {
    return sentences.count();
  }

  public int sentenceStart(int sentence) {
    return normalized.originStart(sentences.start(sentence));
  }

  public int sentenceEnd(int sentence) {
    return normalized.originEnd(sentences.end(sentence));
  }

  public int mentionCount() {
    return mentions.count();
  }

  /** Entity index into the gazetteer; indexes compare like the entity ids. */
  public int mentionEntity(int mention) {
    return mentions.entity(mention);
  }

  public int mentionStart(int mention) {
    return normalized.originStart(mentions.start(mention));
  }

  public int mentionEnd(int mention) {
    return normalized.originEnd(mentions.end(mention));
  }

  public int mentionSentence(int mention) {
    return mentionSentence[mention];
  }

  /** The last analysed article as values, for {@code extract} and explanations. */
  public ArticleAnalysis toAnalysis() {
    List<ArticleAnalysis.Sentence> result = new ArrayList<>();
    TreeSet<String> all = new TreeSet<>();
    List<List<ArticleAnalysis.Mention>> perSentence = new ArrayList<>();
    for (int s = 0; s < sentences.count(); s++) {
      perSentence.add(new ArrayList<>());
    }
    for (int m = 0; m < mentions.count(); m++) {
      String id = gazetteer.id(mentionEntity(m));
      int start = mentionStart(m);
      int end = mentionEnd(m);
      all.add(id);
      perSentence.get(mentionSentence(m))
          .add(new ArticleAnalysis.Mention(id, text.subSequence(start, end).toString(), start, end));
    }
    for (int s = 0; s < sentences.count(); s++) {
      int start = sentenceStart(s);
      int end = sentenceEnd(s);
      result.add(new ArticleAnalysis.Sentence(s, start, end, text.subSequence(start, end).toString(),
          List.copyOf(perSentence.get(s))));
    }
    return new ArticleAnalysis(List.copyOf(all), List.copyOf(result));
  }
}

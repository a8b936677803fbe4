package org.paivand.article;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.paivand.gazetteer.EntityMatcher;
import org.paivand.gazetteer.Gazetteer;
import org.paivand.gazetteer.MentionBuffer;
import org.paivand.gazetteer.OfficeTerms;
import org.paivand.roles.RoleFinder;
import org.paivand.roles.RoleMentions;
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
 * <p>Role mentions ({@code وزیر امور خارجه روسیه}, {@code the Russian foreign minister}) are resolved after matching,
 * from the country mentions the matcher found, when the publication day is known ({@link #analyze(CharSequence,
 * int)}) and roles are on: each is one more mention, of the person who held the office on that day, spanning the
 * role phrase (the country mention inside it stays), merged into the mentions in text order so that it counts in
 * sentence and document pairs like any mention; {@link #mentionTerm} tells the two apart.
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
  private final RoleFinder roleFinder;
  private final RoleMentions roles = new RoleMentions();
  private final boolean rolesOn;
  private int mentionCount;
  /** Matcher mentions and role mentions merged in text order; normalized offsets; term -1 for a plain mention. */
  private int[] mentionEntity = new int[32];
  private int[] mentionStart = new int[32];
  private int[] mentionEnd = new int[32];
  private int[] mentionTerm = new int[32];
  private int[] mentionSentence = new int[32];
  private int day = NO_DATE;
  private CharSequence text = "";

  /** The publication day of a text without one ({@link #analyze(CharSequence)}): no role mentions. */
  public static final int NO_DATE = RoleFinder.NO_DAY;

  /** An analyzer with role mentions on: they are found wherever a publication day is given. */
  public ArticleAnalyzer(Gazetteer gazetteer) {
    this(gazetteer, true);
  }

  /** {@code roles}: find role mentions when a publication day is given ({@code --no-roles} turns them off). */
  public ArticleAnalyzer(Gazetteer gazetteer, boolean roles) {
    this.gazetteer = gazetteer;
    this.matcher = gazetteer.newMatcher();
    this.rolesOn = roles;
    this.roleFinder = roles ? new RoleFinder(gazetteer) : null;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Analyses a text without a publication day: no role mentions. */
  public void analyze(CharSequence article) {
    analyze(article, NO_DATE);
  }

  /**
   * Analyses an article published on {@code publicationDay} (epoch day, or {@link #NO_DATE}): role mentions are
   * resolved on that day when roles are on.
   */
  public void analyze(CharSequence article, int publicationDay) {
    this.text = article;
    this.day = publicationDay;
    normalizer.normalize(article, normalized);
    splitter.split(normalized, sentences);
    matcher.match(article, normalized, mentions);
    // after matching: a role phrase is found from the country mention inside it
    if (rolesOn) {
      roleFinder.find(normalized, mentions, publicationDay, roles);
    }
    merge(rolesOn ? roles.count() : 0);
    for (int i = 0; i < mentionCount; i++) {
      mentionSentence[i] = sentences.sentenceAt(mentionStart[i]);
    }
  }

  /** Matcher and role mentions in one list by start; a role before the country mention it starts with. */
  private void merge(int roleCount) {
    mentionCount = mentions.count() + roleCount;
    if (mentionEntity.length < mentionCount) {
      int size = Math.max(mentionCount, mentionEntity.length * 2);
      mentionEntity = new int[size];
      mentionStart = new int[size];
      mentionEnd = new int[size];
      mentionTerm = new int[size];
      mentionSentence = new int[size];
    }
    int m = 0;
    int r = 0;
    for (int k = 0; k < mentionCount; k++) {
      if (r < roleCount && (m == mentions.count() || roles.start(r) <= mentions.start(m))) {
        mentionEntity[k] = roles.person(r);
        mentionStart[k] = roles.start(r);
        mentionEnd[k] = roles.end(r);
        mentionTerm[k] = roles.term(r);
        r++;
      } else {
        mentionEntity[k] = mentions.entity(m);
        mentionStart[k] = mentions.start(m);
        mentionEnd[k] = mentions.end(m);
        mentionTerm[k] = -1;
        m++;
      }
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
    return mentionCount;
  }

  /** Entity index into the gazetteer; indexes compare like the entity ids. */
  public int mentionEntity(int mention) {
    return mentionEntity[mention];
  }

  public int mentionStart(int mention) {
    return normalized.originStart(mentionStart[mention]);
  }

  public int mentionEnd(int mention) {
    return normalized.originEnd(mentionEnd[mention]);
  }

  /** For a role mention, the term that resolved it ({@link OfficeTerms#term}); -1 for a mention of a name. */
  public int mentionTerm(int mention) {
    return mentionTerm[mention];
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
    for (int m = 0; m < mentionCount; m++) {
      String id = gazetteer.id(mentionEntity(m));
      int start = mentionStart(m);
      int end = mentionEnd(m);
      all.add(id);
      perSentence.get(mentionSentence(m)).add(new ArticleAnalysis.Mention(id, text.subSequence(start, end)
          .toString(), start, end, mentionTerm(m) < 0 ? null : role(mentionTerm(m))));
    }
    for (int s = 0; s < sentences.count(); s++) {
      int start = sentenceStart(s);
      int end = sentenceEnd(s);
      result.add(new ArticleAnalysis.Sentence(s, start, end, text.subSequence(start, end).toString(),
          List.copyOf(perSentence.get(s))));
    }
    return new ArticleAnalysis(List.copyOf(all), List.copyOf(result));
  }

  private ArticleAnalysis.Role role(int termIndex) {
    OfficeTerms terms = gazetteer.officeTerms();
    OfficeTerms.Term term = terms.term(termIndex);
    return new ArticleAnalysis.Role(terms.office(term.office()), gazetteer.id(term.country()),
        java.time.LocalDate.ofEpochDay(day).toString(), term.source(), term.line());
  }
}

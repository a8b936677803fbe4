package org.paivand.article;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.paivand.gazetteer.Gazetteer;

/** {@link ArticleFactsCodec}: what goes in comes out, compactly, and a damaged encoding is refused. */
class ArticleFactsCodecTest {
  private static final Gazetteer GAZETTEER = Gazetteer.standard();

  private static ArticleFacts analysed(String text) {
    ArticleAnalyzer analyzer = new ArticleAnalyzer(GAZETTEER);
    CooccurrenceTally tally = new CooccurrenceTally(GAZETTEER.size());
    analyzer.analyze(text);
    tally.tally(analyzer);
    return new ArticleFacts().of(analyzer, tally);
  }

  /** Every field of two facts, the entity indexes included. */
  private static String describe(ArticleFacts facts) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < facts.entityCount(); k++) {
      out.append(facts.entity(k)).append('x').append(facts.entityMentions(k)).append(' ');
    }
    out.append('|');
    for (int p = 0; p < facts.sentencePairCount(); p++) {
      out.append(facts.pairFirst(p)).append('-').append(facts.pairSecond(p)).append(':')
          .append(facts.pairSentences(p)).append(' ');
    }
    out.append('|');
    for (int m = 0; m < facts.mentionCount(); m++) {
      out.append(facts.mentionEntity(m)).append('@').append(facts.mentionSentence(m)).append('[')
          .append(facts.mentionStart(m)).append(',').append(facts.mentionEnd(m)).append(") ");
    }
    return out.toString();
  }

  private static ArticleFacts roundTrip(ArticleFacts facts) {
    ArticleFactsCodec codec = new ArticleFactsCodec();
    ArticleFacts decoded = new ArticleFacts();
    int entities = codec.decode(codec.encode(facts), decoded);
    assertEquals(facts.entityCount(), entities);
    for (int k = 0; k < entities; k++) {
      decoded.setEntity(k, facts.entity(k));
    }
    return decoded;
  }

  @Test
  void anArticleWithPairsAndMentionsComesBackWhole() {
    ArticleFacts facts = analysed("Iran and Russia met in Moscow. Lavrov spoke. Armenia, Azerbaijan and Russia.\n"
        + "ایران و روسیه درباره قره‌باغ گفت‌وگو کردند.");
    assertTrue(facts.entityCount() >= 5 && facts.sentencePairCount() >= 3 && facts.mentionCount() >= 8,
        describe(facts));
    assertEquals(describe(facts), describe(roundTrip(facts)));
  }

  @Test
  void theEmptyArticle() {
    ArticleFacts facts = analysed("");
    byte[] encoded = new ArticleFactsCodec().encode(facts);
    assertArrayEquals(new byte[] {ArticleFactsCodec.FORMAT, 0, 0, 0}, encoded);
    assertEquals(describe(facts), describe(roundTrip(facts)));
  }

  @Test
  void largeOffsetsAndCountsSurviveTheVarints() {
    ArticleFacts facts = new ArticleFacts();
    facts.resetEntities(2);
    facts.setEntity(0, 3);
    facts.setEntity(1, 700);
    facts.setEntityMentions(0, 70_000);
    facts.setEntityMentions(1, 1);
    facts.resetPairs(1);
    facts.setPair(0, 0, 1, 300_000);
    facts.resetMentions(3);
    facts.setMention(0, 1, 0, 5, 12);
    facts.setMention(1, 0, 40_000, 999_990, 1_000_000);
    facts.setMention(2, 0, 2, 7, 9); // out of text order: a negative delta
    assertEquals(describe(facts), describe(roundTrip(facts)));
  }

  @Test
  void aMentionCostsAFewBytes() {
    String text = "Iran and Russia met. ".repeat(50);
    ArticleFacts facts = analysed(text);
    byte[] encoded = new ArticleFactsCodec().encode(facts);
    assertEquals(100, facts.mentionCount());
    assertTrue(encoded.length < 5 * facts.mentionCount(), encoded.length + " bytes for 100 mentions");
  }

  @Test
  void aDamagedEncodingIsRefused() {
    ArticleFactsCodec codec = new ArticleFactsCodec();
    byte[] good = codec.encode(analysed("Iran and Russia met."));
    ArticleFacts into = new ArticleFacts();
    assertThrows(IllegalArgumentException.class, () -> codec.decode(new byte[0], into));
    byte[] otherFormat = good.clone();
    otherFormat[0] = 9;
    assertThrows(IllegalArgumentException.class, () -> codec.decode(otherFormat, into));
    assertThrows(IllegalArgumentException.class, () -> codec.decode(Arrays.copyOf(good, good.length - 1), into));
    assertThrows(IllegalArgumentException.class, () -> codec.decode(Arrays.copyOf(good, good.length + 1), into));
  }
}

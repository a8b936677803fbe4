package org.paivand.article;

import java.util.Arrays;

/**
 * What one accepted article contributes to the outputs, without its text: its distinct entities with their mention
 * counts, the entity pairs that share a sentence with the number of sentences they share, and every mention's entity,
 * sentence and span. This is the compact record a run keeps per article between the text pass and the counting
 * (encoded by {@link ArticleFactsCodec}, a few hundred bytes where the text is kilobytes) and the nightly state keeps
 * per article between nights.
 *
 * <p>Entities are referred to by <b>position</b> in the article's own entity list ({@code 0 .. entityCount()-1}),
 * never by a gazetteer index inside the pairs and mentions: the list alone says which entities they are, as gazetteer
 * indexes in a run ({@link #entity}) or as ids in the nightly state, so a state written with one gazetteer is read
 * with another by mapping the list only. The list is sorted (by gazetteer index, which is the order of the ids), so a
 * pair of positions {@code i < j} is also a pair of ids {@code a < b}.
 *
 * <p>Reused: one instance per partition, {@link #of} or {@link ArticleFactsCodec#decode} overwrite it, and neither
 * allocates once the arrays have grown to the largest article seen.
 */
public final class ArticleFacts {
  private int entityCount;
  private int[] entities = new int[16];
  private int[] entityMentions = new int[16];
  private int pairCount;
  private int[] pairFirst = new int[16];
  private int[] pairSecond = new int[16];
  private int[] pairSentences = new int[16];
  private int mentionCount;
  private int[] mentionEntity = new int[32];
  private int[] mentionSentence = new int[32];
  private int[] mentionStart = new int[32];
  private int[] mentionEnd = new int[32];

  /** The facts of the article {@code analyzer} analysed last, with its {@code tally} already taken. */
  public ArticleFacts of(ArticleAnalyzer analyzer, CooccurrenceTally tally) {
    resetEntities(tally.entityCount());
    for (int k = 0; k < entityCount; k++) {
      entities[k] = tally.entity(k);
      entityMentions[k] = tally.mentions(k);
    }
    resetPairs(tally.sentencePairCount());
    for (int k = 0; k < pairCount; k++) {
      pairFirst[k] = position(tally.pairFirst(k));
      pairSecond[k] = position(tally.pairSecond(k));
      pairSentences[k] = tally.pairSentences(k);
    }
    resetMentions(analyzer.mentionCount());
    for (int m = 0; m < mentionCount; m++) {
      mentionEntity[m] = position(analyzer.mentionEntity(m));
      mentionSentence[m] = analyzer.mentionSentence(m);
      mentionStart[m] = analyzer.mentionStart(m);
      mentionEnd[m] = analyzer.mentionEnd(m);
    }
    return this;
  }

  public int entityCount() {
    return entityCount;
  }

  /** The gazetteer index of the entity at {@code position} (or whatever index {@link #setEntity} put there). */
  public int entity(int position) {
    return entities[position];
  }

  /** Mentions of the entity at {@code position} in the article. */
  public int entityMentions(int position) {
    return entityMentions[position];
  }

  /** Entity pairs that share at least one sentence, in increasing (first, second) order. */
  public int sentencePairCount() {
    return pairCount;
  }

  /** Position of the pair's first entity; always below {@link #pairSecond}. */
  public int pairFirst(int pair) {
    return pairFirst[pair];
  }

  public int pairSecond(int pair) {
    return pairSecond[pair];
  }

  /** Sentences that hold both entities of the pair. */
  public int pairSentences(int pair) {
    return pairSentences[pair];
  }

  /** Mentions in text order. */
  public int mentionCount() {
    return mentionCount;
  }

  /** Position (in the entity list) of the mentioned entity. */
  public int mentionEntity(int mention) {
    return mentionEntity[mention];
  }

  /** The mention's sentence, numbered from 0 as {@code paivand extract} numbers them. */
  public int mentionSentence(int mention) {
    return mentionSentence[mention];
  }

  /** Start of the mention in the original text, in UTF-16 units. */
  public int mentionStart(int mention) {
    return mentionStart[mention];
  }

  /** End (exclusive) of the mention in the original text. */
  public int mentionEnd(int mention) {
    return mentionEnd[mention];
  }

  /**
   * Replaces the entity at {@code position}: the nightly state names entities by id, and a night maps them to the
   * indexes of its own dictionary. Sorted ids map to sorted indexes, so pairs keep their order.
   */
  public void setEntity(int position, int entity) {
    entities[position] = entity;
  }

  /**
   * Starts an article of {@code count} entities, to be filled by the setters: how a reader of another format (the
   * codec, the first nightly state format) makes facts.
   */
  public void resetEntities(int count) {
    entityCount = count;
    if (entities.length < count) {
      entities = Arrays.copyOf(entities, Math.max(count, entities.length * 2));
      entityMentions = Arrays.copyOf(entityMentions, entities.length);
    }
  }

  public void setEntityMentions(int position, int mentions) {
    entityMentions[position] = mentions;
  }

  public void resetPairs(int count) {
    pairCount = count;
    if (pairFirst.length < count) {
      int size = Math.max(count, pairFirst.length * 2);
      pairFirst = Arrays.copyOf(pairFirst, size);
      pairSecond = Arrays.copyOf(pairSecond, size);
      pairSentences = Arrays.copyOf(pairSentences, size);
    }
  }

  public void setPair(int pair, int first, int second, int sentences) {
    pairFirst[pair] = first;
    pairSecond[pair] = second;
    pairSentences[pair] = sentences;
  }

  public void resetMentions(int count) {
    mentionCount = count;
    if (mentionEntity.length < count) {
      int size = Math.max(count, mentionEntity.length * 2);
      mentionEntity = Arrays.copyOf(mentionEntity, size);
      mentionSentence = Arrays.copyOf(mentionSentence, size);
      mentionStart = Arrays.copyOf(mentionStart, size);
      mentionEnd = Arrays.copyOf(mentionEnd, size);
    }
  }

  public void setMention(int mention, int entity, int sentence, int start, int end) {
    mentionEntity[mention] = entity;
    mentionSentence[mention] = sentence;
    mentionStart[mention] = start;
    mentionEnd[mention] = end;
  }

  /** Position of a gazetteer index in the sorted entity list; the list is short (a few entities per article). */
  private int position(int entity) {
    return Arrays.binarySearch(entities, 0, entityCount, entity);
  }
}

package org.paivand.article;

import java.util.Arrays;

/**
 * Counts, for one analysed article, what the daily tables are built from: each distinct entity with its number of
 * mentions, and each entity pair that shares at least one sentence with the number of sentences it shares. Pairs are
 * {@code (a, b)} with {@code a < b} as entity indexes, which is also code point order of the ids.
 *
 * <p>Document-scope pairs are every pair of distinct entities, so they are derived from {@link #entityCount()} and
 * need no storage here. Reused per article: stamp arrays sized to the gazetteer replace sets, and a small open-address
 * table holds the pair counts, so a tally allocates nothing once warm.
 */
public final class CooccurrenceTally {
  private final int entityUniverse;
  private final int[] mentionsOf;
  private final int[] sentenceStamp;
  private int stamp;
  private int[] entities = new int[16];
  private int entityCount;
  private int[] sentenceEntities = new int[16];

  private long[] pairKeys = new long[64];
  private int[] pairCounts = new int[64];
  private int[] pairSlots = new int[32];
  private int pairCount;
  private int[] sortedPairSlots = new int[32];

  public CooccurrenceTally(int entityUniverse) {
    this.entityUniverse = entityUniverse;
    this.mentionsOf = new int[entityUniverse];
    this.sentenceStamp = new int[entityUniverse];
    Arrays.fill(pairKeys, -1L);
  }

  public void tally(ArticleAnalyzer article) {
    clear();
    int mentions = article.mentionCount();
    for (int m = 0; m < mentions; m++) {
      int entity = article.mentionEntity(m);
      if (mentionsOf[entity]++ == 0) {
        entities = grow(entities, entityCount);
        entities[entityCount++] = entity;
      }
    }
    Arrays.sort(entities, 0, entityCount);
    // mentions are in text order, so each sentence's mentions are contiguous
    int m = 0;
    while (m < mentions) {
      int sentence = article.mentionSentence(m);
      stamp++;
      int distinct = 0;
      while (m < mentions && article.mentionSentence(m) == sentence) {
        int entity = article.mentionEntity(m);
        if (sentenceStamp[entity] != stamp) {
          sentenceStamp[entity] = stamp;
          sentenceEntities = grow(sentenceEntities, distinct);
          sentenceEntities[distinct++] = entity;
        }
        m++;
      }
      Arrays.sort(sentenceEntities, 0, distinct);
      for (int i = 0; i < distinct; i++) {
        for (int j = i + 1; j < distinct; j++) {
          addPair(sentenceEntities[i], sentenceEntities[j]);
        }
      }
    }
    sortPairs();
  }

  public int entityCount() {
    return entityCount;
  }

  /** The k-th distinct entity, in increasing index (= id) order. */
  public int entity(int k) {
    return entities[k];
  }

  public int mentions(int k) {
    return mentionsOf[entities[k]];
  }

  public int sentencePairCount() {
    return pairCount;
  }

  public int pairFirst(int k) {
    return (int) (pairKeys[sortedPairSlots[k]] / entityUniverse);
  }

  public int pairSecond(int k) {
    return (int) (pairKeys[sortedPairSlots[k]] % entityUniverse);
  }

  /** Sentences holding both entities of the k-th pair. */
  public int pairSentences(int k) {
    return pairCounts[sortedPairSlots[k]];
  }

  private void clear() {
    for (int i = 0; i < entityCount; i++) {
      mentionsOf[entities[i]] = 0;
    }
    entityCount = 0;
    for (int i = 0; i < pairCount; i++) {
      pairKeys[pairSlots[i]] = -1L;
    }
    pairCount = 0;
  }

  private void addPair(int first, int second) {
    long key = (long) first * entityUniverse + second;
    if (pairCount * 2 >= pairKeys.length) {
      rehash();
    }
    int mask = pairKeys.length - 1;
    int slot = (int) (mix(key) & mask);
    while (pairKeys[slot] != -1L && pairKeys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (pairKeys[slot] == -1L) {
      pairKeys[slot] = key;
      pairCounts[slot] = 0;
      pairSlots = grow(pairSlots, pairCount);
      pairSlots[pairCount++] = slot;
    }
    pairCounts[slot]++;
  }

  private void rehash() {
    long[] oldKeys = pairKeys;
    int[] oldCounts = pairCounts;
    int[] oldSlots = Arrays.copyOf(pairSlots, pairCount);
    pairKeys = new long[oldKeys.length * 2];
    pairCounts = new int[oldKeys.length * 2];
    Arrays.fill(pairKeys, -1L);
    int mask = pairKeys.length - 1;
    for (int i = 0; i < oldSlots.length; i++) {
      long key = oldKeys[oldSlots[i]];
      int slot = (int) (mix(key) & mask);
      while (pairKeys[slot] != -1L) {
        slot = (slot + 1) & mask;
      }
      pairKeys[slot] = key;
      pairCounts[slot] = oldCounts[oldSlots[i]];
      pairSlots[i] = slot;
    }
  }

  private void sortPairs() {
    if (sortedPairSlots.length < pairCount) {
      sortedPairSlots = new int[Math.max(pairCount, sortedPairSlots.length * 2)];
    }
    // insertion sort by key: an article has few sentence pairs
    for (int i = 0; i < pairCount; i++) {
      int slot = pairSlots[i];
      int j = i - 1;
      while (j >= 0 && pairKeys[sortedPairSlots[j]] > pairKeys[slot]) {
        sortedPairSlots[j + 1] = sortedPairSlots[j];
        j--;
      }
      sortedPairSlots[j + 1] = slot;
    }
  }

  private static long mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 32);
  }

  /** The array itself if it has room for index {@code used}, else a larger copy. */
  private static int[] grow(int[] array, int used) {
    return used < array.length ? array : Arrays.copyOf(array, Math.max(used + 1, array.length * 2));
  }
}

package org.paivand.gazetteer;

import java.util.Arrays;

/**
 * Mentions found in one text, as reusable parallel int arrays in text order: entity index, the [start, end) span in
 * normalized offsets, covering the whole word (alias plus any ending such as {@code ها}), and the alias that matched
 * (an index into {@link Gazetteer#alias(int)}, for explanations). In explain mode ({@link EntityMatcher#explain}) it
 * also holds the block phrases that won (entity {@link Alias#BLOCK}) and the hits a context rule turned down
 * ({@link #rejected(int)}).
 */
public final class MentionBuffer {
  int[] entities = new int[32];
  int[] starts = new int[32];
  int[] ends = new int[32];
  int[] aliases = new int[32];
  boolean[] rejected = new boolean[32];
  int count;

  public int count() {
    return count;
  }

  /** Entity index, or {@link Alias#BLOCK} for a block phrase (explain mode only). */
  public int entity(int mention) {
    return entities[mention];
  }

  public int start(int mention) {
    return starts[mention];
  }

  public int end(int mention) {
    return ends[mention];
  }

  public int alias(int mention) {
    return aliases[mention];
  }

  /** Explain mode only: a hit that a context rule turned down, not a mention. */
  public boolean rejected(int mention) {
    return rejected[mention];
  }

  void clear() {
    count = 0;
  }

  /** Copies mention {@code from} to {@code to} ({@code to <= from}): for dropping mentions in place. */
  void move(int from, int to) {
    entities[to] = entities[from];
    starts[to] = starts[from];
    ends[to] = ends[from];
    aliases[to] = aliases[from];
    rejected[to] = rejected[from];
  }

  void truncate(int newCount) {
    count = newCount;
  }

  void add(int entity, int start, int end, int alias, boolean isRejected) {
    if (count == entities.length) {
      int size = count * 2;
      entities = Arrays.copyOf(entities, size);
      starts = Arrays.copyOf(starts, size);
      ends = Arrays.copyOf(ends, size);
      aliases = Arrays.copyOf(aliases, size);
      rejected = Arrays.copyOf(rejected, size);
    }
    entities[count] = entity;
    starts[count] = start;
    ends[count] = end;
    aliases[count] = alias;
    rejected[count] = isRejected;
    count++;
  }
}

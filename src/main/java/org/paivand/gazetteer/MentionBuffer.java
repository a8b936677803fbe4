package org.paivand.gazetteer;

import java.util.Arrays;

/**
 * Mentions found in one text, as reusable parallel int arrays in text order: entity index, and the [start, end) span
 * in normalized offsets, covering the whole word (alias plus any ending such as {@code ها}).
 */
public final class MentionBuffer {
  int[] entities = new int[32];
  int[] starts = new int[32];
  int[] ends = new int[32];
  int count;

  public int count() {
    return count;
  }

  public int entity(int mention) {
    return entities[mention];
  }

  public int start(int mention) {
    return starts[mention];
  }

  public int end(int mention) {
    return ends[mention];
  }

  void clear() {
    count = 0;
  }

  void add(int entity, int start, int end) {
    if (count == entities.length) {
      entities = Arrays.copyOf(entities, count * 2);
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    entities[count] = entity;
    starts[count] = start;
    ends[count] = end;
    count++;
  }
}

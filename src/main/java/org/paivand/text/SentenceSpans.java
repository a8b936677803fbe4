package org.paivand.text;

/** Sentence ranges over a {@link NormalizedText}, as reusable int arrays: [start, end) in normalized offsets. */
public final class SentenceSpans {
  int[] starts = new int[64];
  int[] ends = new int[64];
  int count;

  public int count() {
    return count;
  }

  public int start(int sentence) {
    return starts[sentence];
  }

  public int end(int sentence) {
    return ends[sentence];
  }

  void clear() {
    count = 0;
  }

  void add(int start, int end) {
    if (count == starts.length) {
      starts = java.util.Arrays.copyOf(starts, count * 2);
      ends = java.util.Arrays.copyOf(ends, count * 2);
    }
    starts[count] = start;
    ends[count] = end;
    count++;
  }

  /** Index of the sentence holding normalized offset {@code position}, or -1; sentences are sorted and disjoint. */
  public int sentenceAt(int position) {
    int low = 0;
    int high = count - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (ends[middle] <= position) {
        low = middle + 1;
      } else if (starts[middle] > position) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -1;
  }
}

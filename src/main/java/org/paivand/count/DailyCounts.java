package org.paivand.count;

import com.carrotsearch.hppc.LongLongHashMap;
import com.carrotsearch.hppc.cursors.LongLongCursor;
import com.carrotsearch.hppc.sorting.IndirectSort;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.paivand.article.ArticleFacts;

/**
 * The daily tables of a set of articles, counted in plain Java: per slice of the corpus (the whole corpus, each
 * language, each source) three maps from a packed key to a packed count.
 *
 * <ul>
 *   <li>{@link Table#PAIRS}: key (day, entity a, entity b, scope) with a &lt; b; value articles and, at sentence
 *       scope, the sentences that hold both;
 *   <li>{@link Table#ENTITIES}: key (day, entity); value articles and mentions;
 *   <li>{@link Table#TOTALS}: key day; value articles.
 * </ul>
 *
 * <p>A Spark task counts the articles of its partition into one instance and emits the entries; the entries of a
 * month are then added into another instance ({@link #add(int, Table, long, long)}), which holds the month's final
 * counts. Both steps are the same code for {@code paivand run} and for a nightly run, so a night's months equal a full
 * recompute's by construction.
 *
 * <p>Values pack two counts in one long ({@link #articles} in the high 32 bits, {@link #second} in the low 32) so
 * that one map lookup adds both; a count never nears 2^32 (four billion articles of one day, or mentions of one
 * entity on one day), so the halves cannot overflow into each other. Entities are indexes into a dictionary whose
 * order is the order of the ids, so sorting keys sorts rows as the output files are sorted. Primitive maps (HPPC):
 * no object per key, which is what makes counting a million articles cost less than reading their text.
 */
public final class DailyCounts {
  /** The three daily tables a slice has. */
  public enum Table {
    PAIRS, ENTITIES, TOTALS
  }

  private static final Table[] TABLES = Table.values();

  /** The slice of the whole corpus: always slice 0. */
  public static final int ALL = 0;

  private static final long ONE_ARTICLE = 1L << 32;
  private static final long LOW = 0xFFFF_FFFFL;

  private final List<LongLongHashMap[]> slices = new ArrayList<>();
  private final List<String> sliceKinds = new ArrayList<>();
  private final List<String> sliceValues = new ArrayList<>();
  private final Map<String, Map<String, Integer>> sliceIndex = new HashMap<>();

  public DailyCounts() {
    newSlice(null, null);
  }

  /** The index of the slice {@code kind = value} ({@code lang = fa}), made on first use; null kind: {@link #ALL}. */
  public int slice(String kind, String value) {
    if (kind == null) {
      return ALL;
    }
    Integer index = sliceIndex.computeIfAbsent(kind, k -> new HashMap<>()).get(value);
    return index != null ? index : newSlice(kind, value);
  }

  public int sliceCount() {
    return slices.size();
  }

  /** {@code lang} or {@code source}; null for {@link #ALL}. */
  public String sliceKind(int slice) {
    return sliceKinds.get(slice);
  }

  /** The column's value ({@code fa}, {@code irna}); null for {@link #ALL}. */
  public String sliceValue(int slice) {
    return sliceValues.get(slice);
  }

  /**
   * Counts one used article of publication day {@code day} (epoch day) in {@code slice}: its day, each of its
   * entities, each pair of its entities (document scope) and each pair that shares a sentence (sentence scope).
   */
  public void add(int slice, int day, ArticleFacts facts) {
    LongLongHashMap[] tables = slices.get(slice);
    tables[Table.TOTALS.ordinal()].addTo(CountKeys.day(day), 1);
    LongLongHashMap entities = tables[Table.ENTITIES.ordinal()];
    LongLongHashMap pairs = tables[Table.PAIRS.ordinal()];
    int count = facts.entityCount();
    for (int i = 0; i < count; i++) {
      int a = facts.entity(i);
      entities.addTo(CountKeys.entity(day, a), ONE_ARTICLE | facts.entityMentions(i));
      for (int j = i + 1; j < count; j++) {
        pairs.addTo(CountKeys.pair(day, a, facts.entity(j), CountKeys.DOCUMENT), ONE_ARTICLE);
      }
    }
    for (int p = 0; p < facts.sentencePairCount(); p++) {
      long key = CountKeys.pair(day, facts.entity(facts.pairFirst(p)), facts.entity(facts.pairSecond(p)),
          CountKeys.SENTENCE);
      pairs.addTo(key, ONE_ARTICLE | facts.pairSentences(p));
    }
  }

  /** Adds an entry that {@link #forEach} of another instance gave: how partial counts are combined. */
  public void add(int slice, Table table, long key, long value) {
    slices.get(slice)[table.ordinal()].addTo(key, value);
  }

  /** Every entry: slice, table, key, packed value. */
  public void forEach(Entry entry) {
    Cursor cursor = cursor();
    while (cursor.next()) {
      entry.accept(cursor.slice(), cursor.table(), cursor.key(), cursor.value());
    }
  }

  /** The entries one at a time, so that a Spark task can emit them without first copying them all. */
  public Cursor cursor() {
    return new Cursor();
  }

  /** Walks every entry of every table of every slice, in no particular order. */
  public final class Cursor {
    private int slice;
    private int table = -1;
    private Iterator<LongLongCursor> entries = Collections.emptyIterator();
    private LongLongCursor current;

    private Cursor() {}

    /** Moves to the next entry; false when there is none. */
    public boolean next() {
      while (!entries.hasNext()) {
        if (++table == TABLES.length) {
          table = 0;
          slice++;
        }
        if (slice >= slices.size()) {
          return false;
        }
        entries = slices.get(slice)[table].iterator();
      }
      current = entries.next();
      return true;
    }

    public int slice() {
      return slice;
    }

    public Table table() {
      return TABLES[table];
    }

    public long key() {
      return current.key;
    }

    public long value() {
      return current.value;
    }
  }

  /**
   * The entries of one table, of the whole corpus ({@code sliced} false) or of every other slice, in the order the
   * output files are sorted: by day, then slice ({@code slice_kind}, then {@code slice}, as strings), then the rest of
   * the key (entities in id order, then scope).
   */
  public SortedEntries sorted(Table table, boolean sliced) {
    int count = 0;
    for (int slice = 0; slice < slices.size(); slice++) {
      if (sliced == (slice != ALL)) {
        count += slices.get(slice)[table.ordinal()].size();
      }
    }
    long[] keys = new long[count];
    long[] values = new long[count];
    int[] sliceOf = new int[count];
    int next = 0;
    for (int slice = 0; slice < slices.size(); slice++) {
      if (sliced == (slice != ALL)) {
        for (LongLongCursor cursor : slices.get(slice)[table.ordinal()]) {
          keys[next] = cursor.key;
          values[next] = cursor.value;
          sliceOf[next++] = slice;
        }
      }
    }
    int[] rank = sliceRanks();
    int[] order = IndirectSort.mergesort(0, count, (i, j) -> {
      int byDay = Integer.compare(CountKeys.day(table, keys[i]), CountKeys.day(table, keys[j]));
      if (byDay != 0) {
        return byDay;
      }
      int bySlice = Integer.compare(rank[sliceOf[i]], rank[sliceOf[j]]);
      return bySlice != 0 ? bySlice : Long.compare(keys[i], keys[j]);
    });
    return new SortedEntries(table, keys, values, sliceOf, order);
  }

  /** Entries of one table in output order: the {@code k}-th is at index {@code order[k]} of the arrays. */
  public record SortedEntries(Table table, long[] keys, long[] values, int[] slices, int[] order) {
    public int size() {
      return order.length;
    }
  }

  /** Each slice's rank when slices are sorted by kind, then value (the whole corpus first). */
  private int[] sliceRanks() {
    Integer[] bySliceName = new Integer[slices.size()];
    for (int slice = 0; slice < bySliceName.length; slice++) {
      bySliceName[slice] = slice;
    }
    java.util.Arrays.sort(bySliceName, java.util.Comparator
        .comparing((Integer slice) -> sliceKinds.get(slice), java.util.Comparator.nullsFirst(String::compareTo))
        .thenComparing(slice -> sliceValues.get(slice), java.util.Comparator.nullsFirst(String::compareTo)));
    int[] rank = new int[bySliceName.length];
    for (int position = 0; position < bySliceName.length; position++) {
      rank[bySliceName[position]] = position;
    }
    return rank;
  }

  /** Entries in all tables of all slices. */
  public long size() {
    long size = 0;
    for (LongLongHashMap[] tables : slices) {
      for (LongLongHashMap table : tables) {
        size += table.size();
      }
    }
    return size;
  }

  /** The articles of a packed value. */
  public static long articles(Table table, long value) {
    return table == Table.TOTALS ? value : value >>> 32;
  }

  /** The second count of a packed value: sentences of a pair (0 at document scope), mentions of an entity. */
  public static long second(long value) {
    return value & LOW;
  }

  /** Receives the entries of {@link #forEach}. */
  @FunctionalInterface
  public interface Entry {
    void accept(int slice, Table table, long key, long value);
  }

  private int newSlice(String kind, String value) {
    LongLongHashMap[] tables = new LongLongHashMap[TABLES.length];
    for (int t = 0; t < tables.length; t++) {
      tables[t] = new LongLongHashMap();
    }
    slices.add(tables);
    sliceKinds.add(kind);
    sliceValues.add(value);
    if (kind != null) {
      sliceIndex.get(kind).put(value, slices.size() - 1);
    }
    return slices.size() - 1;
  }
}

package org.paivand.count;

import java.time.LocalDate;

/**
 * The keys of {@link DailyCounts}, each a long: the publication day in the top bits, so that keys sort by day first,
 * then the entities, then the scope. Bits, from the top:
 *
 * <pre>
 * pair    [ day 17 ][ entity a 21 ][ entity b 21 ][ scope 1 ]   (4 spare bits above)
 * entity  [ day 17 ][ entity 21 ]
 * day     [ day 17 ]
 * </pre>
 *
 * <p>The day is counted from {@link #FIRST_DAY}: the dates a run accepts (1900-01-01 to 2100-12-31, see
 * {@code docs/dates.md}) fit in 17 bits. Entities are dictionary indexes below 2^21 (the gazetteer has about a
 * thousand). Scope {@link #DOCUMENT} sorts before {@link #SENTENCE}, as the names do.
 */
public final class CountKeys {
  /** Day 0 of the keys: the first publication date a run accepts. */
  public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
  public static final int DOCUMENT = 0;
  public static final int SENTENCE = 1;
  static final int DAY_BITS = 17;
  static final int ENTITY_BITS = 21;
  /** The largest dictionary the keys can hold. */
  public static final int MAX_ENTITIES = 1 << ENTITY_BITS;

  private static final long FIRST_EPOCH_DAY = FIRST_DAY.toEpochDay();
  private static final long ENTITY_MASK = (1L << ENTITY_BITS) - 1;
  private static final long DAY_MASK = (1L << DAY_BITS) - 1;

  private CountKeys() {}

  public static long pair(int day, int a, int b, int scope) {
    return ((offset(day) << ENTITY_BITS | a) << ENTITY_BITS | b) << 1 | scope;
  }

  public static long entity(int day, int entity) {
    return offset(day) << ENTITY_BITS | entity;
  }

  public static long day(int day) {
    return offset(day);
  }

  /** The epoch day of a pair key. */
  public static int pairDay(long key) {
    return epochDay(key >>> (2 * ENTITY_BITS + 1));
  }

  public static int pairFirst(long key) {
    return (int) (key >>> (ENTITY_BITS + 1) & ENTITY_MASK);
  }

  public static int pairSecond(long key) {
    return (int) (key >>> 1 & ENTITY_MASK);
  }

  public static int pairScope(long key) {
    return (int) (key & 1);
  }

  public static int entityDay(long key) {
    return epochDay(key >>> ENTITY_BITS);
  }

  public static int entityOf(long key) {
    return (int) (key & ENTITY_MASK);
  }

  public static int dayOf(long key) {
    return epochDay(key);
  }

  /** The epoch day of any key of {@code table}. */
  public static int day(DailyCounts.Table table, long key) {
    return switch (table) {
      case PAIRS -> pairDay(key);
      case ENTITIES -> entityDay(key);
      case TOTALS -> dayOf(key);
    };
  }

  private static long offset(int epochDay) {
    long offset = epochDay - FIRST_EPOCH_DAY;
    if (offset < 0 || offset > DAY_MASK) {
      throw new IllegalArgumentException("publication day " + LocalDate.ofEpochDay(epochDay)
          + " is outside the days the counts hold (" + FIRST_DAY + " to " + LocalDate.ofEpochDay(FIRST_EPOCH_DAY
          + DAY_MASK) + ")");
    }
    return offset;
  }

  private static int epochDay(long offset) {
    return (int) ((offset & DAY_MASK) + FIRST_EPOCH_DAY);
  }
}

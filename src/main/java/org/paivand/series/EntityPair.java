package org.paivand.series;

/**
 * An unordered pair of entity ids, held as {@code pairs_daily} holds it: {@code a} is the smaller id by Unicode code
 * point ({@code AM} &lt; {@code AZ} &lt; {@code IR} &lt; {@code karabakh}), so {@code RU,IR} and {@code IR,RU} are the
 * same pair.
 */
public record EntityPair(String a, String b) implements java.io.Serializable {

  public EntityPair {
    if (a == null || b == null || a.isBlank() || b.isBlank() || a.equals(b)) {
      throw new IllegalArgumentException("a pair needs two different entity ids, not '" + a + "' and '" + b + "'");
    }
    if (compareByCodePoint(a, b) > 0) {
      String first = b;
      b = a;
      a = first;
    }
  }

  /** {@code "IR,RU"} (spaces around the ids are ignored) as a pair; anything else is refused with a message. */
  public static EntityPair parse(String text) {
    String[] ids = text == null ? new String[0] : text.split(",", -1);
    if (ids.length != 2 || ids[0].isBlank() || ids[1].isBlank()) {
      throw new IllegalArgumentException("'" + text + "' is not a pair: write two entity ids with a comma, as IR,RU");
    }
    return new EntityPair(ids[0].strip(), ids[1].strip());
  }

  @Override
  public String toString() {
    return a + "," + b;
  }

  static int compareByCodePoint(String left, String right) {
    int i = 0;
    int j = 0;
    while (i < left.length() && j < right.length()) {
      int x = left.codePointAt(i);
      int y = right.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(left.length() - i, right.length() - j);
  }
}

package org.paivand.gazetteer;

/** What an entity is; countries use ISO 3166-1 alpha-2 ids, every other type a lowercase slug. */
public enum EntityType {
  COUNTRY,
  PERSON,
  ORGANIZATION,
  REGION,
  CITY,
  GROUP;

  static EntityType parse(String name) {
    return valueOf(name.toUpperCase(java.util.Locale.ROOT));
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

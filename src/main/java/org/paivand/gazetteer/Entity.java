package org.paivand.gazetteer;

/** An entity the gazetteer can find: {@code IR}, {@code RU}, {@code lavrov}, {@code karabakh}, ... */
public record Entity(String id, EntityType type) {}

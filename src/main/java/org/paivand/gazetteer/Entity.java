package org.paivand.gazetteer;

/**
 * An entity the gazetteer can find: {@code IR}, {@code RU}, {@code lavrov}, {@code karabakh}, ... {@code parent}
 * is the id of the entity it belongs to ({@code baku} → {@code AZ}, {@code lavrov} → {@code RU}), or null. The
 * parent is data for readers of the output; a mention of {@code baku} is not also a mention of {@code AZ}.
 */
public record Entity(String id, EntityType type, String parent) {}

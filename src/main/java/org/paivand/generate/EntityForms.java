package org.paivand.generate;

import java.util.List;

/**
 * The surface forms of one entity in one language, and how often the generator picks it among entities of its kind.
 * Kinds are the slot letters: C country, P person, L place, O organization.
 */
record EntityForms(String entity, char kind, String language, int weight, List<String> forms) {}

/**
 * The entities paivand finds: the gazetteer files, aliases, context rules and the Aho-Corasick matcher. Pure core.
 */
package org.paivand.gazetteer;

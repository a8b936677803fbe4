/**
 * Text normalization (Persian and English), sentence splitting, word fingerprints. Pure core.
 */
package org.paivand.text;

/**
 * Measured accuracy: reads hand-labelled evaluation sets ({@code EVAL-FORMAT}: one JSON sentence per line with its
 * gold mentions), runs the same per-article analysis as {@code extract} on every sentence, and scores the predicted
 * mentions against the gold ones per language and entity kind. Pure Java, no Spark; {@code paivand eval} and
 * {@code AccuracyTest} are the callers. See docs/accuracy.md.
 */
package org.paivand.eval;

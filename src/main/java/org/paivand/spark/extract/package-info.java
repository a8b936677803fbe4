/**
 * The one pass over the text: {@link org.paivand.spark.extract.ExtractArticles} turns each input row into a compact
 * row ({@link org.paivand.spark.extract.CompactArticles}) on the executors, with the pure core; the per-article
 * tables ({@code articles}, {@code mentions}, {@code rejects}) are made from those rows. Uses {@code spark.input},
 * {@code spark.dedup} (which rows count), {@code output} and the pure core.
 */
package org.paivand.spark.extract;

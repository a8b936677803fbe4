/**
 * The per-article analysis: {@link org.paivand.article.ArticleAnalyzer} (normalize, split, match), the tally of
 * entities and sentence pairs, and {@link org.paivand.article.ArticleFacts}, the compact record of what an article
 * contributes, with its codec. Pure core.
 */
package org.paivand.article;

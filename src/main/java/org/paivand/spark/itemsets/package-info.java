/**
 * Frequent entity sets and association rules per publication month ({@code --itemsets}), mined with spark-mllib's
 * FPGrowth from the counted articles.
 */
package org.paivand.spark.itemsets;

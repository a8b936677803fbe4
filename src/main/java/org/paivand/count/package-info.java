/**
 * Counting articles into the daily tables in plain Java: {@link org.paivand.count.DailyCounts} (primitive maps per
 * slice) and the packed keys ({@link org.paivand.count.CountKeys}). Pure core: no Spark, no Hadoop.
 */
package org.paivand.count;

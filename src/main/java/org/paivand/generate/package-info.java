/**
 * {@code paivand generate}: a deterministic synthetic corpus with the counts it planted. Pure Java and parquet-hadoop.
 */
package org.paivand.generate;

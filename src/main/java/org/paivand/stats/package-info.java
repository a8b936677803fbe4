/**
 * Statistics of the time series: association (PMI, NPMI, G², Jaccard), the 95% Wilson interval of a share, and
 * trends (rolling mean, z-score, spikes). Pure core.
 */
package org.paivand.stats;

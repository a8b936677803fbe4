/**
 * Association and spike statistics of the time series (PMI, NPMI, G², z-scores, trends). Pure core.
 */
package org.paivand.stats;

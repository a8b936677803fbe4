/**
 * Periods of time series (day, week, month, Jalali month) and entity pairs. Pure core.
 */
package org.paivand.series;

/**
 * Publication dates: Gregorian and Jalali (ICU) parsing, zones, the Jalali calendar of time-series periods. Pure
 * core.
 */
package org.paivand.dates;

/**
 * The nightly incremental run ({@link org.paivand.spark.nightly.NightlyJob}): the plan of deliveries, the state kept
 * between nights (compact rows with entity ids), the update counted with the run's own counting step, and the
 * journaled commit that publishes it. Uses the other {@code spark} subpackages and {@code output}.
 */
package org.paivand.spark.nightly;

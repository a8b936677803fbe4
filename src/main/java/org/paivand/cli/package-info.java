/**
 * The command line ({@code bin/paivand}, and the application jar's main class under {@code spark-submit}): picocli
 * commands, thin; the terminal's progress line and the demo's summary. The only package that may use every other,
 * and that no other uses.
 */
package org.paivand.cli;

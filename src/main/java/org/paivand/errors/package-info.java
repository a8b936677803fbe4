/**
 * Errors a user can fix: {@link org.paivand.errors.UserError}, made only by the factories of
 * {@link org.paivand.errors.OptionErrors} (option values), {@link org.paivand.errors.InputErrors} (what a command
 * reads) and {@link org.paivand.errors.OutputErrors} (outputs and what they hold), each message saying problem, cause
 * and fix. Plain Java; every layer may use it, and it uses none.
 */
package org.paivand.errors;

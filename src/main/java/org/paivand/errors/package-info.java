/**
 * Errors a user can fix: {@link org.paivand.errors.UserError} and {@link org.paivand.errors.Errors}, the one place
 * their messages (problem, cause, fix) are made. Plain Java; every layer may use it, and it uses none.
 */
package org.paivand.errors;

/**
 * Role mentions: "the Russian foreign minister", "وزیر امور خارجه روسیه" as the person who held the office on the
 * article's publication day, found from the country mentions the matcher gave (no second pass over the text) and
 * resolved with the gazetteer's office terms. Pure Java.
 */
package org.paivand.roles;

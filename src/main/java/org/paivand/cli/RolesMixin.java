package org.paivand.cli;

import picocli.CommandLine.Option;

/**
 * {@code --no-roles} of the commands that count or show mentions ({@code run}, {@code nightly}, {@code extract}): role
 * mentions ({@code the Russian foreign minister} as the person in office on the publication day, docs/gazetteer.md,
 * "Roles") are on by default.
 */
public final class RolesMixin {
  @Option(names = "--no-roles", description = "do not resolve role mentions ('the Russian foreign minister', 'وزیر"
      + " امور خارجه روسیه') to the office holder of the publication day; only names count")
  private boolean noRoles;

  boolean on() {
    return !noRoles;
  }
}

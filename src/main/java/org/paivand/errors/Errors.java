package org.paivand.errors;

/**
 * Every error a user can fix, made in one place: each factory names the problem, its cause and the fix, so that the
 * messages keep one shape and a reader finds them all here (as Delta Kernel's {@code DeltaErrors} does). Code below
 * the command line throws what these return; the command line turns a {@link UserError} into exit code 2.
 */
public final class Errors {
  private Errors() {}

  /** A reader ({@code report}, {@code series}, {@code partners}) was pointed at a directory that is not an output. */
  public static UserError notAnOutput(Object output, String cause) {
    return new UserError(output + " is not a paivand output", cause,
        "give the --output directory of an earlier paivand run (or nightly run)");
  }

  /** A run would replace a directory that is not a paivand output. */
  public static UserError refusingToReplace(Object output, String cause) {
    return new UserError("refusing to replace " + output, cause,
        "name a new directory, or an earlier paivand output to replace");
  }

  /** The output path is the root of its file system, where nothing can be staged beside it. */
  public static UserError outputAtRoot(Object output) {
    return new UserError("cannot write the output to the root directory " + output,
        "paivand stages its output and keeps its lock beside the output directory",
        "name a directory such as out/paivand");
  }

  /** The output path names a file. */
  public static UserError outputIsAFile(Object output) {
    return new UserError("the output " + output + " is a file", "--output must name a directory",
        "name a new directory, or an earlier paivand output to replace");
  }
}

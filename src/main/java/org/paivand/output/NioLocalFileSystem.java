package org.paivand.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file:}), with permissions set through {@code java.nio} instead of a
 * {@code chmod} process per file. Without Hadoop's native library (which a Spark distribution from Maven does not
 * have), {@link RawLocalFileSystem} starts {@code chmod} for every file and directory it creates: measured on the demo
 * corpus, whose tables have one file per publication month over 18 years, 3,500 processes and about 40 of the run's
 * 53 seconds. It also writes no {@code .crc} checksum file beside each file (half the files to create; Parquet
 * checksums its own pages, and files that have a {@code .crc} are still verified when read). Everything else is
 * Hadoop's own (listing, renames); on file systems without POSIX permissions Hadoop's way of setting them is kept.
 */
public final class NioLocalFileSystem extends LocalFileSystem {
  /** The setting that chooses the {@code file:} implementation. */
  public static final String SETTING = "fs.file.impl";

  /** The Hadoop configuration resource that names this class for {@code file:}. */
  static final String RESOURCE = "org/paivand/output/local-files.xml";

  /**
   * Makes this the {@code file:} file system of every Hadoop configuration the process creates from now on, Spark's
   * and paivand's own (the importer, the bench's corpora): a local file system already cached by Hadoop under the
   * default class would otherwise be used by every later writer. Called where a process starts paivand work.
   */
  public static void install() {
    org.apache.hadoop.conf.Configuration.addDefaultResource(RESOURCE);
  }

  public NioLocalFileSystem() {
    super(new Raw());
    // no .crc file beside each data file: half the files to create, and Parquet checks its own pages
    setWriteChecksum(false);
  }

  /** The raw (checksum-less) local file system underneath, with the permission change in Java. */
  static final class Raw extends RawLocalFileSystem {
    @Override
    public void setPermission(Path path, FsPermission permission) throws IOException {
      java.nio.file.Path file = pathToFile(path).toPath();
      if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
        super.setPermission(path, permission);
        return;
      }
      Files.setPosixFilePermissions(file, posix(permission));
    }

    static Set<PosixFilePermission> posix(FsPermission permission) {
      Set<PosixFilePermission> result = EnumSet.noneOf(PosixFilePermission.class);
      add(result, permission.getUserAction(), PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE);
      add(result, permission.getGroupAction(), PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE);
      add(result, permission.getOtherAction(), PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);
      return result;
    }

    private static void add(Set<PosixFilePermission> result, FsAction action, PosixFilePermission read,
        PosixFilePermission write, PosixFilePermission execute) {
      if (action.implies(FsAction.READ)) {
        result.add(read);
      }
      if (action.implies(FsAction.WRITE)) {
        result.add(write);
      }
      if (action.implies(FsAction.EXECUTE)) {
        result.add(execute);
      }
    }
  }
}

package org.paivand.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.paivand.cli.UserError;
import org.paivand.gazetteer.Gazetteer;
import org.paivand.gazetteer.GazetteerFormatException;
import org.paivand.gazetteer.GazetteerSource;

/**
 * Reads the {@code --gazetteer} files where the run starts (local or Hadoop paths) and checks them by building the
 * gazetteer once, so a malformed line stops the run before any Spark task with its file and line. The contents, not the
 * paths, go to the executors inside {@link ExtractMentions}: cluster workers need no access to the files.
 */
public final class GazetteerFiles {
  private GazetteerFiles() {}

  /** The files' contents, in order; an unreadable file or a malformed line is a {@link UserError}. */
  public static List<GazetteerSource> read(List<String> paths, Configuration hadoop) {
    List<GazetteerSource> sources = new ArrayList<>();
    for (String path : paths) {
      sources.add(new GazetteerSource(path, readText(path, hadoop)));
    }
    check(sources);
    return List.copyOf(sources);
  }

  /** Builds (and caches) the gazetteer of {@code sources}, turning a format error into a {@link UserError}. */
  public static Gazetteer check(List<GazetteerSource> sources) {
    try {
      return Gazetteer.withFiles(sources);
    } catch (GazetteerFormatException e) {
      throw new UserError("a --gazetteer file has a malformed line", e.getMessage(),
          "fix that line (format: docs/gazetteer.md, \"The file format\") or leave the file out");
    }
  }

  private static String readText(String path, Configuration hadoop) {
    try {
      Path file = new Path(path);
      FileSystem fs = file.getFileSystem(hadoop);
      try (InputStream in = fs.open(file)) {
        byte[] bytes = in.readAllBytes();
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      }
    } catch (FileNotFoundException e) {
      throw new UserError("no such gazetteer file: " + path, "the path does not exist",
          "give an existing UTF-8 file with --gazetteer (a local path or a Hadoop URI)");
    } catch (CharacterCodingException e) {
      throw new UserError("gazetteer file " + path + " is not UTF-8", e.toString(), "save the file as UTF-8");
    } catch (IOException | IllegalArgumentException e) {
      throw new UserError("cannot read gazetteer file " + path, e.toString(),
          "check the path and your access to it");
    }
  }
}

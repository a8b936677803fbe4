package org.paivand.gazetteer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paivand.errors.InputErrors;
import org.paivand.errors.UserError;

/**
 * The {@code --gazetteer} files of a command, checked where the command starts by building the gazetteer once, so a
 * malformed line stops it before any work with its file and line. This class reads local files ({@code extract},
 * {@code eval}); a Spark job reads its files through Hadoop (local, HDFS, S3) and checks them here. The contents, not
 * the paths, go to the executors: cluster workers need no access to the files.
 */
public final class GazetteerFiles {
  private GazetteerFiles() {}

  /** The local files' contents, in order, checked; an unreadable file or a malformed line is a {@link UserError}. */
  public static List<GazetteerSource> readLocal(List<String> paths) {
    List<GazetteerSource> sources = new ArrayList<>();
    for (String path : paths) {
      try {
        sources.add(new GazetteerSource(path, decode(path, Files.readAllBytes(Path.of(path)))));
      } catch (NoSuchFileException e) {
        throw InputErrors.gazetteerFileMissing(path);
      } catch (IOException e) {
        throw InputErrors.gazetteerFileUnreadable(path, e);
      }
    }
    check(sources);
    return List.copyOf(sources);
  }

  /** Builds (and caches) the gazetteer of {@code sources}, turning a format error into a {@link UserError}. */
  public static Gazetteer check(List<GazetteerSource> sources) {
    try {
      return Gazetteer.withFiles(sources);
    } catch (GazetteerFormatException e) {
      throw InputErrors.gazetteerMalformed(e.getMessage());
    }
  }

  /** The file's bytes as UTF-8, strictly: a file in another encoding is a {@link UserError}. */
  public static String decode(String path, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw InputErrors.gazetteerNotUtf8(path, e.toString());
    }
  }
}

package org.quotetrace.index;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * Decides whether a folder holds a quotetrace index, may become one, or must be left alone, and
 * words the answer for a person. A folder given by mistake (a home folder, a corpus folder) must
 * never be written into.
 */
final class IndexFolder {
  private IndexFolder() {}

  /** What a folder holds. */
  enum State {
    /** Missing or empty, or only the leftovers of an index killed before its first commit. */
    FRESH,
    /** A committed quotetrace index. */
    INDEX
  }

  /**
   * @throws IndexException when the folder is a file, holds anything but a quotetrace index, or
   *     holds one that cannot be read
   */
  static State check(Path dir) throws IndexException {
    if (!Files.exists(dir)) {
      return State.FRESH;
    }
    if (!Files.isDirectory(dir)) {
      throw new IndexException(dir + ": not a folder; give the folder the index is (or will be) in");
    }
    List<String> names;
    try (Stream<Path> s = Files.list(dir)) {
      names = s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new IndexException(dir + ": cannot list the folder (" + reason(e) + ")", e);
    }
    String foreign = names.stream().filter(n -> !isLuceneFile(n)).findFirst().orElse(null);
    if (foreign != null) {
      throw new IndexException(dir + ": not a quotetrace index (it holds " + foreign
          + "); give an empty or new folder for a new index");
    }
    if (names.stream().noneMatch(n -> n.startsWith("segments_"))) {
      return State.FRESH;
    }
    return State.INDEX;
  }

  /** Checks that a committed index is quotetrace's and of a format this version reads. */
  static void checkCommit(Path dir, Directory directory) throws IndexException {
    Map<String, String> data;
    try {
      data = SegmentInfos.readLatestCommit(directory).getUserData();
    } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
      throw new IndexException(dir + ": an index of another Lucene version; index again into a new folder", e);
    } catch (CorruptIndexException e) {
      throw new IndexException(dir + ": the index is damaged (" + oneLine(e.getMessage()) + ")", e);
    } catch (IOException e) {
      throw new IndexException(dir + ": cannot read the index (" + reason(e) + ")", e);
    }
    String format = data.get(Schema.FORMAT_KEY);
    if (format == null) {
      throw new IndexException(dir + ": a Lucene index, but not a quotetrace index");
    }
    if (!format.equals(Schema.FORMAT)) {
      throw new IndexException(dir + ": a quotetrace index of format " + format
          + ", this version reads format " + Schema.FORMAT + "; index again into a new folder");
    }
  }

  /** Opens a committed index for reading. */
  static DirectoryReader openReader(Path dir, Directory directory) throws IndexException {
    checkCommit(dir, directory);
    try {
      return DirectoryReader.open(directory);
    } catch (CorruptIndexException e) {
      throw new IndexException(dir + ": the index is damaged (" + oneLine(e.getMessage()) + ")", e);
    } catch (IOException e) {
      throw new IndexException(dir + ": cannot read the index (" + reason(e) + ")", e);
    }
  }

  // What an IndexWriter leaves in its folder, committed or not.
  private static boolean isLuceneFile(String name) {
    return name.startsWith("_") || name.startsWith("segments") || name.startsWith("pending_segments")
        || name.equals("write.lock") || name.startsWith(".") && name.endsWith(".tmp")
        || name.equals(SavedGrouping.FILE);
  }

  static boolean isDiskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && (m.contains("No space left") || m.contains("Disk quota exceeded")
          || m.contains("not enough space"))) {
        return true;
      }
    }
    return false;
  }

  static String reason(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 200 ? t.substring(0, 200) + "…" : t;
  }
}

package org.quotetrace.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The variant grouping of one index commit, kept beside the index so that the next {@code
 * variants} on an unchanged index reads it back instead of grouping a million quotes again. It is
 * derived data: one that is missing, damaged, of another format or of another commit is ignored
 * and the grouping done afresh, and a folder that cannot be written to only loses the saving.
 *
 * <p>The commit is named by its segments file and the random id Lucene gives every commit, so an
 * index deleted and built again in the same folder (whose first commit has the same file name)
 * is not mistaken for the old one.
 */
final class SavedGrouping {
  /** The file's name; no Lucene file starts like it, so Lucene leaves it alone. */
  static final String FILE = "quotetrace-variants.bin";
  /** Temporary files are named like the index's own (a dot, then ".tmp"): see IndexFolder. */
  private static final String TEMP_PREFIX = ".quotetrace-variants-";
  /**
   * The file's kind and the grouping rules it was made by: a grouping saved by older rules (QTV1,
   * before names and figures were compared) is not read back but grouped afresh.
   */
  private static final int MAGIC = 0x51545632; // "QTV2"

  /** Per quote: its Lucene doc, its publication time and its parent's position (or -1). */
  record Grouping(int[] doc, long[] time, int[] parent) {}

  private SavedGrouping() {}

  /** The grouping saved for {@code commit}, if there is a sound one. */
  static Optional<Grouping> read(Path dir, CorpusIndex.Commit commit) {
    Path file = dir.resolve(FILE);
    CRC32 crc = new CRC32();
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(
            new CheckedInputStream(new BufferedInputStream(raw, 1 << 16), crc))) {
      if (in.readInt() != MAGIC || !in.readUTF().equals(Schema.FORMAT) || !in.readUTF().equals(commit.key())) {
        return Optional.empty();
      }
      int n = in.readInt();
      if (n < 0) {
        return Optional.empty();
      }
      int[] doc = new int[n];
      long[] time = new long[n];
      int[] parent = new int[n];
      for (int i = 0; i < n; i++) {
        doc[i] = in.readInt();
        time[i] = in.readLong();
        parent[i] = in.readInt();
        if (parent[i] < -1 || parent[i] >= n) {
          return Optional.empty();
        }
      }
      long expected = crc.getValue();
      if (in.readLong() != expected || in.read() != -1) {
        return Optional.empty();
      }
      return Optional.of(new Grouping(doc, time, parent));
    } catch (IOException e) {
      // Missing, cut short or unreadable: group afresh, as without the file.
      return Optional.empty();
    }
  }

  /**
   * Saves the grouping of {@code commit}, replacing any other; written to a temporary file and
   * moved into place, so a reader never sees half a file.
   *
   * @throws IOException when the folder cannot be written to
   */
  static void write(Path dir, CorpusIndex.Commit commit, int size, Grouping g) throws IOException {
    // A temporary file of its own: two processes grouping the same index at once must not
    // write into one file.
    Path temp = Files.createTempFile(dir, TEMP_PREFIX, ".tmp");
    sameAccessAsTheIndex(dir.resolve(commit.segmentsFile()), temp);
    CRC32 crc = new CRC32();
    try (OutputStream raw = Files.newOutputStream(temp);
        DataOutputStream out = new DataOutputStream(
            new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), crc))) {
      out.writeInt(MAGIC);
      out.writeUTF(Schema.FORMAT);
      out.writeUTF(commit.key());
      out.writeInt(size);
      for (int i = 0; i < size; i++) {
        out.writeInt(g.doc()[i]);
        out.writeLong(g.time()[i]);
        out.writeInt(g.parent()[i]);
      }
      // The checksum covers everything written before it.
      out.writeLong(crc.getValue());
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    try {
      Files.move(temp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  // A temporary file is readable by its owner only; the saved grouping is as readable as the
  // index it belongs to (its segments file), so that others who read the index read it too.
  private static void sameAccessAsTheIndex(Path segments, Path file) {
    try {
      Files.setPosixFilePermissions(file, Files.getPosixFilePermissions(segments));
    } catch (IOException | UnsupportedOperationException e) {
      // Not a POSIX file system, or not allowed: the file keeps the access it was made with.
    }
  }
}

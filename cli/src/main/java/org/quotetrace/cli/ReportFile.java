package org.quotetrace.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A report written to {@code --out}: whole or not at all. It is written to a temporary file beside
 * the target and moved into place, so a full disk or a crash midway leaves the old file (or none),
 * never a cut-off or empty one.
 */
final class ReportFile {
  private ReportFile() {}

  /** Writes the body of a report; may fail partway. */
  interface Body {
    void writeTo(Writer w) throws IOException;
  }

  /**
   * The input {@code out} would overwrite, if any: the same file reached by another path or link
   * counts too.
   */
  static Optional<Path> clash(Path out, List<Path> inputs) {
    if (out == null || !Files.exists(out)) {
      return Optional.empty();
    }
    for (Path in : inputs) {
      try {
        if (in != null && Files.exists(in) && Files.isSameFile(out, in)) {
          return Optional.of(in);
        }
      } catch (IOException e) {
        // Cannot tell: the input will fail to read on its own and say why.
      }
    }
    return Optional.empty();
  }

  static boolean write(Path target, String text, PrintStream err) {
    return write(target, w -> w.write(text), err);
  }

  /** Writes the report, or prints one line naming the file and the cause and returns false. */
  static boolean write(Path target, Body body, PrintStream err) {
    Path real = target;
    try {
      if (Files.exists(target)) {
        real = target.toRealPath();
        if (Files.isDirectory(real)) {
          Messages.error(err, target + ": is a folder; give a file name to write the report to");
          return false;
        }
        if (!Files.isRegularFile(real)) {
          // A device or a pipe (/dev/stdout, a FIFO): written in place, there is nothing to replace.
          try (Writer w = Files.newBufferedWriter(real, StandardCharsets.UTF_8)) {
            body.writeTo(w);
          }
          return true;
        }
      }
    } catch (IOException e) {
      Messages.error(err, target + ": cannot write the report (" + reason(e) + ")");
      return false;
    }
    Path dir = real.toAbsolutePath().getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + real.getFileName() + ".", ".part");
      try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        body.writeTo(w);
      }
      keepPermissions(real, temp);
      try {
        Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
      }
      return true;
    } catch (IOException e) {
      Messages.error(err, target + ": cannot write the report (" + reason(e) + ")");
      return false;
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          Messages.warning(err, temp + ": could not remove this partial report");
        }
      }
    }
  }

  // A temporary file is made readable by its owner only; the report gets what the file it
  // replaces had, or what a new file usually gets.
  private static void keepPermissions(Path target, Path temp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> perms = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rw-r--r--");
    view.setPermissions(perms);
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "exists";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}

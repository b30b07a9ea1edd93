package dev.newsflow.ingest.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the regular files under a directory, recursively and sorted by path so runs are repeatable;
 * hidden files and directories are skipped, symbolic links followed.
 */
final class DirectoryScan {

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryScan.class);

  private DirectoryScan() {}

  /**
   * A file found, or one that could not be visited.
   *
   * @param path the file, resolved against the directory as given
   * @param failure why it could not be visited, or null
   */
  record Found(Path path, String failure) {}

  /**
   * Scans a directory.
   *
   * @throws IOException when the directory itself cannot be read
   */
  static List<Found> scan(Path directory) throws IOException {
    List<Found> found = new ArrayList<>();
    Files.walkFileTree(
        directory,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            if (!dir.equals(directory) && isHidden(dir)) {
              LOG.debug("Skipping hidden directory {}", dir);
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (isHidden(file)) {
              LOG.debug("Skipping hidden file {}", file);
            } else if (attributes.isRegularFile()) {
              found.add(new Found(file, null));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (!isHidden(file)) {
              found.add(new Found(file, describe(e)));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(Comparator.comparing(Found::path));
    return found;
  }

  /** A short, readable reason for a file-system error. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    return e.getMessage();
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}

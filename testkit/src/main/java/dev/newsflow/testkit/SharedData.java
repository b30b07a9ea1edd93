package dev.newsflow.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The team's shared material ({@code ../shared}: seed article, evaluation sets, corpora), which
 * stays outside the repository; tests that need it are skipped with a message when it is absent.
 */
public final class SharedData {

  /** The seed article the project was created from. */
  public static final String SEED = "seeds/000_de8a397868ef996a.txt";

  private SharedData() {}

  /**
   * Returns a file of the shared folder, or skips the calling test when it is not there. The folder
   * is the system property {@code newsflow.shared.dir} (set by the build), else {@code ../shared}
   * or {@code ../../shared} from the working directory.
   */
  public static Path require(String relative) {
    String configured = System.getProperty("newsflow.shared.dir");
    for (Path base :
        new Path[] {
          configured == null ? null : Path.of(configured),
          Path.of("../shared"),
          Path.of("../../shared")
        }) {
      if (base != null && Files.isRegularFile(base.resolve(relative))) {
        return base.resolve(relative).toAbsolutePath().normalize();
      }
    }
    Assumptions.abort(
        "Skipped: shared file "
            + relative
            + " not found (set -Dnewsflow.shared.dir or put the shared folder beside the project)");
    throw new IllegalStateException("unreachable");
  }
}

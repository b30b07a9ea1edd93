package dev.newsflow.local.broker;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/** The broker and controller ports of a data directory, kept in a small properties file. */
record RememberedPorts(int broker, int controller) {

  static final String FILE_NAME = "broker.properties";

  private static final String BROKER = "broker.port";
  private static final String CONTROLLER = "controller.port";

  static Optional<RememberedPorts> load(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
      return Optional.of(
          new RememberedPorts(
              Integer.parseInt(properties.getProperty(BROKER, "0").trim()),
              Integer.parseInt(properties.getProperty(CONTROLLER, "0").trim())));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    } catch (NumberFormatException e) {
      throw new IllegalStateException("Broken port number in " + file + ": " + e.getMessage(), e);
    }
  }

  void save(Path dataDir) {
    Properties properties = new Properties();
    properties.setProperty(BROKER, Integer.toString(broker));
    properties.setProperty(CONTROLLER, Integer.toString(controller));
    Path file = dataDir.resolve(FILE_NAME);
    Path temporary = dataDir.resolve(FILE_NAME + ".tmp");
    try {
      try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        properties.store(writer, "newsflow local broker: ports reused on restart when given as 0");
      }
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}

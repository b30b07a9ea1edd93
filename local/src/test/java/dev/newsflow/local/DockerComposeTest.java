package dev.newsflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks docker-compose.yml and the Dockerfile against the code, since this machine has no Docker
 * engine to run them: every service command must be one the newsflow command line accepts.
 */
class DockerComposeTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @SuppressWarnings("unchecked")
  private static Map<String, Object> services() throws IOException {
    Map<String, Object> compose =
        new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
    return (Map<String, Object>) compose.get("services");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> service(String name) throws IOException {
    return (Map<String, Object>) services().get(name);
  }

  @Test
  void composeRunsAKraftBrokerAndTheThreeServices() throws IOException {
    assertThat(services()).containsKeys("kafka", "ingest", "enrich", "sink");
    Map<String, Object> kafka = service("kafka");
    assertThat((String) kafka.get("image")).startsWith("apache/kafka:4.1");
    @SuppressWarnings("unchecked")
    Map<String, Object> env = (Map<String, Object>) kafka.get("environment");
    assertThat((String) env.get("KAFKA_PROCESS_ROLES")).contains("controller");
    assertThat(env).doesNotContainKey("KAFKA_ZOOKEEPER_CONNECT");
    assertThat(env.get("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR"))
        .as("exactly-once needs a transaction log a single broker can host")
        .isEqualTo("1");
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyServiceCommandIsOneTheCommandLineAccepts() throws IOException {
    for (String name : List.of("ingest", "enrich", "sink")) {
      List<String> command = (List<String>) service(name).get("command");
      assertThat(command.get(0)).isEqualTo(name);

      var parsed = Newsflow.commandLine().parseArgs(command.toArray(String[]::new));

      assertThat(parsed.subcommand()).as(name).isNotNull();
      assertThat(parsed.subcommand().commandSpec().name()).isEqualTo(name);
      assertThat(parsed.subcommand().unmatched()).as(name + " unmatched args").isEmpty();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void servicesReachTheBrokerOnItsAdvertisedInternalListener() throws IOException {
    Map<String, Object> kafkaEnv = (Map<String, Object>) service("kafka").get("environment");
    String advertised = (String) kafkaEnv.get("KAFKA_ADVERTISED_LISTENERS");
    for (String name : List.of("ingest", "enrich", "sink")) {
      Map<String, Object> env = (Map<String, Object>) service(name).get("environment");
      String bootstrap = (String) env.get("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS");
      assertThat(advertised).as(name).contains("//" + bootstrap);
    }
  }

  @Test
  void theImageStartsTheNewsflowCommandLine() throws IOException {
    String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));

    assertThat(dockerfile).contains(Newsflow.class.getName()).contains("./mvnw");
    assertThat(ROOT.resolve("samples")).isDirectory();
  }
}

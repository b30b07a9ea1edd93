package dev.newsflow.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.newsflow.enrich.EnrichService;
import dev.newsflow.enrich.nlp.Analysis;
import dev.newsflow.enrich.nlp.ArticleAnalyzer;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.TopicSetup;
import dev.newsflow.events.Topics;
import dev.newsflow.ingest.IngestOptions;
import dev.newsflow.ingest.IngestResult;
import dev.newsflow.ingest.Ingestor;
import dev.newsflow.sink.SinkService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.test.JaasUtils;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a broker that only accepts SASL PLAIN clients, the credentials of a {@code --config} file
 * reach ingest, enrich and sink alike, a wrong password fails with an authentication error, and the
 * password shows up in no log line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityIT {

  private static final String USER = JaasUtils.KAFKA_PLAIN_USER1;
  private static final String PASSWORD = JaasUtils.KAFKA_PLAIN_USER1_PASSWORD;

  private static final ArticleAnalyzer NOTHING_FOUND =
      new ArticleAnalyzer() {
        @Override
        public Analysis analyze(String title, String body) {
          return new Analysis(List.of(), List.of());
        }

        @Override
        public String engine() {
          return "stub";
        }

        @Override
        public String version() {
          return "1";
        }
      };

  private KafkaClusterTestKit cluster;

  @BeforeAll
  void startSaslBroker() throws Exception {
    TestKitNodes nodes =
        new TestKitNodes.Builder()
            .setCombined(true)
            .setNumBrokerNodes(1)
            .setNumControllerNodes(1)
            .setBrokerListenerName(new ListenerName("EXTERNAL"))
            .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
            .build();
    KafkaClusterTestKit.Builder builder =
        new KafkaClusterTestKit.Builder(nodes)
            // Authentication is what this test is about; every authenticated user may do anything.
            .setConfigProp("allow.everyone.if.no.acl.found", "true");
    Map.ofEntries(
            Map.entry("offsets.topic.replication.factor", "1"),
            Map.entry("transaction.state.log.replication.factor", "1"),
            Map.entry("transaction.state.log.min.isr", "1"),
            Map.entry("default.replication.factor", "1"),
            Map.entry("min.insync.replicas", "1"),
            Map.entry("group.initial.rebalance.delay.ms", "0"))
        .forEach(builder::setConfigProp);
    cluster = builder.build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();
  }

  @AfterAll
  void stopBroker() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void anArticleFlowsWithCredentialsFromTheConfigFileAndThePasswordIsNeverLogged(@TempDir Path dir)
      throws Exception {
    KafkaSettings settings = load(dir, PASSWORD);
    Topics topics = settings.topics();
    Path input = dir.resolve("harbour.txt");
    Files.writeString(
        input,
        "Harbour reopens\n\n\u201cWe are open again,\u201d said Maria Okafor on Tuesday.\n",
        StandardCharsets.UTF_8);

    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream out = System.out;
    PrintStream err = System.err;
    System.setOut(new PrintStream(new TeeStream(out, captured), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new TeeStream(err, captured), true, StandardCharsets.UTF_8));
    try {
      TopicSetup.ensure(settings.clientProperties(), topics, 1, (short) 1);
      try (var enrich =
              EnrichService.start(settings, NOTHING_FOUND, "sasl-enrich", dir.resolve("state"), 1);
          var sink =
              SinkService.start(
                  settings, "sasl-sink", dir.resolve("state"), dir.resolve("exports"))) {
        IngestResult ingested =
            new Ingestor(settings, IngestOptions.defaults()).ingest(List.of(input.toString()));
        assertThat(ingested.complete()).isTrue();
        String id = ingested.publishedIds().get(0);

        List<EnrichedArticle> enriched = readEnriched(settings, topics, 1);
        assertThat(enriched).extracting(EnrichedArticle::id).containsExactly(id);
        await("the sink exported " + id + " read over SASL")
            .atMost(Duration.ofSeconds(60))
            .until(() -> exported(dir.resolve("exports")).contains(id));
        System.err.println("Settings in use: " + settings);
      }
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    String logs = captured.toString(StandardCharsets.UTF_8);
    assertThat(logs).contains("sasl-enrich").contains("[hidden]");
    assertThat(logs).doesNotContain(PASSWORD);
  }

  @Test
  void aWrongPasswordFailsWithAnAuthenticationError(@TempDir Path dir) throws Exception {
    KafkaSettings wrong = load(dir, "not-the-password");

    assertThatThrownBy(
            () -> TopicSetup.ensure(wrong.clientProperties(), wrong.topics(), 1, (short) 1))
        .hasRootCauseInstanceOf(SaslAuthenticationException.class);
  }

  private static String exported(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return "";
    }
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        all.append(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }

  private static List<EnrichedArticle> readEnriched(
      KafkaSettings settings, Topics topics, int atLeast) {
    Properties props = settings.clientProperties();
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "sasl-it-reader");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<EnrichedArticle> read = new ArrayList<>();
    try (var consumer =
        new KafkaConsumer<>(
            props, new StringDeserializer(), topics.enriched().valueSerde().deserializer())) {
      consumer.subscribe(List.of(topics.enriched().name()));
      await("an article on " + topics.enriched().name())
          .atMost(Duration.ofSeconds(90))
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> read.add(r.value()));
                return read.size() >= atLeast;
              });
    }
    return read;
  }

  private KafkaSettings load(Path dir, String password) throws Exception {
    Path config = dir.resolve("client-" + password.length() + ".properties");
    Files.writeString(
        config,
        String.join(
            "\n",
            "bootstrap.servers=" + cluster.bootstrapServers(),
            "security.protocol=SASL_PLAINTEXT",
            "sasl.mechanism=PLAIN",
            "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required"
                + " username=\""
                + USER
                + "\" password=\""
                + password
                + "\";",
            "newsflow.topic.articles=sasl.articles",
            "newsflow.topic.enriched=sasl.enriched",
            "newsflow.topic.quotes=sasl.quotes",
            "newsflow.topic.mentions=sasl.mentions",
            "newsflow.topic.dlq=sasl.dlq",
            ""),
        StandardCharsets.UTF_8);
    return KafkaSettings.load(config, Map.of(), null);
  }
}

package dev.newsflow.testkit;

/** The broker of this test JVM as kept in the root extension store, which closes it at the end. */
final class SharedBroker implements AutoCloseable {

  private final RunningBroker running;
  private final KafkaBroker broker;

  private SharedBroker(RunningBroker running) {
    this.running = running;
    this.broker = new KafkaBroker(running.bootstrapServers());
  }

  static SharedBroker start() {
    return new SharedBroker(RunningBroker.start());
  }

  KafkaBroker broker() {
    return broker;
  }

  @Override
  public void close() {
    running.close();
  }
}

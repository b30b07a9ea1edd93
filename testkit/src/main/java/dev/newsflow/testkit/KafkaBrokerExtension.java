package dev.newsflow.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link KafkaBroker} parameters with one broker per test JVM, started on first use and
 * stopped when the whole test run ends.
 */
public final class KafkaBrokerExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(KafkaBrokerExtension.class);

  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == KafkaBroker.class;
  }

  @Override
  public KafkaBroker resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    return extensionContext
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(SharedBroker.class, key -> SharedBroker.start(), SharedBroker.class)
        .broker();
  }
}

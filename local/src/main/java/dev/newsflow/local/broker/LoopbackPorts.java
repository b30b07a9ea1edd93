package dev.newsflow.local.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.ServerSocketChannel;

/** Checks and picks TCP ports on 127.0.0.1, binding the way Kafka's socket server does. */
final class LoopbackPorts {

  static final String HOST = "127.0.0.1";

  private static final InetAddress LOOPBACK = loopback();

  private LoopbackPorts() {}

  private static InetAddress loopback() {
    try {
      return InetAddress.getByAddress(HOST, new byte[] {127, 0, 0, 1});
    } catch (UnknownHostException e) {
      throw new AssertionError("A four-byte address is always valid", e);
    }
  }

  static boolean isFree(int port) {
    try (ServerSocketChannel channel = ServerSocketChannel.open()) {
      channel.bind(new InetSocketAddress(LOOPBACK, port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A port that was free a moment ago and differs from {@code taken}. */
  static int pickFree(int taken) {
    try (ServerSocketChannel first = ServerSocketChannel.open();
        ServerSocketChannel second = ServerSocketChannel.open()) {
      first.bind(new InetSocketAddress(LOOPBACK, 0));
      int port = ((InetSocketAddress) first.getLocalAddress()).getPort();
      if (port != taken) {
        return port;
      }
      second.bind(new InetSocketAddress(LOOPBACK, 0));
      return ((InetSocketAddress) second.getLocalAddress()).getPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot find a free port on " + HOST, e);
    }
  }
}

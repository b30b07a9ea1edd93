/** A benchmark of the whole pipeline on an embedded broker: throughput, latency and heap. */
package dev.newsflow.local.bench;

/**
 * The embedded single-node Kafka broker (KRaft, broker and controller in one process) of the local
 * mode, keeping its data and ports in a data directory across restarts.
 */
package dev.newsflow.local.broker;

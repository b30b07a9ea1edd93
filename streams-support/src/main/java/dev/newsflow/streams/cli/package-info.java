/**
 * The command-line options and run loop shared by {@code newsflow enrich} and {@code newsflow
 * sink}.
 */
package dev.newsflow.streams.cli;

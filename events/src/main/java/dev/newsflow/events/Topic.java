package dev.newsflow.events;

import org.apache.kafka.common.serialization.Serde;

/**
 * A topic of the contract: its name with the serdes of its key and value.
 *
 * @param name topic name
 * @param keySerde serde of the key
 * @param valueSerde serde of the value
 * @param <K> key type
 * @param <V> value type
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {}

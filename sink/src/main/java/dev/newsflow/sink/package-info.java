/** The sink service: quote events for consumers and daily JSON Lines exports. */
package dev.newsflow.sink;

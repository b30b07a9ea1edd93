/** The live feed of enriched articles behind the Server-Sent Events stream. */
package dev.newsflow.sink.live;

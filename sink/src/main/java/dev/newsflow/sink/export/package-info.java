/** JSON Lines exports of enriched articles, one file per day. */
package dev.newsflow.sink.export;

/** Read models the sink keeps in its state stores and returns from its query API. */
package dev.newsflow.sink.view;

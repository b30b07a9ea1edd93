/** Operating sink: health endpoints and Prometheus metrics. */
package dev.newsflow.sink.ops;

/** Operating enrich: health endpoints and Prometheus metrics. */
package dev.newsflow.enrich.ops;

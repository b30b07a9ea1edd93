/** Progress of long runs: a redrawn bar with rate and ETA on a terminal, plain lines otherwise. */
package dev.newsflow.ingest.progress;

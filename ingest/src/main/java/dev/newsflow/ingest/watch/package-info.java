/**
 * The watched folder: files dropped into it are moved to {@code processing/}, published, then moved
 * to {@code done/} or {@code failed/} (with a {@code .error} file saying why).
 */
package dev.newsflow.ingest.watch;

/**
 * Bounded NLP work: a time and size budget per article, so one pathological article cannot stall a
 * stream thread past {@code max.poll.interval.ms}; an article over budget fails and is
 * dead-lettered.
 */
package dev.newsflow.enrich.budget;

/** Rules a candidate article must pass before it is published: a body, within the size limit. */
package dev.newsflow.ingest.validation;

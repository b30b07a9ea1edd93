/** Offline enrichment of JSON Lines files, for tools and evaluation, with no broker. */
package dev.newsflow.enrich.offline;

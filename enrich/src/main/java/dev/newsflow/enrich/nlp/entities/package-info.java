/**
 * Named entities: CoreNLP's NER tags corrected by our own gazetteer, person titles and demonym
 * rules, then grouped into one canonical entity per real-world thing per article.
 */
package dev.newsflow.enrich.nlp.entities;

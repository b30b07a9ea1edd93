/**
 * The token model the rules work on: tokens with offsets, part-of-speech and NER tags, sentences
 * and paragraphs, independent of the NLP library that produced them.
 */
package dev.newsflow.enrich.nlp.text;

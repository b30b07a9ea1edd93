package dev.newsflow.enrich.nlp.quotes;

/**
 * Who said something and the cue that says so, as token positions.
 *
 * @param cueFirst first token of the cue ("said", "according to")
 * @param cueEnd one past the last token of the cue
 * @param speaker the phrase naming the speaker
 */
record Attribution(int cueFirst, int cueEnd, SpeakerPhrase speaker) {}

package dev.newsflow.enrich.nlp.quotes;

/**
 * Who said something and the cue that says so, as token positions.
 *
 * @param cueFirst first token of the cue ("said", "according to")
 * @param cueEnd one past the last token of the cue
 * @param speaker the phrase naming the speaker
 * @param weak whether the cue is no speech cue but only where the quote stands ({@code The board
 *     was clear: “...”}), which makes the attribution less sure
 */
record Attribution(int cueFirst, int cueEnd, SpeakerPhrase speaker, boolean weak) {

  Attribution(int cueFirst, int cueEnd, SpeakerPhrase speaker) {
    this(cueFirst, cueEnd, speaker, false);
  }
}

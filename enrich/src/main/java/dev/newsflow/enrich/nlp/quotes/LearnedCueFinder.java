package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.enrich.nlp.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Attributions cued by the learned lexicon ({@link AttributionCues}) rather than by speech verbs:
 * {@code X criticized the plan}, {@code X urged Congress to act}, {@code X is expected to ...}.
 * Runs after the speech rules of {@link ReportedSpeechFinder} and keeps off what they took.
 */
final class LearnedCueFinder {

  private static final double LEARNED = 0.7;
  private static final double SOURCELESS = 0.7;
  private static final double REPORTEDLY = 0.45;
  private static final int MIN_OBJECT_TOKENS = 2;
  private static final Set<String> TELL_CONTENT =
      Set.of("to", "that", "about", "how", "what", "why", "whether", "if");
  private static final Set<String> ASK_CONTENT =
      Set.of("for", "who", "when", "where", "which", "question", "questions", "thoughts");

  private static final Set<String> NOUN_PREPOSITIONS =
      Set.of("for", "on", "of", "about", "to", "against", "over", "with");
  private static final int MAX_NOUN_MODIFIERS = 6;
  private static final int MAX_OWNER_NAME = 4;
  private static final Set<String> COMPLEMENTIZERS = Set.of("whether", "if", "that");
  private static final Set<String> TOPIC_PREPOSITIONS =
      Set.of("about", "for", "against", "of", "to", "with");

  /**
   * Speech verbs a preposition after only modifies ({@code said of the plan}, {@code added to}).
   */
  private static final Set<String> PLAIN_SPEECH =
      Set.of(
          "say", "says", "said", "saying", "add", "adds", "added", "adding", "write", "writes",
          "wrote", "writing");

  private static final Set<String> EXPLETIVES = Set.of("it", "there");

  private static final Set<String> PLACE_OR_TIME =
      Set.of(
          "in",
          "on",
          "at",
          "before",
          "after",
          "during",
          "with",
          "alongside",
          "outside",
          "inside",
          "near",
          "from",
          "since",
          "until",
          "by",
          "among",
          "across",
          "onstage");

  private final AnnotatedText text;
  private final QuotedSpans quoted;
  private final ReportingVerbs verbs;
  private final AttributionCues cues;
  private final SpeakerPhraseFinder phrases;
  private final ClauseSpans spans;

  LearnedCueFinder(
      AnnotatedText text,
      QuotedSpans quoted,
      ReportingVerbs verbs,
      AttributionCues cues,
      SpeakerPhraseFinder phrases,
      ClauseSpans spans) {
    this.text = text;
    this.quoted = quoted;
    this.verbs = verbs;
    this.cues = cues;
    this.phrases = phrases;
    this.spans = spans;
  }

  /**
   * {@code X criticized the plan}, {@code X urged Congress to act}: a verb of the learned cue
   * lexicon with a subject, whose content is what follows it up to the end of its clause. Runs
   * after the speech rules and keeps off what they took.
   */
  void find(int from, int to, List<ReportedClause> out) {
    for (int v = from; v + 1 < to; v++) {
      Token verb = text.token(v);
      if (verb.is("reportedly") && !quoted.covers(verb.start())) {
        reportedly(v, from, to, out);
        continue;
      }
      double nounStrength = cues.nounCueOf(verb).strength();
      if (nounStrength > 0 && !quoted.covers(verb.start())) {
        nounCue(v, from, to, nounStrength, out);
        continue;
      }
      AttributionCues.Cue cue = cues.cueOf(verb);
      double strength = cue.strength();
      boolean sourceless = cue.sourceless();
      if (strength == 0 || quoted.covers(verb.start())) {
        continue;
      }
      if (!sourceless && !isActiveVerb(v, from, to)) {
        passiveWithAgent(v, from, to, strength, out);
        continue;
      }
      int content = v + 1;
      while (content < to && text.token(content).tag().equals("RP")) {
        content++;
      }
      content = TokenWords.timePhraseEnd(text, content, to);
      if (content >= to) {
        continue;
      }
      int end = spans.wordsEnd(content, spans.subordinateEnd(from, v, objectEnd(content, to)));
      if (end - content < MIN_OBJECT_TOKENS
          || text.token(content).isPunctuation()
          || isAdjunctAfterSpeech(verb, text.token(content))
          || (sourceless && isPlaceOrTime(text.token(content)))
          || isAddresseeOnly(verb, content, end)
          || spans.takenBy(out, content, end)
          || holdsScareQuote(content, end)) {
        continue;
      }
      if (sourceless) {
        Attribution attribution = new Attribution(v, v + 1, null);
        out.add(spans.unsourced(content, end, attribution, SOURCELESS * strength));
        subjectPiece(v, spans.lowerBound(from, v), out)
            .ifPresent(
                p ->
                    out.add(
                        spans.unsourced(p.first(), p.end(), attribution, SOURCELESS * strength)));
        continue;
      }
      Optional<SpeakerPhrase> subject = learnedCueSubject(v, spans.lowerBound(from, v));
      if (subject.isPresent() && !spans.isQuotedFirstOrSecondPerson(subject.get())) {
        out.add(
            spans.clause(
                content, end, new Attribution(v, v + 1, subject.get()), LEARNED * strength));
      }
    }
  }

  /**
   * {@code Trump's attacks on the judge}, {@code his support for Clinton}: a noun of the lexicon
   * whose owner is named before it (a possessive, past its adjectives) and a preposition after it;
   * the owner is the source, the words after the preposition up to the clause's verb what is
   * attributed. After "that" ({@code her claim that ...}) the clause it opens is.
   */
  private void nounCue(int n, int from, int to, double strength, List<ReportedClause> out) {
    boolean clause =
        n + 2 < to && text.token(n + 1).is("that") && text.token(n + 1).tag().equals("IN");
    if (n + 2 >= to || !(clause || NOUN_PREPOSITIONS.contains(text.token(n + 1).lower()))) {
      return;
    }
    Optional<SpeakerPhrase> owner = ownerBefore(n, from);
    if (owner.isEmpty() || isObjectOfVerb(owner.get().first(), from)) {
      return;
    }
    int content = n + 2;
    int objectEnd = objectEnd(content, to);
    int end =
        spans.wordsEnd(
            content,
            clause
                ? ownClauseEnd(content, objectEnd)
                : TokenWords.firstFiniteVerb(text, content, objectEnd));
    if (end <= content
        || text.token(content).isPunctuation()
        || spans.takenBy(out, content, end)
        || holdsScareQuote(content, end)) {
      return;
    }
    out.add(spans.clause(content, end, new Attribution(n, n + 1, owner.get()), LEARNED * strength));
  }

  /**
   * One past the last token of the clause after a noun's "that" ({@code Rovira's claim that the
   * trams run on time drew laughter}): the second finite verb after a noun or adverb starts the
   * sentence's own predicate.
   */
  private int ownClauseEnd(int content, int end) {
    int first = TokenWords.firstFiniteVerb(text, content, end);
    for (int i = first + 1; i < end; i++) {
      Token before = text.token(i - 1);
      boolean afterWord = before.isNoun() || before.tag().startsWith("RB");
      if (TokenWords.isFiniteVerb(text.token(i)) && afterWord) {
        return i;
      }
    }
    return end;
  }

  /**
   * {@code The proposals were sharply criticized by the union}: a passive cue with its agent after
   * "by"; the agent is the source, the subject what is attributed (not for "told" or "asked", whose
   * subject is the one addressed).
   */
  private void passiveWithAgent(
      int v, int from, int to, double strength, List<ReportedClause> out) {
    int be = pastAdverbs(v, from);
    if (be < from
        || v + 2 >= to
        || !text.token(v).tag().equals("VBN")
        || TokenWords.isTell(text.token(v))
        || TokenWords.isAsk(text.token(v))
        || !text.token(v + 1).is("by")
        || !TokenWords.isBe(text.token(be))) {
      return;
    }
    Optional<SpeakerPhrase> agent = phrases.phraseAt(v + 2, to);
    Optional<SpeakerPhrase> subject = phrases.subjectBefore(be, spans.lowerBound(from, be));
    if (agent.isEmpty()
        || subject.isEmpty()
        || subject.get().relative() >= 0
        || spans.takenBy(out, subject.get().first(), subject.get().end())) {
      return;
    }
    out.add(
        spans.clause(
            subject.get().first(),
            subject.get().end(),
            new Attribution(v, v + 1, agent.get()),
            LEARNED * strength));
  }

  /**
   * {@code The club is reportedly spending millions}: what the unnamed reports say, the words after
   * the adverb to the clause's end, and the subject as the other piece, with no source.
   */
  private void reportedly(int v, int from, int to, List<ReportedClause> out) {
    int content = v + 1;
    if (content >= to || !text.token(content).isVerb()) {
      return;
    }
    int end = spans.wordsEnd(content, objectEnd(content, to));
    if (end - content < MIN_OBJECT_TOKENS || spans.takenBy(out, content, end)) {
      return;
    }
    Attribution attribution = new Attribution(v, v + 1, null);
    out.add(spans.unsourced(content, end, attribution, REPORTEDLY));
    subjectPiece(v, spans.lowerBound(from, v), out)
        .ifPresent(p -> out.add(spans.unsourced(p.first(), p.end(), attribution, REPORTEDLY)));
  }

  /**
   * Who owns the noun at {@code n}: a possessive pronoun ({@code his}) or a name with {@code 's}
   * before it and the adjectives and adverbs that modify it ({@code Trump's highly personal
   * attacks}).
   */
  private Optional<SpeakerPhrase> ownerBefore(int n, int from) {
    int k = n - 1;
    while (k >= from && n - k <= MAX_NOUN_MODIFIERS && isModifier(text.token(k))) {
      k--;
    }
    if (k < from) {
      return Optional.empty();
    }
    Token token = text.token(k);
    if (token.tag().equals("PRP$")) {
      return Optional.of(new SpeakerPhrase(k, k + 1, k + 1));
    }
    if (!token.tag().equals("POS")) {
      return Optional.empty();
    }
    int first = k;
    while (first - 1 >= from
        && k - first < MAX_OWNER_NAME
        && text.token(first - 1).isProperNoun()) {
      first--;
    }
    return first < k ? Optional.of(new SpeakerPhrase(first, k, k)) : Optional.empty();
  }

  /**
   * Whether the owner's phrase, starting at token {@code first}, follows a verb or "that" whose own
   * attribution holds it ({@code saying his refusal to ...}, {@code renewed her calls for ...}).
   */
  private boolean isObjectOfVerb(int first, int from) {
    if (first <= from) {
      return false;
    }
    Token before = text.token(first - 1);
    return before.isVerb() || before.is("that");
  }

  private static boolean isModifier(Token token) {
    String tag = token.tag();
    return tag.startsWith("JJ") || tag.startsWith("RB") || tag.equals("VBN") || token.is(",");
  }

  /**
   * The subject of a cue that names no source, the other piece of what is attributed ({@code
   * Sanders} in {@code Sanders appears to be spending more}): empty for an expletive ({@code it
   * seems}), a relative pronoun or a phrase already taken.
   */
  private Optional<SpeakerPhrase> subjectPiece(int v, int lower, List<ReportedClause> out) {
    int group = v;
    while (group > lower && isVerbGroupWord(text.token(group - 1))) {
      group--;
    }
    if (group == v && !TokenWords.isFiniteVerb(text.token(v)) && !text.token(v).is("reportedly")) {
      return Optional.empty();
    }
    int verbGroup = group;
    return phrases
        .subjectBefore(verbGroup, lower)
        .filter(p -> p.relative() < 0)
        .filter(p -> !(p.isSingleToken() && EXPLETIVES.contains(text.token(p.first()).lower())))
        .map(p -> throughModifiers(p, verbGroup))
        .filter(p -> !spans.takenBy(out, p.first(), p.end()));
  }

  /**
   * The subject phrase with what modifies it up to its verb group at {@code group} ({@code the
   * candidate for the nation's next commander-in-chief appeared}), when no punctuation or verb
   * stands between.
   */
  private SpeakerPhrase throughModifiers(SpeakerPhrase phrase, int group) {
    for (int i = phrase.end(); i < group; i++) {
      Token token = text.token(i);
      if (token.isPunctuation() || token.isVerb()) {
        return phrase;
      }
    }
    return new SpeakerPhrase(phrase.first(), Math.max(phrase.end(), group), phrase.headEnd());
  }

  /** An auxiliary, a form of "be" or an adverb inside a verb group ({@code had been widely}). */
  private static boolean isVerbGroupWord(Token token) {
    return TokenWords.isBe(token)
        || TokenWords.isHave(token)
        || token.tag().equals("MD")
        || token.tag().equals("RB");
  }

  /**
   * {@code said on Thursday}, {@code told reporters at the time}: a speech verb whose own rules
   * found no clause, followed by a prepositional phrase, has said nothing the sentence reports
   * ({@code asked whether ...} opens a question, not a phrase).
   */
  private boolean isAdjunctAfterSpeech(Token verb, Token first) {
    return verbs.introducesQuote(verb)
        && (first.tag().equals("IN") || first.tag().equals("TO"))
        && !COMPLEMENTIZERS.contains(first.lower())
        && !(TOPIC_PREPOSITIONS.contains(first.lower()) && !PLAIN_SPEECH.contains(verb.lower()));
  }

  /**
   * {@code appeared in court}, {@code appeared on television}: a cue that names no source followed
   * by a preposition of place or time says where or when, not what anyone holds ({@code known for},
   * {@code seems like} still open what is attributed).
   */
  private static boolean isPlaceOrTime(Token first) {
    return first.tag().equals("IN") && PLACE_OR_TIME.contains(first.lower());
  }

  /**
   * {@code told reporters in Tampa}, {@code told Ana Lind of the Gazette}: after "tell" comes whom
   * it was told; only a clause after the addressee ({@code told Bush to quiet down}, {@code told
   * them about ...}, {@code told them of ...}) is what was said.
   */
  private boolean isAddresseeOnly(Token verb, int content, int end) {
    boolean ask = TokenWords.isAsk(verb);
    if (!TokenWords.isTell(verb) && !ask) {
      return false;
    }
    for (int i = content; i < end; i++) {
      String word = text.token(i).lower();
      boolean ofAfterPronoun = word.equals("of") && text.token(i - 1).tag().equals("PRP");
      if (TELL_CONTENT.contains(word) || ofAfterPronoun || (ask && ASK_CONTENT.contains(word))) {
        return false;
      }
      if (text.token(i).isPunctuation() && !ask) {
        return true;
      }
    }
    return true;
  }

  /**
   * The subject of a learned cue. A gerund after a comma shares the subject of its sentence ({@code
   * X spoke, urging ...}); after a noun, that noun is its subject ({@code with Y urging ...});
   * otherwise the subject of the nearest finite verb before it ({@code X has begun urging ...}).
   */
  private Optional<SpeakerPhrase> learnedCueSubject(int v, int lower) {
    if (!text.token(v).tag().equals("VBG") || (v > lower && text.token(v - 1).is(","))) {
      return phrases.subjectOf(v, lower, verbs);
    }
    if (v > lower && text.token(v - 1).isNoun()) {
      Optional<SpeakerPhrase> noun = phrases.subjectBefore(v, lower);
      return noun.flatMap(p -> subjectOfObjectVerb(p, lower)).or(() -> noun);
    }
    for (int k = v - 1; k >= lower; k--) {
      if (TokenWords.isFiniteVerb(text.token(k))) {
        return phrases.subjectBefore(k, lower);
      }
    }
    return Optional.empty();
  }

  /**
   * The subject of the verb whose object is the noun phrase before a gerund: a statement someone
   * puts out speaks for them ({@code His office put out a statement saying ...} is the office's),
   * unlike a noun after a preposition ({@code with Rovira urging ...}); empty when no verb (other
   * than a form of "be") or its particle stands right before the phrase.
   */
  private Optional<SpeakerPhrase> subjectOfObjectVerb(SpeakerPhrase object, int lower) {
    int k = object.first() - 1;
    while (k > lower && text.token(k).tag().equals("RP")) {
      k--;
    }
    if (k < lower || !text.token(k).isVerb() || TokenWords.isBe(text.token(k))) {
      return Optional.empty();
    }
    return phrases.subjectOf(k, lower, verbs);
  }

  /**
   * Whether the verb is active and has a subject of its own: finite, a base form or gerund, a
   * progressive ({@code is thanking}) or a participle after "have", adverbs between ({@code has
   * even likened}); not a passive ({@code is expected}) or a bare participle ({@code contests known
   * as}). A participle the tagger read for a past tense is active when no preposition follows it,
   * after a comma ({@code X, who ..., criticized Y}) or after a noun in a sentence with no finite
   * verb ({@code Jewish groups condemned the proposal}).
   */
  private boolean isActiveVerb(int v, int from, int to) {
    Token verb = text.token(v);
    int k = pastAdverbs(v, from);
    Token before = k >= from ? text.token(k) : null;
    if (before != null && TokenWords.isBe(before)) {
      return verb.tag().equals("VBG");
    }
    if (!verb.tag().equals("VBN")) {
      return true;
    }
    if (before == null) {
      return false;
    }
    if (TokenWords.isHave(before)) {
      return true;
    }
    boolean pastRead =
        before.is(",") || (before.isNoun() && !TokenWords.hasFiniteVerb(text, from, to));
    if (pastRead && v + 1 < to && !isPrepositionOrTo(text.token(v + 1))) {
      return true;
    }
    return before.is(",") && closesApposition(k, from);
  }

  /**
   * Whether the comma at {@code comma} closes an apposition to the sentence's subject ({@code Bo, a
   * spokesman for Ana, called on ...}): another comma stands before it and no finite verb.
   */
  private boolean closesApposition(int comma, int from) {
    if (TokenWords.hasFiniteVerb(text, from, comma)) {
      return false;
    }
    for (int k = comma - 2; k > from; k--) {
      if (text.token(k).is(",")) {
        return text.token(k - 1).isNoun();
      }
    }
    return false;
  }

  /**
   * The token before the verb at {@code v} past the adverbs between ({@code were quickly derided},
   * {@code has even likened}); {@code from - 1} when the sentence opens with the verb.
   */
  private int pastAdverbs(int v, int from) {
    int k = v - 1;
    while (k > from && text.token(k).tag().equals("RB")) {
      k--;
    }
    return k;
  }

  private static boolean isPrepositionOrTo(Token token) {
    return token.tag().equals("IN") || token.tag().equals("TO");
  }

  /**
   * One past the last token of a learned cue's content: the end of the sentence or of its clause,
   * which a comma or conjunction before a further verb closes ({@code ... and said}); not before
   * "including", nor before a gerund in a content that opens with one ({@code eliminating caucuses,
   * limiting ...}).
   */
  private int objectEnd(int content, int to) {
    int end = spans.contentEnd(content, to);
    boolean gerunds = text.token(content).tag().equals("VBG");
    for (int i = content + 1; i + 1 < end; i++) {
      Token token = text.token(i);
      Token next = text.token(i + 1);
      boolean joint = token.is(",") || token.tag().equals("CC") || token.is(";");
      boolean gerund = next.tag().equals("VBG") && !next.is("including") && !gerunds;
      if (joint && (TokenWords.isFiniteVerb(next) || gerund)) {
        return i;
      }
    }
    return end;
  }

  /**
   * Whether a quoted term inside a noun phrase stands in the tokens ({@code praised the “silent
   * giant”}): what a learned cue attributes there is no speech, so the quote rules keep it.
   */
  private boolean holdsScareQuote(int first, int end) {
    int stop = text.token(end - 1).end();
    for (int span = quoted.firstOpeningAtOrAfter(text.token(first).start());
        span >= 0 && span < quoted.size() && quoted.get(span).open() < stop;
        span++) {
      int openToken = text.firstTokenAtOrAfter(quoted.get(span).open());
      if (ScareQuotes.isTermInNounPhrase(text, quoted.get(span), openToken)) {
        return true;
      }
    }
    return false;
  }
}

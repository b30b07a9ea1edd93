package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.enrich.nlp.text.Token;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the noun phrase that names a speaker next to a reporting verb: the subject before it
 * ("Blinken, in a press conference, stated") or the phrase after it ("said economy minister Heizo
 * Takenaka"). A prepositional phrase joins the speaker only when it holds a proper noun ("a
 * spokesperson for the Chinese Embassy", not "... at the time").
 */
final class SpeakerPhraseFinder {

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it");
  private static final Set<String> PREPOSITIONS = Set.of("of", "for", "from", "at", "with", "in");

  /** Tags of the words before {@code of them} that count people: most, some, all, two, each. */
  private static final Set<String> QUANTIFIER_TAGS = Set.of("JJS", "DT", "CD", "JJ", "PDT");

  /** Quantifiers that stand for people on their own ({@code Most said}, {@code Some argue}). */
  private static final Set<String> STANDALONE_QUANTIFIERS =
      Set.of("some", "most", "many", "all", "both", "several", "few", "none", "each", "neither");

  private static final Set<String> AUXILIARIES =
      Set.of(
          "has", "had", "have", "did", "does", "do", "would", "will", "also", "later", "then",
          "long");
  private static final Set<String> POLL_NOUNS =
      Set.of("poll", "polls", "survey", "surveys", "study");
  private static final Set<String> KNOWING_WORDS =
      Set.of("familiar", "close", "briefed", "knowledgeable", "privy", "involved", "loyal");
  private static final Set<String> INTENSIFIERS =
      Set.of("himself", "herself", "themselves", "itself");

  /** Words that measure a span of time before a verb ({@code less than two weeks ago}). */
  private static final Set<String> TIME_MEASURES =
      Set.of("that", "than", "less", "more", "about", "nearly", "just");

  private static final Set<String> OBJECT_PREPOSITIONS =
      Set.of(
          "to", "of", "in", "on", "at", "for", "with", "by", "from", "about", "into", "during",
          "through", "under", "over", "against", "among", "between", "toward", "towards", "across",
          "within", "without", "via", "amid", "despite", "onto", "upon");
  private static final int MAX_PHRASE = 14;
  private static final int MAX_EXTENDED_PHRASE = 22;
  private static final int MAX_PARENTHETICAL = 24;
  private static final int MAX_RELATIVE_CLAUSE = 32;
  private static final int MAX_PARTY_TAG = 4;
  private static final Pattern PARTY_TAG = Pattern.compile("[RDI]-[A-Z][A-Za-z.]*");
  private static final int MAX_RESTRICTIVE_CLAUSE = 12;
  private static final int MAX_APPOSITION_SEGMENTS = 3;
  private static final Set<String> SUBORDINATORS = Set.of("IN", "WRB", "WDT");

  private final AnnotatedText text;
  private final QuotedSpans quoted;

  SpeakerPhraseFinder(AnnotatedText text, QuotedSpans quoted) {
    this.text = text;
    this.quoted = quoted;
  }

  /** Whether the token names a poll, a survey or a study, whose findings are cited. */
  static boolean isPollNoun(Token token) {
    return POLL_NOUNS.contains(token.lower());
  }

  /** Whether the token is a quantifier that can stand for people on its own ({@code Most}). */
  static boolean isStandaloneQuantifier(Token token) {
    return STANDALONE_QUANTIFIERS.contains(token.lower());
  }

  /** Whether the token is a personal pronoun that can name a speaker. */
  static boolean isSpeakerPronoun(Token token) {
    return token.tag().equals("PRP") && PRONOUNS.contains(token.lower());
  }

  /**
   * The speaker of a cue verb: its subject, or for a participle ({@code ..., saying “...”}, {@code
   * issued a statement calling ...}) or an infinitive ({@code went on to say}) the subject of the
   * last reporting verb before it in the sentence, else of the first finite verb.
   */
  Optional<SpeakerPhrase> subjectOf(int verb, int lower, ReportingVerbs verbs) {
    boolean infinitive =
        text.token(verb).tag().equals("VB") && verb > lower && text.token(verb - 1).is("to");
    if (!text.token(verb).tag().equals("VBG") && !infinitive) {
      return subjectBefore(verb, lower);
    }
    Optional<SpeakerPhrase> absolute = absoluteSubject(verb, lower);
    if (absolute.isPresent()) {
      return absolute;
    }
    int firstFinite = -1;
    for (int k = verb - 1; k >= lower; k--) {
      Token token = text.token(k);
      if (TokenWords.isFiniteVerb(token)) {
        if (verbs.introducesQuote(token)) {
          return subjectBefore(k, lower).map(p -> ownSubject(p, verb));
        }
        firstFinite = k;
      }
    }
    if (firstFinite < 0) {
      return pastReadAsParticiple(verb, lower)
          .map(p -> ownSubject(p, verb))
          .or(() -> mainSubjectAfterOpening(verb, lower));
    }
    int first = firstFinite;
    return mainClause(first, verb, lower)
        .map(Attribution::speaker)
        .or(() -> subjectBefore(first, lower))
        .map(p -> ownSubject(p, verb));
  }

  /**
   * The subject of a participle after "with" that the verb at {@code verb} is or follows ({@code
   * ..., with Trump reportedly yelling: “...”}, {@code with Ana taking to Twitter to call it
   * “...”}), looking back no further than a finite verb.
   */
  private Optional<SpeakerPhrase> absoluteSubject(int verb, int lower) {
    for (int m = verb; m > lower && !TokenWords.isFiniteVerb(text.token(m)); m--) {
      if (!text.token(m).tag().equals("VBG")) {
        continue;
      }
      int j = m - 1;
      while (j >= lower && text.token(j).tag().equals("RB")) {
        j--;
      }
      Optional<SpeakerPhrase> phrase =
          j < lower
              ? Optional.<SpeakerPhrase>empty()
              : phraseEndingAt(j, lower).filter(p -> afterWith(p, lower));
      if (phrase.isPresent()) {
        return phrase;
      }
    }
    return Optional.empty();
  }

  private boolean afterWith(SpeakerPhrase phrase, int lower) {
    return phrase.first() - 1 >= lower && text.token(phrase.first() - 1).is("with");
  }

  /**
   * The subject of the main clause after an opening phrase that the participle at {@code verb}
   * heads ({@code After suggesting that he regretted it, Rubio ...}, {@code But before saying so,
   * ...}): the subject of the first finite verb whose subject follows a comma.
   */
  private Optional<SpeakerPhrase> mainSubjectAfterOpening(int verb, int lower) {
    for (int k = lower; k < verb; k++) {
      String tag = text.token(k).tag();
      if (!tag.equals("IN") && !tag.startsWith("RB") && !tag.equals("CC")) {
        return Optional.empty();
      }
    }
    int to = text.sentenceEnd(text.token(verb).sentence());
    for (int k = verb + 1; k < to; k++) {
      if (!TokenWords.isFiniteVerb(text.token(k))) {
        continue;
      }
      Optional<SpeakerPhrase> subject =
          subjectBefore(k, verb + 1).filter(p -> isComma(p.first() - 1, verb + 1));
      if (subject.isPresent()) {
        return subject;
      }
    }
    return Optional.empty();
  }

  /**
   * The first finite verb in tokens {@code [from, to)} that stands in a main clause rather than
   * after "before", "when" or "that", with its subject ({@code Even before Ana spoke, her office
   * sent out a note saying ...} is the office's).
   */
  Optional<Attribution> mainClause(int from, int to, int lower) {
    for (int k = from; k < to; k++) {
      if (TokenWords.isFiniteVerb(text.token(k))) {
        Optional<SpeakerPhrase> subject = subjectBefore(k, lower);
        if (subject.isPresent() && !leadsSubordinateClause(subject.get(), lower)) {
          return Optional.of(new Attribution(k, k + 1, subject.get()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a subject phrase opens a subordinate clause: "before", "when", "that" or a verb stands
   * right before it ({@code Even before Ana spoke}, {@code Bo said Ana ...}).
   */
  boolean leadsSubordinateClause(SpeakerPhrase subject, int lower) {
    int lead = subject.first() - 1;
    return lead >= lower && opensSubordinateClause(text.token(lead));
  }

  /**
   * The subject right before a participle that stands for a past tense the tagger misread, in a
   * sentence with no finite verb before token {@code verb} ({@code Husted continued by saying}).
   */
  private Optional<SpeakerPhrase> pastReadAsParticiple(int verb, int lower) {
    for (int k = lower + 1; k < verb; k++) {
      Token before = text.token(k - 1);
      if (text.token(k).tag().equals("VBN") && (before.isNoun() || isSpeakerPronoun(before))) {
        return subjectBefore(k, lower);
      }
    }
    return Optional.empty();
  }

  /**
   * The reporter whose clause a speaker phrase stands in ({@code Ana said he told them ...}, {@code
   * Ana told Bo on Monday that he ...}): the subject of the reporting verb right before the phrase,
   * or of the nearest one before a {@code that} right before it, back to token {@code lower}.
   */
  Optional<Attribution> reporterOf(SpeakerPhrase inner, int lower, ReportingVerbs verbs) {
    int k = inner.first() - 1;
    int verb = -1;
    if (k >= lower && verbs.introducesThatClause(text.token(k))) {
      verb = TokenWords.isFiniteVerb(text.token(k)) ? k : -1;
    } else if (k >= lower && text.token(k).is("that")) {
      for (int m = k - 1; m >= lower && !TokenWords.isClauseBreak(text.token(m)); m--) {
        Token token = text.token(m);
        if (verbs.introducesThatClause(token) && !token.tag().equals("VBN")) {
          verb = m;
          break;
        }
      }
    }
    if (verb < 0) {
      return Optional.empty();
    }
    int cue = verb;
    return subjectOf(verb, lower, verbs).map(p -> new Attribution(cue, cue + 1, p));
  }

  /**
   * The subject of the verb at {@code verb}, looking no further left than token {@code lower}:
   * skips adverbs and auxiliaries, a time phrase ({@code less than two weeks ago}), a parenthetical
   * between commas, a relative "who" or "which", and a modifier holding the object of a preposition
   * ({@code Another source speaking to Radio Linz said} is the source's).
   */
  Optional<SpeakerPhrase> subjectBefore(int verb, int lower) {
    int j = verb - 1;
    while (j >= lower && isAuxiliary(text.token(j))) {
      j--;
    }
    if (j >= lower && isVerbCoordinator(text.token(j))) {
      return sharedSubject(j, lower);
    }
    if (j >= lower && TokenWords.isTimeWord(text.token(j))) {
      while (j >= lower
          && (TokenWords.isTimeWord(text.token(j))
              || TokenWords.isTimeLead(text.token(j))
              || TIME_MEASURES.contains(text.token(j).lower())
              || text.token(j).tag().equals("CD"))) {
        j--;
      }
      while (j >= lower && isAuxiliary(text.token(j))) {
        j--;
      }
    }
    j = skipParenthesesBackward(j, lower);
    if (j >= lower && isRelativePronoun(text.token(j))) {
      int relative = j;
      return antecedent(j - 1, lower).map(p -> p.through(relative));
    }
    if (TokenWords.isFiniteVerb(text.token(verb))) {
      Optional<SpeakerPhrase> modified = restrictedByRelativeClause(j, lower);
      if (modified.isPresent()) {
        return modified;
      }
    }
    Optional<SpeakerPhrase> group = groupEndingAt(j, lower);
    if (group.isPresent()) {
      return group;
    }
    if (j - 1 >= lower && text.token(j).tag().equals("VBN") && text.token(j - 1).isNoun()) {
      j--;
    }
    Optional<SpeakerPhrase> phrase = phraseEndingAt(j, lower);
    boolean finite = TokenWords.isFiniteVerb(text.token(verb));
    if (finite && phrase.isPresent() && isObject(phrase.get(), lower)) {
      return modifiedNoun(phrase.get().first() - 2, lower).or(() -> phrase);
    }
    return phrase.map(p -> pollOf(p).orElse(p));
  }

  /**
   * A subject whose relative clause, without commas, ends at token {@code j} ({@code The officials
   * who run the program said}, {@code Voters whose homes flooded said}): the noun the clause
   * modifies is the subject, as with a relative clause between commas, not the clause's last noun.
   */
  private Optional<SpeakerPhrase> restrictedByRelativeClause(int j, int lower) {
    if (j < lower || text.token(j).is(",") || text.token(j).tag().equals("PRP")) {
      return Optional.empty();
    }
    for (int r = j - 1; r > lower && r > j - MAX_RESTRICTIVE_CLAUSE; r--) {
      Token token = text.token(r);
      if (endsRelativeSearch(token)) {
        return Optional.empty();
      }
      boolean relative =
          token.is("whose")
              ? hasVerb(r + 2, j + 1)
              : (token.is("who") || (token.is("that") && token.tag().equals("WDT")))
                  && startsVerbGroup(r + 1, j + 1);
      if (relative && text.token(r - 1).isNoun()) {
        return phraseEndingAt(r - 1, lower, false);
      }
    }
    return Optional.empty();
  }

  /**
   * A token no relative clause before a subject's verb holds: a comma or dash, a conjunction, a
   * subordinator ({@code when}, {@code the fact that}, {@code than}) or a clause break.
   */
  private static boolean endsRelativeSearch(Token token) {
    String tag = token.tag();
    return token.is(",")
        || TokenWords.isDash(token)
        || TokenWords.isClauseBreak(token)
        || tag.equals("CC")
        || tag.equals("WRB")
        || (tag.equals("IN") && (token.is("that") || token.is("than")));
  }

  /** Whether a verb, a modal or an adverb before one stands at {@code k}, before {@code to}. */
  private boolean startsVerbGroup(int k, int to) {
    int v = k < to && text.token(k).tag().startsWith("RB") ? k + 1 : k;
    return v < to && (text.token(v).isVerb() || text.token(v).tag().equals("MD"));
  }

  private boolean hasVerb(int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.token(k).isVerb()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The poll a share of respondents answered in, when the sentence opens with it ({@code In a
   * CNN/ORC poll released Monday, 31% of Republicans said ...}): the poll is the source, as a
   * reader cites it.
   */
  private Optional<SpeakerPhrase> pollOf(SpeakerPhrase respondents) {
    int comma = respondents.first() - 1;
    int start = text.sentenceStart(text.token(respondents.first()).sentence());
    if (comma <= start + 1 || !text.token(start).is("in") || !text.token(comma).is(",")) {
      return Optional.empty();
    }
    boolean share = false;
    for (int k = respondents.first(); k < respondents.headEnd(); k++) {
      Token token = text.token(k);
      share |= token.tag().equals("CD") || token.is("%") || token.is("percent");
    }
    int poll = -1;
    for (int k = start + 1; k < comma; k++) {
      if (isPollNoun(text.token(k))) {
        poll = k;
      }
    }
    return share && poll > 0
        ? Optional.of(new SpeakerPhrase(start + 1, comma, poll + 1))
        : Optional.empty();
  }

  /**
   * A group of people ending at token {@code j} that no noun heads: a participle after {@code
   * those} ({@code Those surveyed said}), a part of a pronoun ({@code most of them}, {@code two of
   * us}) or a share of those asked ({@code Two in three said}, {@code about 4 in 10 say}). A
   * participle after a noun ({@code A report published Wednesday said}) is left to the caller,
   * which takes the noun.
   */
  private Optional<SpeakerPhrase> groupEndingAt(int j, int lower) {
    if (j - 1 < lower) {
      return Optional.empty();
    }
    Token last = text.token(j);
    if (j - 2 >= lower
        && last.tag().equals("CD")
        && text.token(j - 1).is("in")
        && text.token(j - 2).tag().equals("CD")) {
      int start = j - 2;
      boolean approximately = start - 1 >= lower && text.token(start - 1).tag().startsWith("RB");
      if (approximately || (start - 1 >= lower && text.token(start - 1).is("about"))) {
        start--;
      }
      return Optional.of(new SpeakerPhrase(start, j + 1, j + 1));
    }
    if (last.tag().equals("VBN") && text.token(j - 1).is("those")) {
      return Optional.of(new SpeakerPhrase(j - 1, j + 1, j + 1));
    }
    boolean partOf =
        (last.is("them") || last.is("us"))
            && j - 2 >= lower
            && text.token(j - 1).is("of")
            && QUANTIFIER_TAGS.contains(text.token(j - 2).tag());
    return partOf ? Optional.of(new SpeakerPhrase(j - 2, j + 1, j + 1)) : Optional.empty();
  }

  /**
   * Whether a phrase before a finite verb is the object of a preposition or of an infinitive inside
   * the clause rather than its subject ({@code speaking to Radio Linz}, {@code to discuss
   * strategy}, {@code in her opening remarks}); a preposition that opens the clause ({@code In 2011
   * Ana}) or follows a noun, which it belongs to ({@code a story by the website Linz Daily}), does
   * not count, nor does a phrase holding a second determiner, which starts a clause of its own
   * ({@code on the one law the founders wrote}).
   */
  private boolean isObject(SpeakerPhrase phrase, int lower) {
    int k = phrase.first() - 1;
    for (int m = phrase.first() + 1; m < phrase.headEnd(); m++) {
      if (text.token(m).tag().equals("DT")) {
        return false;
      }
    }
    if (k - 1 < lower || TokenWords.isClauseBreak(text.token(k - 1)) || isComma(k - 1, lower)) {
      return false;
    }
    Token token = text.token(k);
    String tag = token.tag();
    boolean preposition =
        (tag.equals("IN") || tag.equals("TO")) && OBJECT_PREPOSITIONS.contains(token.lower());
    if (preposition) {
      return !text.token(k - 1).isNoun();
    }
    return tag.equals("VB") && text.token(k - 1).is("to");
  }

  /**
   * The subject whose modifier holds the words up to token {@code k}: the nearest noun phrase
   * before them that is no object itself ({@code Another source speaking to Radio Linz said},
   * {@code sources close to her campaign say}, {@code Ana said in her opening remarks}), or the
   * antecedent of a relative pronoun ({@code an official who spoke to discuss strategy said}); a
   * comma ends the search unless a participle follows it ({@code Ana, speaking at a rally in Linz,
   * warned}).
   */
  private Optional<SpeakerPhrase> modifiedNoun(int k, int lower) {
    int m = skipParenthesesBackward(k, lower);
    while (m >= lower && m > k - MAX_PARENTHETICAL) {
      Token token = text.token(m);
      boolean participleAfter =
          m + 1 < text.size()
              && (text.token(m + 1).tag().equals("VBG") || text.token(m + 1).tag().equals("VBN"));
      if (TokenWords.isClauseBreak(token) || (isComma(m, lower) && !participleAfter)) {
        return Optional.empty();
      }
      if (isRelativePronoun(token) || token.tag().equals("WDT")) {
        return antecedent(m - 1, lower);
      }
      if (token.isNoun()) {
        Optional<SpeakerPhrase> phrase = phraseEndingAt(m, lower);
        if (phrase.isEmpty() || !isObject(phrase.get(), lower)) {
          return phrase;
        }
        m = phrase.get().first() - 1;
      }
      m = skipParenthesesBackward(m - 1, lower);
    }
    return Optional.empty();
  }

  /** The phrase a relative pronoun after token {@code j} stands for ({@code Ana Lind, who}). */
  private Optional<SpeakerPhrase> antecedent(int j, int lower) {
    return phraseEndingAt(isComma(j, lower) ? j - 1 : j, lower, false);
  }

  /**
   * The subject phrase whose last token is {@code j}, or which ends before an apposition with
   * commas ending at {@code j}.
   */
  private Optional<SpeakerPhrase> phraseEndingAt(int j, int lower) {
    return phraseEndingAt(j, lower, true);
  }

  /**
   * As {@link #phraseEndingAt(int, int)}; {@code acrossTo} lets the phrase run back over {@code to}
   * after a noun ({@code A longtime adviser to Kessler said} is the adviser's). Not for the
   * antecedent of a relative pronoun, which is the nearer noun more often ({@code tying the bill to
   * Rubio, who voted for it}).
   */
  private Optional<SpeakerPhrase> phraseEndingAt(int j, int lower, boolean acrossTo) {
    if (isComma(j, lower) && isPartyTag(j - 1, lower)) {
      j = skipParenthesesBackward(j - 1, lower);
    }
    if (isCommaBeforeClosingMark(j, lower)) {
      j--;
    }
    for (int segment = 0; segment < MAX_APPOSITION_SEGMENTS && isComma(j, lower); segment++) {
      int k = skipQuotedBackward(j - 1, lower);
      while (k >= lower && k > j - MAX_RELATIVE_CLAUSE && !isHardBoundary(text.token(k))) {
        if (text.token(k).text().equals(",")) {
          break;
        }
        k = skipQuotedBackward(k - 1, lower);
      }
      if (k < lower || !text.token(k).text().equals(",")) {
        return Optional.empty();
      }
      boolean relative = isRelativePronoun(text.token(k + 1));
      if (!relative && (k <= j - MAX_PARENTHETICAL || opensMainClause(k + 1, j))) {
        return Optional.empty();
      }
      j = skipParenthesesBackward(k - 1, lower);
      int partyComma = commaBeforePartyTag(j, lower);
      if (partyComma > lower) {
        j = partyComma - 1;
        break;
      }
      if (isAsideAdverb(j, lower)) {
        j -= 2;
        break;
      }
      if (!insideApposition(j, lower)) {
        break;
      }
      j = k;
    }
    if (j < lower) {
      return Optional.empty();
    }
    Token head = text.token(j);
    if (isSpeakerPronoun(head)) {
      return Optional.of(new SpeakerPhrase(j, j + 1, j + 1));
    }
    boolean numberHead = head.tag().equals("CD") && j > lower && text.token(j - 1).is("of");
    if (!isHead(j) && !numberHead) {
      return Optional.empty();
    }
    int start = j;
    while (start - 1 >= lower
        && j - start < MAX_PHRASE
        && (isNounPhraseToken(start - 1)
            || (isPreposition(text.token(start - 1))
                && start - 2 >= lower
                && isNounPhraseToken(start - 2))
            || (acrossTo
                && text.token(start - 1).is("to")
                && start - 2 >= lower
                && text.token(start - 2).isNoun()))) {
      start--;
    }
    while (start <= j && !isNounPhraseToken(start)) {
      start++;
    }
    return Optional.of(extend(start, j + 1));
  }

  /**
   * The subject a verb after {@code and} or {@code but} shares with the verb before it ({@code He
   * thanked the crew but said ...}, {@code She looked up, smiled and said ...}): the subject of the
   * nearest finite verb before the conjunction that does not itself follow a comma, unless the
   * comma closes an apposition to its subject ({@code Ana, a nurse, stood up and said}), passing
   * over subjects of subordinate clauses ({@code Ana said the plan works and added ...} is Ana's)
   * and quoted words inside the clause before ({@code He called it “a mess” and said ...}).
   */
  private Optional<SpeakerPhrase> sharedSubject(int conjunction, int lower) {
    int v = conjunction - 1;
    while (v >= lower) {
      int quote = quoted.indexCovering(text.token(v).start());
      int open = quote < 0 ? -1 : text.firstTokenAtOrAfter(quoted.get(quote).open());
      if (open > lower && !TokenWords.isClauseBreak(text.token(open - 1))) {
        v = open - 1;
        continue;
      }
      if (TokenWords.isClauseBreak(text.token(v))) {
        break;
      }
      int before = v - 1;
      while (before >= lower && isAuxiliary(text.token(before))) {
        before--;
      }
      int comma = before >= lower && text.token(before).is(",") ? before : -1;
      Optional<SpeakerPhrase> subject =
          TokenWords.isFiniteVerb(text.token(v)) || isPastAfterApposition(v, comma, lower)
              ? subjectBefore(v, lower).filter(p -> comma < 0 || isApposedTo(p, comma))
              : Optional.empty();
      if (subject.isPresent()) {
        int lead = subject.get().first() - 1;
        if (lead < lower || !opensSubordinateClause(text.token(lead))) {
          return subject.map(p -> ownSubject(p, conjunction));
        }
        v = lead;
      } else {
        v--;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether token {@code j} is a closing quote mark right after a comma, as American style sets the
   * comma that ends an apposition ({@code Ana, host of “Morning Joe,” said}).
   */
  private boolean isCommaBeforeClosingMark(int j, int lower) {
    if (j - 1 < lower || !isComma(j - 1, lower)) {
      return false;
    }
    int span = quoted.indexCovering(text.token(j).start());
    return span >= 0 && quoted.get(span).close() == text.token(j).start();
  }

  /**
   * Token {@code k}, or when it lies inside quote marks that open after token {@code lower}, the
   * token before the opening mark: a title or term in quotes is part of an apposition ({@code Ana,
   * citing “the magic of Trump,” said}).
   */
  private int skipQuotedBackward(int k, int lower) {
    if (k < lower) {
      return k;
    }
    int span = quoted.indexCovering(text.token(k).start());
    if (span < 0 || quoted.get(span).open() < text.token(lower).start()) {
      return k;
    }
    return text.firstTokenAtOrAfter(quoted.get(span).open()) - 1;
  }

  /**
   * Whether the verb at {@code v} is a past tense the tagger read as a participle after the comma
   * that closes an apposition ({@code Bo, a spokesman for Ana, called on him to quit and said}): a
   * participle right after the comma with no finite verb before it in the sentence.
   */
  private boolean isPastAfterApposition(int v, int comma, int lower) {
    return comma == v - 1
        && text.token(v).tag().equals("VBN")
        && !TokenWords.hasFiniteVerb(text, lower, v);
  }

  /** Whether only an apposition, no clause, stands between the phrase and the comma. */
  private boolean isApposedTo(SpeakerPhrase phrase, int comma) {
    return phrase.first() < comma && !TokenWords.hasFiniteVerb(text, phrase.end(), comma);
  }

  /**
   * The subject of a verb at token {@code k} after a verb whose subject is {@code phrase}: the
   * antecedent itself when {@code phrase} speaks through a relative pronoun whose clause a comma
   * closes before {@code k} ({@code Ana Lind, who met them, smiled and said} is Ana Lind's).
   */
  private SpeakerPhrase ownSubject(SpeakerPhrase phrase, int k) {
    if (phrase.relative() < 0) {
      return phrase;
    }
    for (int c = phrase.relative() + 1; c < k; c++) {
      if (text.token(c).is(",")) {
        return phrase.antecedent();
      }
    }
    return phrase;
  }

  /** Whether a word before a subject makes its clause subordinate: "that", "after", "said". */
  private static boolean opensSubordinateClause(Token token) {
    return token.is("that")
        || SUBORDINATORS.contains(token.tag())
        || TokenWords.isFiniteVerb(token);
  }

  private boolean isComma(int index, int lower) {
    return index >= lower && text.token(index).text().equals(",");
  }

  /**
   * Whether token {@code j} closes a party and state tag after a politician's name ({@code Kasich
   * (R-OH)}, {@code Reed (D-R.I.)}): a comma after it ends the name, not an apposition.
   */
  private boolean isPartyTag(int j, int lower) {
    int open = skipParenthesesBackward(j, lower) + 1;
    if (open == j + 1 || j - open > 6) {
      return false;
    }
    String party = text.token(open + 1).text();
    return party.length() == 1 && "RDI".contains(party);
  }

  /**
   * The comma before a party and state tag between commas that ends at token {@code j} ({@code
   * Graham, R-S.C., a candidate, said}, {@code Rubio, R-Fla., ...}), or -1.
   */
  private int commaBeforePartyTag(int j, int lower) {
    StringBuilder tag = new StringBuilder();
    for (int k = j; k >= lower && k > j - MAX_PARTY_TAG; k--) {
      if (text.token(k).is(",")) {
        return PARTY_TAG.matcher(tag).matches() ? k : -1;
      }
      tag.insert(0, text.token(k).text());
    }
    return -1;
  }

  /**
   * Whether the words between two commas, tokens {@code [first, comma)}, open with a subject and
   * its finite verb ({@code As X rose, candidates have more room, said Y}): a clause, not an
   * apposition to a subject before it.
   */
  private boolean opensMainClause(int first, int comma) {
    int verb = TokenWords.firstFiniteVerb(text, first, comma);
    return verb > first && verb < comma && text.token(first).isNoun();
  }

  /** An adverb alone between commas after the subject ({@code Sanders, meanwhile, who ...}). */
  private boolean isAsideAdverb(int j, int lower) {
    return j - 2 >= lower && text.token(j).tag().equals("RB") && isComma(j - 1, lower);
  }

  /**
   * Whether the words ending at token {@code j} are one part of an apposition with commas of its
   * own rather than the subject: an age ({@code Jo Ray, 30, said}) or a phrase after a preposition
   * ({@code Ana Lind, during a visit to Linz, Austria, said}).
   */
  private boolean insideApposition(int j, int lower) {
    if (j < lower) {
      return false;
    }
    if (text.token(j).tag().equals("CD") && isComma(j - 1, lower)) {
      return true;
    }
    int start = j;
    while (start - 1 >= lower
        && (isNounPhraseToken(start - 1)
            || (isPreposition(text.token(start - 1))
                && start - 2 >= lower
                && isNounPhraseToken(start - 2)))) {
      start--;
    }
    return start - 1 > lower
        && text.token(start - 1).tag().equals("IN")
        && isComma(start - 2, lower);
  }

  /** The speaker phrase starting at token {@code from}, ending before token {@code upper}. */
  Optional<SpeakerPhrase> phraseAt(int from, int upper) {
    if (from >= upper) {
      return Optional.empty();
    }
    Token first = text.token(from);
    if (isSpeakerPronoun(first)) {
      return Optional.of(new SpeakerPhrase(from, from + 1, from + 1));
    }
    if (!isNounPhraseToken(from)) {
      return Optional.empty();
    }
    int end = headedPhraseEnd(from, Math.min(upper, from + MAX_PHRASE));
    if (end == from && !first.is("one")) {
      return Optional.empty();
    }
    return Optional.of(
        withNameAfter(extend(from, Math.min(upper, from + MAX_EXTENDED_PHRASE)), upper));
  }

  /**
   * The first noun phrase in tokens {@code [from, upper)} that holds a person's name, else the
   * first that holds an organization's ({@code the Washington-based think-tank The Brookings
   * Institution}), else the first noun phrase there at all.
   */
  Optional<SpeakerPhrase> personPhraseIn(int from, int upper) {
    Optional<SpeakerPhrase> organization = Optional.empty();
    Optional<SpeakerPhrase> first = Optional.empty();
    for (int j = from; j < upper; j++) {
      Optional<SpeakerPhrase> phrase = phraseAt(j, upper);
      if (phrase.isEmpty()) {
        continue;
      }
      if (holds(phrase.get(), "PERSON")) {
        return phrase;
      }
      if (holds(phrase.get(), "ORGANIZATION")) {
        organization = organization.or(() -> phrase);
      }
      first = first.or(() -> phrase);
      j = phrase.get().end() - 1;
    }
    return organization.isPresent() ? organization : first;
  }

  private boolean holds(SpeakerPhrase phrase, String ner) {
    for (int k = phrase.first(); k < phrase.end(); k++) {
      if (text.token(k).ner().equals(ner)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code said the city's chief librarian, Samuel Osei.}: a description with no name of its own,
   * then a comma and a person's name that ends the sentence, is one speaker phrase headed by the
   * name; a name between commas ({@code the nominee, Ana Lind, tweeted}) is left to the apposition
   * rules of the verb after it.
   */
  private SpeakerPhrase withNameAfter(SpeakerPhrase phrase, int upper) {
    int comma = phrase.end();
    if (comma + 1 >= upper || !text.token(comma).is(",")) {
      return phrase;
    }
    if (holds(phrase, "PERSON")) {
      return phrase;
    }
    int end = comma + 1;
    while (end < upper && isPersonName(text.token(end))) {
      end++;
    }
    boolean closes = end == upper || TokenWords.isSentenceFinal(text.token(end));
    return end > comma + 1 && closes ? new SpeakerPhrase(phrase.first(), end, end) : phrase;
  }

  private static boolean isPersonName(Token token) {
    return token.ner().equals("PERSON");
  }

  /**
   * Skips a bracketed aside ending at token {@code j}, "(D-Wis.)", or one between dashes ({@code
   * The justice -- who ... -- said}); returns the token before it.
   */
  int skipParenthesesBackward(int j, int lower) {
    boolean dash = j >= lower && TokenWords.isDash(text.token(j));
    if (j < lower || !(isClosingBracket(text.token(j)) || dash)) {
      return j;
    }
    for (int k = j - 1; k >= lower && k > j - MAX_PARENTHETICAL; k--) {
      if (dash ? TokenWords.isDash(text.token(k)) : isOpeningBracket(text.token(k))) {
        return k > lower && k < j - 1 ? k - 1 : j;
      }
    }
    return j;
  }

  /** Skips a bracketed aside starting at token {@code k}; returns the token after it. */
  int skipParenthesesForward(int k, int upper) {
    if (k >= upper || !isOpeningBracket(text.token(k))) {
      return k;
    }
    for (int m = k + 1; m < upper && m < k + MAX_PARENTHETICAL; m++) {
      if (isClosingBracket(text.token(m))) {
        return m + 1;
      }
    }
    return k;
  }

  private static boolean isOpeningBracket(Token token) {
    return token.text().equals("(") || token.text().equals("[");
  }

  private static boolean isClosingBracket(Token token) {
    return token.text().equals(")") || token.text().equals("]");
  }

  /** Extends a head phrase {@code [start, headEnd)} by prepositional phrases with proper nouns. */
  private SpeakerPhrase extend(int start, int limit) {
    int headEnd = start;
    while (headEnd < limit && isNounPhraseToken(headEnd)) {
      headEnd++;
    }
    while (headEnd > start + 1 && !isHead(headEnd - 1)) {
      headEnd--;
    }
    int end = knowingEnd(headEnd, limit);
    while (end < limit && isPreposition(text.token(end))) {
      int r = end + 1;
      boolean proper = false;
      while (r < limit && isNounPhraseToken(r)) {
        proper |= text.token(r).isProperNoun();
        r++;
      }
      if (!proper || r == end + 1) {
        break;
      }
      end = r;
    }
    return new SpeakerPhrase(start, end, headEnd);
  }

  /**
   * The end of what says how a source knows, right after its head ({@code people familiar with the
   * matter}, {@code a source close to the talks}, {@code officials briefed on the plan}): one of
   * those words, a preposition and a noun phrase or a pronoun ({@code close to him}); else {@code
   * headEnd}.
   */
  private int knowingEnd(int headEnd, int limit) {
    if (headEnd + 2 >= limit
        || !KNOWING_WORDS.contains(text.token(headEnd).lower())
        || !(text.token(headEnd + 1).tag().equals("IN")
            || text.token(headEnd + 1).tag().equals("TO"))) {
      return headEnd;
    }
    if (text.token(headEnd + 2).tag().equals("PRP")) {
      return headEnd + 3;
    }
    int end = headedPhraseEnd(headEnd + 2, limit);
    return end > headEnd + 2 ? end : headEnd;
  }

  /**
   * The end of the run of noun-phrase tokens from token {@code from}, before {@code limit}, cut
   * back to its last head; {@code from} when the run holds none.
   */
  private int headedPhraseEnd(int from, int limit) {
    int end = from;
    while (end < limit && isNounPhraseToken(end)) {
      end++;
    }
    while (end > from && !isHead(end - 1)) {
      end--;
    }
    return end;
  }

  /**
   * Whether token {@code k} can end a noun phrase: a noun, an age ({@code the 43-year-old}),
   * "another" standing for one more of those just named ({@code Another tweeted, “...”}) or a
   * quantifier standing for some of them ({@code Most said}, {@code Both agreed}).
   */
  private boolean isHead(int k) {
    Token token = text.token(k);
    return token.isNoun()
        || TokenWords.endsAge(text, k)
        || token.is("another")
        || (isStandaloneQuantifier(token) && isNounPhraseToken(k));
  }

  private boolean isNounPhraseToken(int index) {
    Token token = text.token(index);
    return switch (token.tag()) {
      case "DT",
          "PDT",
          "JJ",
          "JJR",
          "JJS",
          "NN",
          "NNS",
          "NNP",
          "NNPS",
          "CD",
          "PRP$",
          "POS",
          "HYPH" ->
          !token.is("that");
      case "VBN", "VBG" -> index + 1 < text.size() && text.token(index + 1).isNoun();
      case "CC" ->
          token.is("&")
              || (token.is("and") && index > 0 && index + 1 < text.size() && joinsNominals(index));
      default -> false;
    };
  }

  /**
   * Whether the {@code and} at a token joins parts of one noun phrase: two names ({@code Anna Lind
   * and Jo Ray}) or two descriptions under one determiner, the second with a modifier of its own
   * ({@code the Vienna senator and Green presidential candidate}).
   */
  private boolean joinsNominals(int and) {
    Token before = text.token(and - 1);
    Token after = text.token(and + 1);
    if ((before.isProperNoun() && after.isProperNoun())
        || (before.tag().equals("NNS") && after.tag().equals("NNS"))) {
      return true;
    }
    boolean modifierFollows =
        and + 2 < text.size()
            && (text.token(and + 2).tag().startsWith("JJ")
                || text.token(and + 2).tag().startsWith("NN"));
    boolean modifier = after.isProperNoun() || after.tag().equals("JJ");
    return before.isNoun() && modifier && modifierFollows;
  }

  private static boolean isPreposition(Token token) {
    return token.tag().equals("IN") && PREPOSITIONS.contains(token.lower());
  }

  /** A word that may stand between a subject and its verb: an adverb, auxiliary or "himself". */
  private static boolean isAuxiliary(Token token) {
    return token.tag().equals("RB")
        || token.tag().equals("MD")
        || AUXILIARIES.contains(token.lower())
        || INTENSIFIERS.contains(token.lower());
  }

  private static boolean isVerbCoordinator(Token token) {
    return token.tag().equals("CC") && (token.is("and") || token.is("but"));
  }

  private static boolean isRelativePronoun(Token token) {
    return (token.tag().equals("WP") && token.is("who"))
        || (token.tag().equals("WDT") && token.is("which"));
  }

  private static boolean isHardBoundary(Token token) {
    String t = token.text();
    return t.equals(".")
        || t.equals(";")
        || t.equals(":")
        || t.equals("“")
        || t.equals("”")
        || t.equals("\"");
  }
}

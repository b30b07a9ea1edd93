package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.enrich.nlp.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Token bounds the reported-speech rules share: where a reported clause ends, how far left its
 * subject may start, whether another clause took its tokens, and the clause itself as code units.
 */
final class ClauseSpans {

  /** Most tokens, marks included, of a quoted term inside an apposition. */
  private static final int MAX_APPOSED_TERM = 10;

  private static final Set<String> SUBORDINATORS =
      Set.of(
          "while",
          "although",
          "though",
          "because",
          "as",
          "when",
          "whereas",
          "since",
          "after",
          "before",
          "if",
          "unless",
          "once",
          "until");

  private final AnnotatedText text;
  private final QuotedSpans quoted;
  private final ReportingVerbs verbs;

  ClauseSpans(AnnotatedText text, QuotedSpans quoted, ReportingVerbs verbs) {
    this.text = text;
    this.quoted = quoted;
    this.verbs = verbs;
  }

  /**
   * One past the last content token: the sentence end without its final punctuation, the comma
   * before a further cue ({@code ..., saying, “...”}), or the conjunction before a coordinated
   * reporting verb, which starts an attribution of its own ({@code ... and warn that ...}).
   */
  int contentEnd(int content, int to) {
    int end = to;
    for (int i = content + 1; i + 1 < to; i++) {
      Token next = text.token(i + 1);
      boolean cueFollows = next.tag().equals("VBG") && verbs.introducesQuote(next);
      if (text.token(i).is(",") && cueFollows) {
        end = i;
        break;
      }
      if (isConjunction(text.token(i)) && isCoordinatedCue(i + 1, to)) {
        end = i > content + 1 && text.token(i - 1).is(",") ? i - 1 : i;
        break;
      }
    }
    while (end > content && TokenWords.isSentenceFinal(text.token(end - 1))) {
      end--;
    }
    return end;
  }

  /**
   * {@code While Democrats pushed for new talks, Cornyn ...}: a cue in a clause that a
   * subordinating conjunction opens at the sentence start {@code from} attributes no further than
   * that clause's comma; {@code end} otherwise (and when a comma stands between the conjunction and
   * the cue).
   */
  int subordinateEnd(int from, int cue, int end) {
    if (!SUBORDINATORS.contains(text.token(from).lower())) {
      return end;
    }
    for (int i = from + 1; i < cue; i++) {
      if (text.token(i).is(",")) {
        return end;
      }
    }
    for (int i = cue + 1; i < end; i++) {
      if (text.token(i).is(",")) {
        return i;
      }
    }
    return end;
  }

  private static boolean isConjunction(Token token) {
    return token.is("and") || token.is("but") || token.is("then");
  }

  /**
   * Whether a finite reporting verb with a that-clause starts at the token, after a subject pronoun
   * or quantifier ({@code and he added that ...}, {@code and some argued ...}) and "also"/"then".
   */
  private boolean isCoordinatedCue(int first, int to) {
    int verb = first;
    if (verb < to
        && (SpeakerPhraseFinder.isSpeakerPronoun(text.token(verb))
            || SpeakerPhraseFinder.isStandaloneQuantifier(text.token(verb)))) {
      verb++;
    }
    while (verb < to && (text.token(verb).is("also") || text.token(verb).is("then"))) {
      verb++;
    }
    if (verb >= to) {
      return false;
    }
    Token token = text.token(verb);
    return TokenWords.isTensed(token) && verbs.introducesThatClause(token);
  }

  /**
   * The first token a subject may start at: the sentence start or after a closing quote mark; the
   * sentence start for a verb after "and" or "but", whose subject the verb before it shares ({@code
   * He called it “a mess” and said ...}).
   */
  int lowerBound(int from, int verb) {
    int quote = quoted.indexCovering(text.token(verb).start());
    int coordinator = verb - 1;
    while (coordinator >= from && text.token(coordinator).tag().startsWith("RB")) {
      coordinator--;
    }
    boolean shared =
        coordinator >= from
            && (text.token(coordinator).is("and") || text.token(coordinator).is("but"));
    if (quote < 0 && shared) {
      return from;
    }
    int lower = from;
    for (int i = verb - 1; i >= from; i--) {
      int span = quoted.indexCovering(text.token(i).start());
      if (span < 0) {
        continue;
      }
      int open = text.firstTokenAtOrAfter(quoted.get(span).open());
      if (!isTermInApposition(span, open, from, i)) {
        lower = i + 1;
        break;
      }
      i = open;
    }
    return quote >= 0 ? verb : lower;
  }

  /**
   * Whether quoted span {@code span}, from token {@code open} to token {@code close}, is a short
   * term inside an apposition between commas, its closing comma inside the marks ({@code Ana, host
   * of “Morning Joe,” said}, {@code Bo, citing “the magic of Trump,” said}): no one's words that
   * bound the subject.
   */
  private boolean isTermInApposition(int span, int open, int from, int close) {
    QuotedSpan quote = quoted.get(span);
    if (!quote.closed()
        || close - open > MAX_APPOSED_TERM
        || text.text().charAt(quote.contentEnd() - 1) != ',') {
      return false;
    }
    for (int k = open - 1; k >= from; k--) {
      if (text.token(k).is(",")) {
        return true;
      }
      if (quoted.covers(text.token(k).start()) || TokenWords.isFiniteVerb(text.token(k))) {
        return false;
      }
    }
    return false;
  }

  /** Whether a clause already found overlaps the tokens {@code [first, end)}. */
  boolean takenBy(List<ReportedClause> clauses, int first, int end) {
    return overlapping(clauses, first, end).isPresent();
  }

  /** The first clause already found that overlaps the tokens {@code [first, end)}. */
  Optional<ReportedClause> overlapping(List<ReportedClause> clauses, int first, int end) {
    int start = text.token(first).start();
    int stop = text.token(end - 1).end();
    return clauses.stream().filter(c -> c.start() < stop && c.end() > start).findFirst();
  }

  /** Whether quote marks stand in the tokens. */
  boolean holdsQuotedWords(int first, int end) {
    for (int i = first; i < end; i++) {
      if (quoted.covers(text.token(i).start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code I think}, {@code we want} in a paragraph with quote marks: in news these stand inside
   * someone's quoted words, whose speaker the first person is, so the quote rules attribute them.
   * In a paragraph without any (an interview's answer, an opinion piece, a letter) they are the
   * writer's own.
   */
  boolean isQuotedFirstOrSecondPerson(SpeakerPhrase subject) {
    if (!subject.isSingleToken()) {
      return false;
    }
    String word = text.token(subject.first()).text().toLowerCase(Locale.ROOT);
    boolean person = word.equals("i") || word.equals("we") || word.equals("you");
    return person && paragraphHasQuoteMark(subject.first());
  }

  private boolean paragraphHasQuoteMark(int index) {
    int paragraph = text.paragraphOf(text.token(index).start());
    int first = text.firstTokenAtOrAfter(text.paragraphStart(paragraph));
    int end = text.lastTokenEndingBy(text.paragraphEnd(paragraph)) + 1;
    for (int i = first; i < end; i++) {
      if (TokenWords.isQuoteMark(text.token(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token a sentence's own words start at when a conjunction opens it ({@code And in a poll
   * ...}, {@code But asked about ...}): the one after the conjunction, else {@code first}.
   */
  int afterConjunction(int first, int to) {
    return first < to && text.token(first).tag().equals("CC") ? first + 1 : first;
  }

  /** The first token from {@code from} on that is no punctuation, at most {@code limit}. */
  int firstWord(int from, int limit) {
    int start = from;
    while (start < limit && text.token(start).isPunctuation()) {
      start++;
    }
    return start;
  }

  /** One past the last token before {@code end} that is no punctuation, at least {@code first}. */
  int wordsEnd(int first, int end) {
    int last = end;
    while (last > first && text.token(last - 1).isPunctuation()) {
      last--;
    }
    return last;
  }

  /** A clause over the tokens {@code [first, end)}. */
  ReportedClause clause(int first, int end, Attribution attribution, double strength) {
    return over(first, end, attribution, strength, false);
  }

  /** A clause over the tokens {@code [first, end)} whose cue names no source. */
  ReportedClause unsourced(int first, int end, Attribution attribution, double strength) {
    return over(first, end, attribution, strength, true);
  }

  private ReportedClause over(
      int first, int end, Attribution attribution, double strength, boolean sourceless) {
    return new ReportedClause(
        text.token(first).start(), text.token(end - 1).end(), attribution, strength, sourceless);
  }
}

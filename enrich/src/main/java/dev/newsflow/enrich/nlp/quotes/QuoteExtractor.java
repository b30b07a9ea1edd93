package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.entities.ArticleEntities;
import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.enrich.nlp.text.Token;
import dev.newsflow.events.Quote;
import dev.newsflow.events.QuoteKind;
import dev.newsflow.events.Speaker;
import dev.newsflow.events.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the quotes of an article body: quoted spans attributed by their cue (direct, or mixed when
 * the marks hold words inside a longer sentence), reported speech (indirect, or mixed when it holds
 * quoted words), and continuations, where a quote with no cue of its own follows a quote whose
 * speaker is known in the same paragraph or opens the next paragraph. Quoted words with no cue of
 * their own inside someone's statement make a mixed quote ({@link EmbeddedQuoteFinder}). Short
 * quoted terms with no cue (scare quotes) are left out; longer ones come with an unknown speaker
 * and low confidence.
 */
public final class QuoteExtractor {

  /** Confidence of a direct quote with a cue and a named speaker. */
  static final double DIRECT = 0.95;

  private static final double MIXED = 0.8;
  private static final double UNKNOWN = 0.2;
  private static final double ENCLOSING_CLAUSE = 0.4;

  /** Factor on the confidence of a quote whose cue is only a colon after a clause. */
  private static final double WEAK_CUE = 0.75;

  /**
   * Reported speech less sure than this is left out: on the PolNeAR training split, attributions
   * from here to 0.3 were right about two times in three, those below it about half the time.
   */
  private static final double MIN_REPORTED = 0.15;

  /**
   * Reported speech at least this sure holds the turn: quoted words after it with no cue of their
   * own are its speaker's. Less sure attributions ({@code Trump spoke for 77 minutes}) are kept but
   * lend their speaker to nothing.
   */
  private static final double MIN_TURN = 0.3;

  private static final int MIN_UNATTRIBUTED_WORDS = 6;

  private final ReportingVerbs verbs;
  private final AttributionCues cues;
  private final QuoteMarkScanner scanner = new QuoteMarkScanner();

  /** Creates an extractor with the given speech verbs and learned attribution cues. */
  public QuoteExtractor(ReportingVerbs verbs, AttributionCues cues) {
    this.verbs = verbs;
    this.cues = cues;
  }

  /** Returns the quotes of a body in text order, ids {@code q1, q2, ...}. */
  public List<Quote> extract(AnnotatedText body, ArticleEntities entities) {
    return new Run(body, entities).quotes();
  }

  /** The work on one body. */
  private final class Run {
    private final AnnotatedText text;
    private final ArticleEntities entities;
    private final QuotedSpans quoted;
    private final SpeakerPhraseFinder phrases;
    private final SpeakerResolver resolver;
    private final DirectQuoteAttributor direct;
    private final QuoteDraft[] bySpan;
    private final boolean[] consumed;
    private final NavigableMap<Integer, QuoteDraft> attributed = new TreeMap<>();
    private final List<QuoteDraft> clauses = new ArrayList<>();

    Run(AnnotatedText text, ArticleEntities entities) {
      this.text = text;
      this.entities = entities;
      this.quoted = new QuotedSpans(scanner.scan(text));
      this.phrases = new SpeakerPhraseFinder(text, quoted);
      this.resolver = new SpeakerResolver(text, entities, quoted, verbs);
      this.direct = new DirectQuoteAttributor(text, quoted, verbs, phrases);
      this.bySpan = new QuoteDraft[quoted.size()];
      this.consumed = new boolean[quoted.size()];
    }

    List<Quote> quotes() {
      for (int i = 0; i < quoted.size(); i++) {
        int index = i;
        direct.attribute(i).ifPresent(a -> bySpan[index] = fromSpan(index, a));
      }
      QuoteContinuations continuations = new QuoteContinuations(text, quoted, entities);
      continuations.carryAlongOpenQuotes(bySpan);
      for (QuoteDraft draft : bySpan) {
        remember(draft);
      }
      reportedSpeech();
      embeddedQuotes();
      continuations.continueSpeakers(bySpan, consumed, attributed);
      List<QuoteDraft> drafts = new ArrayList<>(clauses);
      for (int i = 0; i < quoted.size(); i++) {
        boolean direct = bySpan[i] == null || bySpan[i].kind() == QuoteKind.DIRECT;
        if (consumed[i] || (direct && isEmbeddedTitle(quoted.get(i)))) {
          continue;
        }
        if (bySpan[i] != null) {
          drafts.add(bySpan[i]);
        } else if (wordCount(quoted.get(i)) >= MIN_UNATTRIBUTED_WORDS) {
          drafts.add(uncued(i));
        }
      }
      return number(QuotedPieces.join(text, withoutOverlaps(drafts)));
    }

    /**
     * A quote no cue claims: the subject of the clause it stands in speaks, with low confidence,
     * unless it is something owned that names no entity ({@code The government's main problems are
     * “...”}); else nobody known.
     */
    private QuoteDraft uncued(int index) {
      QuotedSpan span = quoted.get(index);
      Optional<Attribution> clause = direct.enclosingClause(index);
      ResolvedSpeaker speaker = clause.map(c -> resolver.resolve(c.speaker())).orElse(null);
      boolean speaks =
          speaker != null && (speaker.isEntity() || !hasPossessive(clause.get().speaker()));
      return new QuoteDraft(
          span.contentStart(),
          span.contentEnd(),
          QuoteKind.DIRECT,
          speaks ? speaker.speaker() : Speaker.UNKNOWN,
          speaks ? cue(clause.get()) : null,
          speaks ? ENCLOSING_CLAUSE * speaker.weight() : UNKNOWN);
    }

    /** Whether a possessive stands in the phrase before its head ({@code X's comments}). */
    private boolean hasPossessive(SpeakerPhrase phrase) {
      for (int k = phrase.first(); k < phrase.headEnd(); k++) {
        if (text.token(k).tag().equals("POS")) {
          return true;
        }
      }
      return false;
    }

    private QuoteDraft fromSpan(int index, Attribution attribution) {
      QuotedSpan span = quoted.get(index);
      ResolvedSpeaker speaker = resolver.resolve(attribution.speaker());
      double weight = speaker.weight() * (attribution.weak() ? WEAK_CUE : 1.0);
      boolean cueBefore = text.token(attribution.cueFirst()).start() < span.open();
      int clauseStart = direct.firstWordOfClause(index);
      int runOn = cueBefore ? -1 : runOnEnd(span, attribution);
      if (runOn > 0) {
        return new QuoteDraft(
            clauseStart < 0 ? span.open() : text.token(clauseStart).start(),
            runOn,
            QuoteKind.MIXED,
            speaker.speaker(),
            cue(attribution),
            MIXED * weight);
      }
      if (cueBefore || clauseStart < 0) {
        return new QuoteDraft(
            span.contentStart(),
            span.contentEnd(),
            QuoteKind.DIRECT,
            speaker.speaker(),
            cue(attribution),
            DIRECT * weight);
      }
      return new QuoteDraft(
          text.token(clauseStart).start(),
          span.outerEnd(),
          QuoteKind.MIXED,
          speaker.speaker(),
          cue(attribution),
          MIXED * weight);
    }

    /**
     * The end of the words a quote runs on with before its cue after it ({@code “...” for now, she
     * said}), or -1 when only punctuation stands between.
     */
    private int runOnEnd(QuotedSpan span, Attribution attribution) {
      int cue = Math.min(attribution.cueFirst(), attribution.speaker().first());
      int end = -1;
      for (int k = text.firstTokenAtOrAfter(span.outerEnd()); k < cue; k++) {
        if (!text.token(k).isPunctuation()) {
          end = text.token(k).end();
        }
      }
      return end;
    }

    private void reportedSpeech() {
      ReportedSpeechFinder finder = new ReportedSpeechFinder(text, quoted, verbs, cues, phrases);
      for (ReportedClause clause : finder.find()) {
        int start = clause.start();
        int end = clause.end();
        if (insideReportedClause(text.token(clause.attribution().cueFirst()).start())) {
          continue;
        }
        List<Integer> inside = new ArrayList<>();
        boolean conflict = false;
        for (int i = 0; i < quoted.size(); i++) {
          QuotedSpan span = quoted.get(i);
          if (span.outerEnd() <= start || span.open() >= end) {
            continue;
          }
          if (bySpan[i] == null && opensClause(span, start)) {
            start = span.open();
          }
          if (bySpan[i] != null || span.open() < start) {
            conflict = true;
            break;
          }
          end = Math.max(end, span.outerEnd());
          inside.add(i);
        }
        if (conflict) {
          continue;
        }
        Speaker speaker;
        double weight;
        Attribution attribution = clause.attribution();
        if (clause.sourceless()) {
          speaker = Speaker.UNKNOWN;
          weight = 1.0;
        } else if (attribution.speaker() == null) {
          QuoteDraft before = sameSentenceSpeaker(attribution.cueFirst());
          if (before == null) {
            continue;
          }
          speaker = before.speaker();
          weight = 0.9;
        } else {
          if (!inside.isEmpty()) {
            int lower = text.sentenceStart(text.token(attribution.cueFirst()).sentence());
            attribution =
                phrases.reporterOf(attribution.speaker(), lower, verbs).orElse(attribution);
          }
          ResolvedSpeaker resolved = resolver.resolve(attribution.speaker());
          speaker = resolved.speaker();
          weight = resolved.weight();
        }
        QuoteKind kind = inside.isEmpty() ? QuoteKind.INDIRECT : QuoteKind.MIXED;
        double strength = inside.isEmpty() ? clause.strength() : Math.max(MIXED, clause.strength());
        if (strength * weight < MIN_REPORTED) {
          continue;
        }
        QuoteDraft draft =
            new QuoteDraft(start, end, kind, speaker, cue(attribution), strength * weight);
        inside.forEach(i -> consumed[i] = true);
        clauses.add(draft);
        if (draft.confidence() >= MIN_TURN) {
          remember(draft);
        }
      }
    }

    /**
     * Whether the quoted span opens a reported clause that starts at {@code start}, with only its
     * opening mark before it ({@code “The plan works” for now, she said.}): the quote and the words
     * after it to the cue are one mixed quote.
     */
    private boolean opensClause(QuotedSpan span, int start) {
      return span.open() < start && span.contentStart() >= start;
    }

    /**
     * Whether the offset lies in the content of a reported clause already taken: a cue inside
     * someone's reported words ({@code Ana said Bo thinks ...}) is part of what Ana said.
     */
    private boolean insideReportedClause(int offset) {
      return clauses.stream().anyMatch(c -> c.start() <= offset && offset < c.end());
    }

    private void embeddedQuotes() {
      EmbeddedQuoteFinder finder = new EmbeddedQuoteFinder(text, quoted, phrases, verbs);
      for (int i = 0; i < quoted.size(); i++) {
        if (consumed[i] || bySpan[i] != null || isEmbeddedTitle(quoted.get(i))) {
          continue;
        }
        int limit = Integer.MAX_VALUE;
        for (int k = i + 1; k < quoted.size(); k++) {
          if (bySpan[k] != null && !consumed[k]) {
            limit = quoted.get(k).open();
            break;
          }
        }
        Optional<ReportedClause> found = finder.find(i, limit);
        if (found.isEmpty()) {
          continue;
        }
        ReportedClause clause = found.get();
        ResolvedSpeaker speaker = resolver.resolve(clause.attribution().speaker());
        for (int k = i; k < quoted.size() && quoted.get(k).open() < clause.end(); k++) {
          if (bySpan[k] == null) {
            consumed[k] = true;
          }
        }
        clauses.add(
            new QuoteDraft(
                clause.start(),
                clause.end(),
                QuoteKind.MIXED,
                speaker.speaker(),
                cue(clause.attribution()),
                clause.strength() * speaker.weight()));
      }
    }

    private QuoteDraft sameSentenceSpeaker(int cueToken) {
      int sentence = text.token(cueToken).sentence();
      int sentenceStart = text.token(text.sentenceStart(sentence)).start();
      Map.Entry<Integer, QuoteDraft> entry = attributed.lowerEntry(text.token(cueToken).start());
      if (entry == null || entry.getValue().cue() == null) {
        return null;
      }
      return entry.getValue().cue().start() >= sentenceStart ? entry.getValue() : null;
    }

    private void remember(QuoteDraft draft) {
      if (draft != null && draft.hasSpeaker()) {
        attributed.put(draft.start(), draft);
      }
    }

    private TextSpan cue(Attribution attribution) {
      Token first = text.token(attribution.cueFirst());
      Token last = text.token(attribution.cueEnd() - 1);
      return new TextSpan(first.start(), last.end(), text.slice(first.start(), last.end()));
    }

    private boolean isEmbeddedTitle(QuotedSpan span) {
      return WorkTitles.isEmbeddedTitle(
          text.text(), span.open(), text.slice(span.contentStart(), span.contentEnd()));
    }

    private int wordCount(QuotedSpan span) {
      String content = text.slice(span.contentStart(), span.contentEnd()).strip();
      return content.isEmpty() ? 0 : content.split("\\s+").length;
    }

    private List<Quote> number(List<QuoteDraft> drafts) {
      List<Quote> quotes = new ArrayList<>(drafts.size());
      for (QuoteDraft draft : drafts) {
        quotes.add(
            new Quote(
                "q" + (quotes.size() + 1),
                text.slice(draft.start(), draft.end()),
                draft.start(),
                draft.end(),
                draft.kind(),
                draft.speaker(),
                draft.cue(),
                Math.round(Math.min(1.0, draft.confidence()) * 100) / 100.0));
      }
      return quotes;
    }
  }

  /** Sorts drafts and drops reported speech that overlaps a quote, and exact duplicates. */
  static List<QuoteDraft> withoutOverlaps(List<QuoteDraft> drafts) {
    List<QuoteDraft> sorted = new ArrayList<>(drafts);
    sorted.sort(
        Comparator.comparingInt(QuoteDraft::start)
            .thenComparing(Comparator.comparingInt(QuoteDraft::end).reversed()));
    List<QuoteDraft> kept = new ArrayList<>();
    for (QuoteDraft draft : sorted) {
      boolean drop = false;
      for (int k = kept.size() - 1; k >= 0 && !drop; k--) {
        QuoteDraft other = kept.get(k);
        if (!other.overlaps(draft)) {
          continue;
        }
        boolean same = other.start() == draft.start() && other.end() == draft.end();
        if (same || (draft.kind() == QuoteKind.INDIRECT && other.kind() != QuoteKind.INDIRECT)) {
          drop = true;
        } else if (other.kind() == QuoteKind.INDIRECT && draft.kind() != QuoteKind.INDIRECT) {
          kept.remove(k);
        }
      }
      if (!drop) {
        kept.add(draft);
      }
    }
    return kept;
  }
}

package dev.newsflow.enrich.nlp;

import dev.newsflow.enrich.nlp.entities.ArticleEntities;
import dev.newsflow.enrich.nlp.entities.EntityCanonicalizer;
import dev.newsflow.enrich.nlp.entities.EntityRecognizer;
import dev.newsflow.enrich.nlp.entities.Gazetteer;
import dev.newsflow.enrich.nlp.entities.InstitutionNames;
import dev.newsflow.enrich.nlp.entities.KbpGazetteer;
import dev.newsflow.enrich.nlp.entities.NameGenders;
import dev.newsflow.enrich.nlp.entities.PersonTitles;
import dev.newsflow.enrich.nlp.entities.SalienceScorer;
import dev.newsflow.enrich.nlp.quotes.AttributionCues;
import dev.newsflow.enrich.nlp.quotes.QuoteExtractor;
import dev.newsflow.enrich.nlp.quotes.ReportingVerbs;
import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.events.TextField;
import java.util.Objects;

/**
 * The production {@link ArticleAnalyzer}: Stanford CoreNLP tokens, part-of-speech and NER tags,
 * then our own entity and quote rules. One instance per JVM ({@link #shared()}) serves all threads.
 */
public final class CoreNlpAnalyzer implements ArticleAnalyzer {

  /** Engine name written to {@code enrichment.engine}. */
  public static final String ENGINE = "newsflow-corenlp";

  /** Engine version: the CoreNLP release and the revision of our rules. */
  public static final String VERSION = "corenlp-4.5.10+rules-20";

  private final CoreNlpTagger tagger;
  private final InstitutionNames institutions;
  private final EntityRecognizer recognizer;
  private final EntityCanonicalizer canonicalizer;
  private final QuoteExtractor quotes;

  private CoreNlpAnalyzer() {
    this.tagger = new CoreNlpTagger();
    PersonTitles titles = PersonTitles.load();
    Gazetteer gazetteer = Gazetteer.load();
    KbpGazetteer kbp = KbpGazetteer.load();
    this.institutions = new InstitutionNames(gazetteer, kbp);
    this.recognizer = new EntityRecognizer(gazetteer, titles, kbp);
    this.canonicalizer = new EntityCanonicalizer(NameGenders.load(), titles);
    this.quotes = new QuoteExtractor(ReportingVerbs.load(), AttributionCues.load());
  }

  /** The analyzer of this JVM, built on first use (loading CoreNLP takes seconds and ~1 GB). */
  public static CoreNlpAnalyzer shared() {
    return Holder.INSTANCE;
  }

  @Override
  public Analysis analyze(String title, String body) {
    String safeTitle = Objects.requireNonNullElse(title, "");
    String safeBody = Objects.requireNonNullElse(body, "");
    AnnotatedText titleText = institutions.retag(tagger.tag(safeTitle));
    AnnotatedText bodyText = institutions.retag(tagger.tag(safeBody));
    ArticleEntities entities =
        canonicalizer.canonicalize(
            titleText,
            recognizer.recognize(titleText, TextField.TITLE),
            bodyText,
            recognizer.recognize(bodyText, TextField.BODY));
    return new Analysis(
        SalienceScorer.score(entities.entities(), safeBody.length()),
        quotes.extract(bodyText, entities));
  }

  @Override
  public String engine() {
    return ENGINE;
  }

  @Override
  public String version() {
    return VERSION;
  }

  /** Lazy, thread-safe holder: the JVM initialises it once, on first access. */
  private static final class Holder {
    static final CoreNlpAnalyzer INSTANCE = new CoreNlpAnalyzer();
  }
}

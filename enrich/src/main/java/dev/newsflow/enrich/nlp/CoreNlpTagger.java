package dev.newsflow.enrich.nlp;

import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.enrich.nlp.text.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Tokenizes, sentence-splits, part-of-speech tags and NER-tags text with Stanford CoreNLP; the only
 * class that touches the CoreNLP API.
 *
 * <p>The pipeline is loaded once (seconds, about 1 GB) and {@link StanfordCoreNLP#annotate} is safe
 * to call from several threads for these annotators.
 */
final class CoreNlpTagger {

  /**
   * The NER models we run: CoreNLP's default list without the MUC 7-class model, whose extra
   * classes (dates, money, percentages) we do not use; dropping it saves about a third of the NER
   * time and leaves the GUM scores unchanged (6 of 2,075 entities differ on PolNeAR dev).
   */
  static final String NER_MODELS =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
          + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /**
   * Lowercase words that begin surnames in many languages ({@code de Blasio}, {@code van Gogh}).
   */
  private static final Set<String> NAME_PARTICLES =
      Set.of("da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "van", "von");

  private final StanfordCoreNLP pipeline;

  CoreNlpTagger() {
    this.pipeline = new StanfordCoreNLP(properties(), true);
  }

  /** The pipeline settings: coarse NER only, no SUTime, no numeric classifiers, no mentions. */
  static Properties properties() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,ner");
    properties.setProperty("tokenize.language", "en");
    properties.setProperty("tokenize.options", "untokenizable=noneKeep");
    properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
    properties.setProperty("ner.model", NER_MODELS);
    properties.setProperty("ner.applyFineGrained", "false");
    properties.setProperty("ner.useSUTime", "false");
    properties.setProperty("ner.applyNumericClassifiers", "false");
    properties.setProperty("ner.buildEntityMentions", "false");
    return properties;
  }

  /** Tags a text; offsets of the result point into {@code text} exactly as given. */
  AnnotatedText tag(String text) {
    if (text.isBlank()) {
      return AnnotatedText.of(text, List.of());
    }
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    List<Token> tokens = new ArrayList<>();
    int sentence = 0;
    int lastEnd = 0;
    for (CoreMap coreSentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      int before = tokens.size();
      for (CoreLabel label : coreSentence.get(CoreAnnotations.TokensAnnotation.class)) {
        int start = label.beginPosition();
        int end = label.endPosition();
        if (start < lastEnd || end <= start || end > text.length()) {
          continue;
        }
        String ner = label.ner() == null ? "O" : label.ner();
        String tag = properNounForName(label.tag() == null ? "" : label.tag(), ner, label.word());
        String word = text.substring(start, end);
        Token previous = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        if (isPluralPossessive(text, previous, start, end)) {
          tag = "POS";
        }
        tokens.add(new Token(tokens.size(), start, end, word, tag, ner, sentence));
        lastEnd = end;
      }
      if (tokens.size() > before) {
        sentence++;
      }
    }
    return AnnotatedText.of(text, acronymsAsOrganizations(text, surnamesAsNouns(tokens)));
  }

  /**
   * Surnames that are also words ("Al From", "George Will"): a capitalized word the tagger did not
   * read as a noun is a proper noun when a person's name elsewhere in the text ends in it and a
   * past or present verb follows it, where no preposition or modal can stand ({@code From said},
   * {@code Will wrote}).
   */
  static List<Token> surnamesAsNouns(List<Token> tokens) {
    Set<String> surnames = new HashSet<>();
    for (int i = 1; i < tokens.size(); i++) {
      boolean ends = i + 1 == tokens.size() || !isPerson(tokens.get(i + 1));
      if (isPerson(tokens.get(i)) && isPerson(tokens.get(i - 1)) && ends) {
        surnames.add(tokens.get(i).text());
      }
    }
    for (int i = 0; i + 1 < tokens.size() && !surnames.isEmpty(); i++) {
      Token token = tokens.get(i);
      String next = tokens.get(i + 1).tag();
      boolean verbFollows = next.equals("VBD") || next.equals("VBZ");
      if (verbFollows && !token.isNoun() && surnames.contains(token.text())) {
        tokens.set(i, properNoun(token, token.ner()));
      }
    }
    return tokens;
  }

  /**
   * Acronyms NER left out that name the organization a person belongs to: an all-capital word after
   * a person's name and {@code of} or {@code from} ({@code Elizabeth Quat of DAB}) or before {@code
   * 's} and a person's name ({@code DAB's Starry Lee}) is an organization's name.
   */
  static List<Token> acronymsAsOrganizations(String text, List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (!token.ner().equals("O") || !isAcronym(token.text())) {
        continue;
      }
      int before = i - 1;
      if (before >= 0 && tokens.get(before).is("the")) {
        before--;
      }
      boolean endsPhrase =
          i + 1 == tokens.size() || !isCommonNounOnSameLine(text, token, tokens.get(i + 1));
      boolean affiliation =
          before >= 1
              && endsPhrase
              && (tokens.get(before).is("of") || tokens.get(before).is("from"))
              && isPerson(tokens.get(before - 1));
      boolean possessor =
          i + 2 < tokens.size()
              && tokens.get(i + 1).tag().equals("POS")
              && isPerson(tokens.get(i + 2));
      if (affiliation || possessor) {
        tokens.set(i, properNoun(token, "ORGANIZATION"));
      }
    }
    return tokens;
  }

  private static boolean isCommonNounOnSameLine(String text, Token token, Token next) {
    boolean common = next.tag().equals("NN") || next.tag().equals("NNS");
    return common && text.substring(token.end(), next.start()).indexOf('\n') < 0;
  }

  private static Token properNoun(Token token, String ner) {
    return new Token(
        token.index(), token.start(), token.end(), token.text(), "NNP", ner, token.sentence());
  }

  private static boolean isAcronym(String word) {
    if (word.length() < 2 || word.length() > 6) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (!(Character.isUpperCase(c) || (k > 0 && c == '&'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPerson(Token token) {
    return token.ner().equals("PERSON");
  }

  /**
   * Whether the apostrophe at {@code [start, end)} marks the possessive of the plural noun right
   * before it ("Sanders’ campaign", "the voters' choice"), which the tagger reads as a closing
   * quote mark: it is glued to a noun ending in s and followed by white space.
   */
  static boolean isPluralPossessive(String text, Token previous, int start, int end) {
    String word = text.substring(start, end);
    if (!(word.equals("’") || word.equals("'")) || previous == null || previous.end() != start) {
      return false;
    }
    String before = previous.text();
    boolean pluralS = before.endsWith("s") || before.endsWith("S");
    return previous.isNoun() && pluralS && end < text.length() && text.charAt(end) == ' ';
  }

  /**
   * The part-of-speech tag of a token, corrected to {@code NNP} when NER calls a capitalized word
   * part of a person's, organization's or place's name but the tagger did not see a noun (surnames
   * such as "Devine" or "Young" tagged as adjectives or verbs), so that the speaker rules, which
   * read noun phrases, see the name. A capitalized word the tagger calls foreign ({@code Blasio})
   * is a name too, and so is a lowercase particle of a name ({@code dos Santos}, {@code de Blasio})
   * that NER puts in a name or the tagger calls foreign.
   */
  static String properNounForName(String tag, String ner, String word) {
    boolean name = ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("LOCATION");
    boolean capitalized = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    boolean foreign = tag.equals("FW");
    boolean misread =
        foreign || tag.startsWith("JJ") || tag.startsWith("VB") || tag.startsWith("RB");
    boolean particle = NAME_PARTICLES.contains(word);
    boolean properNoun = capitalized ? name || foreign : particle && (name || foreign);
    return properNoun && misread ? "NNP" : tag;
  }
}

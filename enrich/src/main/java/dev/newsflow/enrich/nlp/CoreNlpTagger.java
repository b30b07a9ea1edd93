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

  /** Quote marks that may open or close a quote, which the splitter can put on the wrong side. */
  private static final Set<String> OPENING_AMBIGUOUS = Set.of("''", "\"", "``");

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
    return AnnotatedText.of(
        text,
        affiliationsAsOrganizations(
            text, surnamesAsNouns(openingMarksForward(text, abbreviationsBeforeComma(tokens)))));
  }

  /**
   * Abbreviations the splitter ended a sentence in: CoreNLP reads the last period of {@code Graham,
   * R-S.C., said} as a full stop and opens a sentence with the comma, which hides the subject from
   * its verb. A period touching the word before it and followed by a comma joins that word, and the
   * sentence after joins the one before.
   */
  static List<Token> abbreviationsBeforeComma(List<Token> tokens) {
    List<Token> joined = new ArrayList<>(tokens.size());
    int shift = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      boolean split =
          token.text().equals(".")
              && i > 0
              && i + 1 < tokens.size()
              && tokens.get(i - 1).end() == token.start()
              && tokens.get(i - 1).sentence() == token.sentence()
              && tokens.get(i + 1).text().equals(",")
              && tokens.get(i + 1).sentence() != token.sentence();
      if (split) {
        Token word = joined.remove(joined.size() - 1);
        joined.add(
            new Token(
                word.index(),
                word.start(),
                token.end(),
                word.text() + token.text(),
                word.tag(),
                word.ner(),
                word.sentence()));
        shift++;
        continue;
      }
      joined.add(
          shift == 0
              ? token
              : new Token(
                  joined.size(),
                  token.start(),
                  token.end(),
                  token.text(),
                  token.tag(),
                  token.ner(),
                  token.sentence() - shift));
    }
    return joined;
  }

  /**
   * Quote marks that open the next sentence: CoreNLP's splitter hangs an opening pair of
   * apostrophes or a straight double quote on the sentence before ({@code ... Ms. Kessler said.
   * ''It}), which hides that sentence's end from the rules that read it. A mark last in its
   * sentence, after a space and touching the word after it, moves to the next sentence.
   */
  static List<Token> openingMarksForward(String text, List<Token> tokens) {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Token mark = tokens.get(i);
      boolean last =
          tokens.get(i - 1).sentence() == mark.sentence()
              && tokens.get(i + 1).sentence() != mark.sentence();
      if (last && OPENING_AMBIGUOUS.contains(mark.text()) && mark.opensIn(text)) {
        tokens.set(
            i,
            new Token(
                i,
                mark.start(),
                mark.end(),
                mark.text(),
                mark.tag(),
                mark.ner(),
                tokens.get(i + 1).sentence()));
      }
    }
    return tokens;
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
   * Names NER left out or took for miscellaneous that name the organization a person belongs to: an
   * acronym or a run of capitalized nouns after a person's name and {@code of} or {@code from}
   * ({@code Laura Kessler of BFP}, {@code Laura Kessler of the Harbour Renewal}) or before {@code
   * 's} and a person's name ({@code BFP's Peter Brandt}, {@code Harbour Renewal's Peter Brandt}) is
   * an organization's name.
   */
  static List<Token> affiliationsAsOrganizations(String text, List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      int end = affiliationNameEnd(text, tokens, i);
      if (end < 0) {
        continue;
      }
      int before = i - 1;
      if (before >= 0 && tokens.get(before).is("the")) {
        before--;
      }
      boolean endsPhrase =
          end == tokens.size()
              || !isCommonNounOnSameLine(text, tokens.get(end - 1), tokens.get(end));
      boolean affiliation =
          before >= 1
              && endsPhrase
              && (tokens.get(before).is("of") || tokens.get(before).is("from"))
              && isPerson(tokens.get(before - 1));
      boolean possessor =
          end + 1 < tokens.size()
              && tokens.get(end).tag().equals("POS")
              && isPerson(tokens.get(end + 1))
              && text.substring(tokens.get(end).end(), tokens.get(end + 1).start()).equals(" ");
      if (affiliation || possessor) {
        for (int k = i; k < end; k++) {
          tokens.set(k, properNoun(tokens.get(k), "ORGANIZATION"));
        }
      }
      i = end - 1;
    }
    return tokens;
  }

  /**
   * One past the last token of the name NER left out or called miscellaneous that starts at token
   * {@code i}: an acronym, or up to four capitalized nouns on one line with one such tag ("Harbour
   * Renewal", whatever noun tags the tagger gives them) that no capitalized word or number goes on
   * ("Doctor Who", "Studio 54", "the Planning, Housing and Transport", "the Center for Security
   * Policy") and that no such word starts ("PGA Tour"); no weekday or month; -1 when none starts
   * there.
   */
  private static int affiliationNameEnd(String text, List<Token> tokens, int i) {
    Token first = tokens.get(i);
    String ner = first.ner();
    if (!ner.equals("O") && !ner.equals("MISC")) {
      return -1;
    }
    if (isAcronym(first.text())) {
      return i + 1;
    }
    if (i > 0 && !tokens.get(i - 1).is("the") && startsName(tokens.get(i - 1))) {
      return -1;
    }
    int end = i;
    while (end < tokens.size() && end - i < 4 && isNameWord(tokens.get(end), ner)) {
      boolean sameLine =
          end == i
              || text.substring(tokens.get(end - 1).end(), tokens.get(end).start()).equals(" ");
      if (!sameLine) {
        break;
      }
      end++;
    }
    boolean goesOn =
        end < tokens.size()
            && (startsName(tokens.get(end))
                || (isJoiner(tokens.get(end))
                    && end + 1 < tokens.size()
                    && tokens.get(end + 1).isCapitalized()
                    && !isPerson(tokens.get(end + 1))));
    boolean single = end == i + 1;
    return end == i || goesOn || (single && !first.tag().equals("NNP")) ? -1 : end;
  }

  private static boolean isNameWord(Token token, String ner) {
    return token.ner().equals(ner)
        && token.isCapitalized()
        && token.isNoun()
        && !token.isDayOrMonth();
  }

  /** Whether the token could be part of a name: capitalized or a number ("PGA Tour", "5th"). */
  private static boolean startsName(Token token) {
    return token.isCapitalized() || Character.isDigit(token.text().charAt(0));
  }

  /** Whether the token can join two parts of one name ("Center for ...", "A, B and C"). */
  private static boolean isJoiner(Token token) {
    return token.is(",") || token.tag().equals("IN") || token.tag().equals("CC");
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

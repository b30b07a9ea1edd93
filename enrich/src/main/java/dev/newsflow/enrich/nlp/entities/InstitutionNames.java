package dev.newsflow.enrich.nlp.entities;

import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.enrich.nlp.text.Token;
import dev.newsflow.events.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names of institutions that NER leaves out or cuts in two: a capitalized institution word, then
 * {@code of}, {@code for} or {@code on} and the capitalized words of its domain ("the Ministry of
 * Culture", "the Municipality of Livorno", which NER reads as nothing and a place, "the Medical
 * Journal of Australia", which it reads as an organization and a place), with capitalized words
 * before it that NER left out ("the European Court of Human Rights"). The whole phrase becomes one
 * organization's name, as NER already reads "University of Texas"; a country, state or province in
 * it stays a mention of its own, which the recognizer adds as for any organization's name. A state,
 * city, province, republic or kingdom followed by a place's name ("the State of Texas", "the
 * Kingdom of Saudi Arabia") becomes one place's name, the mention of the place it names.
 */
public final class InstitutionNames {

  private static final Set<String> INSTITUTIONS =
      Set.of(
          "Academy",
          "Agency",
          "Alliance",
          "Assembly",
          "Association",
          "Authority",
          "Board",
          "Bureau",
          "Chamber",
          "Church",
          "College",
          "Commission",
          "Committee",
          "Council",
          "Court",
          "Department",
          "Federation",
          "Foundation",
          "Institute",
          "Journal",
          "League",
          "Ministry",
          "Municipality",
          "Museum",
          "Office",
          "Party",
          "Society",
          "Tribunal",
          "Union",
          "University");

  private static final Set<String> REALMS =
      Set.of("State", "City", "Province", "Republic", "Kingdom", "Commonwealth");

  private static final Set<String> MEDIA =
      Set.of(
          "Chronicle",
          "Courier",
          "Gazette",
          "Herald",
          "Magazine",
          "News",
          "Observer",
          "Post",
          "Register",
          "Review",
          "Standard",
          "Telegraph",
          "Times",
          "Tribune");

  private static final Set<String> JOINERS = Set.of("of", "for", "on");

  private static final int MAX_DOMAIN_WORDS = 5;

  private static final int MAX_WORDS_BEFORE = 2;

  private final Gazetteer gazetteer;
  private final KbpGazetteer kbp;

  /** Creates the rule with the word lists that tell a nationality and a role from a domain. */
  public InstitutionNames(Gazetteer gazetteer, KbpGazetteer kbp) {
    this.gazetteer = gazetteer;
    this.kbp = kbp;
  }

  /**
   * Whether the word heads an organization's name wherever NER puts the name: an institution word
   * but "League", which also names competitions ("Champions League"), or a news medium's
   * ("Gazette", "News", "Chronicle").
   */
  static boolean headsOrganization(String word) {
    return (INSTITUTIONS.contains(word) && !word.equals("League")) || MEDIA.contains(word);
  }

  /**
   * The first token of the place's own name in a realm's name at tokens {@code [a, b)} ("Texas" in
   * "State of Texas"), or {@code a} when the name is no realm's; the realm names the same place.
   */
  static int realmNameStart(List<Token> tokens, int a, int b) {
    boolean realm = b - a >= 3 && REALMS.contains(tokens.get(a).text());
    if (!realm || !JOINERS.contains(tokens.get(a + 1).text())) {
      return a;
    }
    int name = tokens.get(a + 2).is("the") ? a + 3 : a + 2;
    return name < b ? name : a;
  }

  /** The text with every institution's name retagged, or the same text when it holds none. */
  public AnnotatedText retag(AnnotatedText text) {
    List<Token> tokens = new ArrayList<>(text.tokens());
    boolean changed = false;
    for (int i = 0; i + 2 < tokens.size(); i++) {
      Token head = tokens.get(i);
      boolean realm = REALMS.contains(head.text());
      boolean named = INSTITUTIONS.contains(head.text()) || realm;
      if (!named || head.ner().equals("PERSON") || !JOINERS.contains(tokens.get(i + 1).text())) {
        continue;
      }
      int first = tokens.get(i + 2).is("the") ? i + 3 : i + 2;
      int end = domainEnd(text, first, realm);
      if (end <= first) {
        continue;
      }
      String ner = realm ? "LOCATION" : "ORGANIZATION";
      for (int k = realm ? i : startBefore(text, i); k < end; k++) {
        Token token = tokens.get(k);
        String tag = token.isCapitalized() ? "NNP" : token.tag();
        tokens.set(
            k, new Token(k, token.start(), token.end(), token.text(), tag, ner, token.sentence()));
      }
      changed = true;
      i = end - 1;
    }
    return changed ? AnnotatedText.of(text.text(), tokens) : text;
  }

  /**
   * One past the last word of the domain that starts at token {@code first}: capitalized nouns on
   * the line that are no person's name ("Culture", "Livorno", "Management and Budget"); after
   * {@code and}, only words NER did not take for a name of their own, so that a list ("the Ministry
   * of Defence and NATO") stays two names. Not a nationality before a lowercase noun ("the
   * Association of British insurers") nor a role before a person's name ("Museum of Flight CEO
   * Laura Kessler"). A realm's domain is a place's name.
   */
  private int domainEnd(AnnotatedText text, int first, boolean realm) {
    List<Token> tokens = text.tokens();
    int end = first;
    while (end < tokens.size() && end - first < MAX_DOMAIN_WORDS) {
      Token token = tokens.get(end);
      boolean afterAnd = end > first && tokens.get(end - 1).is("and");
      boolean joined = !afterAnd || token.ner().equals("O");
      if (!isDomainWord(token, realm) || !joined || text.lineBreakBefore(end)) {
        break;
      }
      end++;
      boolean and = !realm && end + 1 < tokens.size() && tokens.get(end).is("and");
      if (and && isDomainWord(tokens.get(end + 1), false)) {
        end++;
      }
    }
    if (end > first && tokens.get(end - 1).is("and")) {
      end--;
    }
    if (end > first && (modifiesNounAfter(tokens, end) || isRoleBeforeName(tokens, first, end))) {
      end--;
    }
    return end;
  }

  private boolean modifiesNounAfter(List<Token> tokens, int end) {
    Token next = end < tokens.size() ? tokens.get(end) : null;
    boolean nounAfter = next != null && next.isNoun() && !next.isCapitalized();
    return nounAfter
        && gazetteer
            .lookup(tokens.get(end - 1).text())
            .map(entry -> entry.type() == EntityType.NORP)
            .orElse(false);
  }

  private boolean isRoleBeforeName(List<Token> tokens, int first, int end) {
    int next = end < tokens.size() && tokens.get(end).isPunctuation() ? end + 1 : end;
    boolean nameAfter = next < tokens.size() && tokens.get(next).ner().equals("PERSON");
    return end - first >= 2 && nameAfter && kbp.isRoleNoun(tokens.get(end - 1).text());
  }

  /**
   * The first token of an institution's name whose institution word is token {@code head}: moved
   * back over capitalized words right before it that NER took for no name or a miscellaneous one,
   * in the same sentence and not its first word.
   */
  private static int startBefore(AnnotatedText text, int head) {
    List<Token> tokens = text.tokens();
    int start = head;
    while (start - 1 > 0 && head - start < MAX_WORDS_BEFORE) {
      Token token = tokens.get(start - 1);
      boolean word =
          token.isCapitalized()
              && (token.isProperNoun() || token.tag().startsWith("JJ"))
              && (token.ner().equals("O") || token.ner().equals("MISC"))
              && !token.isDayOrMonth();
      boolean sentenceFirst = tokens.get(start - 2).sentence() != token.sentence();
      if (!word || sentenceFirst || text.lineBreakBefore(start)) {
        break;
      }
      start--;
    }
    return start;
  }

  private static boolean isDomainWord(Token token, boolean realm) {
    boolean name = token.isCapitalized() && token.isNoun() && !token.isDayOrMonth();
    return realm ? name && token.ner().equals("LOCATION") : name && !token.ner().equals("PERSON");
  }
}

package dev.newsflow.enrich.nlp.entities;

import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.enrich.nlp.text.PhraseTable.Match;
import dev.newsflow.enrich.nlp.text.Token;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the names in one field: CoreNLP's NER chunks, corrected with the {@link Gazetteer} (which
 * wins over shorter or equal NER chunks), {@link PersonTitles} (a title right before a person's
 * name is part of the mention as written, "Secretary of State Antony Blinken", but never of the
 * name the entity is grouped by; names inside a title such as "State" in "Secretary of State" are
 * dropped), and the rule that an adjectival MISC word ("Chinese") is a NORP. A person's mention is
 * the noun phrase the name heads, without its article: a role noun from the {@link KbpGazetteer}
 * and its modifiers before the name or title ("former team captain Harry Kane", "US President
 * Barack Obama") and the organization or place after it ("Wu Chi-wai of the Democratic Party") are
 * part of it; a town's mention takes the region after it ("Houston, Texas"); the names inside a
 * mention stay mentions of their own. A capitalized title after "the" with no name after it ("the
 * President") is a mention of the person last named with that title. Possessive endings are never
 * part of a name, and a name never runs across a line break.
 */
public final class EntityRecognizer {

  /** At most this many words before a person's name or title are taken as its role. */
  private static final int MAX_ROLE_WORDS = 6;

  /** Speech verbs that open a sentence before the speaker's name ({@code Said Comey, “...”}). */
  private static final Set<String> INVERTED_CUES = Set.of("Said", "Says", "Added", "Asked");

  private final Gazetteer gazetteer;
  private final PersonTitles titles;
  private final KbpGazetteer kbp;

  /** Creates a recognizer with the given word lists. */
  public EntityRecognizer(Gazetteer gazetteer, PersonTitles titles, KbpGazetteer kbp) {
    this.gazetteer = gazetteer;
    this.titles = titles;
    this.kbp = kbp;
  }

  /** Returns the names of a field in text order, a person's mention before the names inside it. */
  public List<NameMention> recognize(AnnotatedText text, TextField field) {
    List<NameMention> mentions = new ArrayList<>();
    for (int s = 0; s < text.sentenceCount(); s++) {
      new SentenceScan(text, field, text.sentenceStart(s), text.sentenceEnd(s), mentions).run();
    }
    mentions.sort(NameMention.TEXT_ORDER);
    return mentions;
  }

  /** Maps a CoreNLP NER tag to our type, or null when the tag is not a name. */
  static EntityType typeOf(String ner) {
    return switch (ner) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
      case "NATIONALITY", "RELIGION", "IDEOLOGY" -> EntityType.NORP;
      case "MISC" -> EntityType.MISC;
      default -> null;
    };
  }

  /** The work on one sentence; tokens {@code [from, to)}. */
  private final class SentenceScan {
    private final AnnotatedText text;
    private final TextField field;
    private final List<Token> tokens;
    private final int from;
    private final int to;
    private final List<NameMention> out;
    private final boolean[] inTitle;
    private final Gender[] titleEndingAt;
    private final int[] titleEndFrom;
    private final int[] titleStartEndingAt;
    private final List<Match<Gazetteer.Entry>> gazetteerMatches = new ArrayList<>();
    private final boolean[] gazetteerDone;

    SentenceScan(AnnotatedText text, TextField field, int from, int to, List<NameMention> out) {
      this.text = text;
      this.field = field;
      this.tokens = text.tokens();
      this.from = from;
      this.to = to;
      this.out = out;
      int size = to - from;
      this.inTitle = new boolean[size];
      this.titleEndingAt = new Gender[size + 1];
      this.titleEndFrom = new int[size];
      this.titleStartEndingAt = new int[size + 1];
      Arrays.fill(titleEndFrom, -1);
      Arrays.fill(titleStartEndingAt, -1);
      for (int i = from; i < to; ) {
        Optional<Match<Gender>> title = titles.longestAt(tokens, i, to);
        if (title.isPresent() && tokens.get(i).isCapitalized()) {
          Match<Gender> match = title.get();
          Arrays.fill(inTitle, match.firstToken() - from, match.endToken() - from, true);
          titleEndingAt[match.endToken() - from] = match.value();
          titleEndFrom[i - from] = match.endToken();
          titleStartEndingAt[match.endToken() - from] = i;
          i = match.endToken();
        } else {
          i++;
        }
      }
      for (int i = from; i < to; ) {
        Optional<Match<Gazetteer.Entry>> entry = gazetteer.longestAt(tokens, i, to);
        if (entry.isPresent() && !inTitle[i - from]) {
          gazetteerMatches.add(entry.get());
          i = entry.get().endToken();
        } else {
          i++;
        }
      }
      this.gazetteerDone = new boolean[gazetteerMatches.size()];
    }

    void run() {
      int i = from;
      while (i < to) {
        EntityType type = typeOf(tokens.get(i).ner());
        if (type == null) {
          i++;
          continue;
        }
        int end = i + 1;
        while (end < to && typeOf(tokens.get(end).ner()) == type && !lineBreakBefore(end)) {
          end++;
        }
        chunk(i, end, type);
        i = end;
      }
      for (int g = 0; g < gazetteerMatches.size(); g++) {
        if (!gazetteerDone[g]) {
          emitGazetteer(g);
        }
      }
      for (int t = from + 1; t < to; t++) {
        int end = titleEndFrom[t - from];
        if (end > 0 && !titleInApposition(t, end) && tokens.get(t - 1).is("the")) {
          titleStandingFor(t, end);
        }
      }
    }

    /**
     * Adds a mention of the person a title, tokens {@code [first, end)}, stands beside with a comma
     * and returns whether it did: after the person's name with "the" or its domain, closed by a
     * comma or period ("Laura Kessler, the Mayor,", "Laura Kessler, Mayor of Bergen."), or before
     * the name after a word of its own phrase ("the Mayor, Laura Kessler", "Bergen's Mayor, ..."),
     * not in a list ("Will Young, Queen, Kate Bush"). Capitalized words before the title that no
     * tagger named belong to it ("the High Commissioner, ..."). The title must be free of other
     * mentions and the person named there, not a title standing for them.
     */
    private boolean titleInApposition(int title, int end) {
      int first = title;
      while (first - 1 > from
          && !lineBreakBefore(first)
          && (inTitle[first - 1 - from] || isNameModifier(first - 1))) {
        first--;
      }
      if (lineBreakBefore(first)) {
        return false;
      }
      int lead = tokens.get(first - 1).is("the") ? first - 1 : first;
      int close = domainEnd(end);
      boolean closed = close == to || CLOSERS.contains(tokens.get(close).text());
      boolean afterName =
          lead > from && tokens.get(lead - 1).is(",") && closed && (lead < first || close > end);
      boolean ownPhrase = lead < first || (lead > from && !separatesList(lead - 1));
      boolean beforeName = end + 1 < to && tokens.get(end).is(",") && ownPhrase;
      int start = tokens.get(first).start();
      int stop = tokens.get(end - 1).end();
      NameMention person = null;
      for (NameMention mention : out) {
        if (mention.start() < stop && mention.end() > start) {
          return false;
        }
        boolean before = afterName && mention.end() == tokens.get(lead - 1).start();
        boolean after = beforeName && mention.start() == tokens.get(end + 1).start();
        boolean named = mention.text().contains(mention.name());
        if ((before || after) && named && mention.type() == EntityType.PERSON) {
          person = mention;
        }
      }
      if (person == null) {
        return false;
      }
      out.add(
          new NameMention(
              start,
              stop,
              text.slice(start, stop),
              person.name(),
              field,
              EntityType.PERSON,
              null,
              person.titleGender()));
      return true;
    }

    /**
     * One past the domain after a title that ends before token {@code end} ("of the Reserve Bank",
     * "for Defence Procurement": a joiner, then articles, joiners, capitalized words and nouns), or
     * {@code end} when none follows.
     */
    private int domainEnd(int end) {
      if (end >= to || !DOMAIN_JOINERS.contains(tokens.get(end).text())) {
        return end;
      }
      int i = end + 1;
      while (i < to && i - end <= MAX_DOMAIN_TOKENS) {
        Token token = tokens.get(i);
        boolean word =
            token.isCapitalized() || token.isNoun() || token.is("the") || token.is("and");
        if (token.isPunctuation() || !(word || DOMAIN_JOINERS.contains(token.text()))) {
          break;
        }
        i++;
      }
      return i;
    }

    /** Whether the token separates the items of a list: a comma, semicolon or conjunction. */
    private boolean separatesList(int i) {
      Token token = tokens.get(i);
      return token.isPunctuation() || token.is("and") || token.is("or");
    }

    /**
     * Whether a mention's words hold the title as a title of its own, not as the end of a longer
     * one ({@code Vice President Joe Biden} holds no {@code President}).
     */
    private boolean holdsTitle(String mention, String title) {
      List<String> words = Arrays.asList(mention.split(" "));
      int length = title.split(" ").length;
      for (int i = 0; i + length <= words.size(); i++) {
        boolean match = String.join(" ", words.subList(i, i + length)).equals(title);
        if (match && (i == 0 || !titles.isTitle(words.get(i - 1) + " " + title))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Adds a mention of the person a title stands for when the title, tokens {@code [first, end)},
     * follows "the" with no name after it ("The President later took action"): the person last
     * mentioned with that title ("U.S. President Donald Trump").
     */
    private void titleStandingFor(int first, int end) {
      boolean nameAfter =
          end < to && (tokens.get(end).isProperNoun() || typeOf(tokens.get(end).ner()) != null);
      int start = tokens.get(first).start();
      int stop = tokens.get(end - 1).end();
      if (nameAfter || lineBreakBefore(first)) {
        return;
      }
      String title = text.slice(start, stop);
      NameMention person = null;
      for (NameMention mention : out) {
        boolean before = mention.end() <= start;
        boolean titled = holdsTitle(mention.text(), title);
        if (mention.start() < stop && mention.end() > start) {
          return;
        }
        if (before
            && titled
            && mention.type() == EntityType.PERSON
            && !mention.name().equals(title)
            && (person == null || mention.start() > person.start())) {
          person = mention;
        }
      }
      if (person != null) {
        out.add(
            new NameMention(
                start,
                stop,
                title,
                person.name(),
                field,
                EntityType.PERSON,
                null,
                person.titleGender()));
      }
    }

    private void chunk(int start, int end, EntityType type) {
      int a = start;
      int b = end;
      if (allInTitle(a, b)) {
        return;
      }
      Gender titleGender = orUnknown(titleEndingAt[a - from]);
      int titleStart = titleStartEndingAt[a - from];
      while (a < b) {
        int titleEnd = titleEndFrom[a - from];
        int gazetteerAt = gazetteerStartingAt(a);
        if (type == EntityType.PERSON && titleEnd > 0 && titleEnd <= b) {
          Gender gender = orUnknown(titleEndingAt[titleEnd - from]);
          titleGender = gender == Gender.UNKNOWN ? titleGender : gender;
          titleStart = titleStart < 0 ? a : titleStart;
          a = titleEnd;
        } else if (type == EntityType.PERSON
            && gazetteerAt >= 0
            && gazetteerMatches.get(gazetteerAt).endToken() < b) {
          a = gazetteerMatches.get(gazetteerAt).endToken();
          titleStart = -1;
        } else if (!tokens.get(a).isCapitalized() && !startsWithDigit(tokens.get(a))) {
          a++;
          titleStart = -1;
        } else if (type == EntityType.PERSON && opensInvertedCue(a, b)) {
          a++;
        } else {
          break;
        }
      }
      while (b > a && isTrailingJunk(tokens.get(b - 1))) {
        b--;
      }
      if (a >= b) {
        return;
      }
      for (int g = 0; g < gazetteerMatches.size(); g++) {
        Match<Gazetteer.Entry> match = gazetteerMatches.get(g);
        boolean overlaps = match.firstToken() < b && match.endToken() > a;
        if (!overlaps || gazetteerDone[g]) {
          continue;
        }
        int matchLength = match.endToken() - match.firstToken();
        if (match.firstToken() <= a && match.endToken() >= b) {
          emitGazetteer(g);
          return;
        }
        if (matchLength > b - a) {
          emitGazetteer(g);
          return;
        }
        gazetteerDone[g] = true;
      }
      EntityType finalType = type;
      if (type == EntityType.MISC && b - a == 1 && isAdjectival(tokens.get(a))) {
        finalType = EntityType.NORP;
      } else if (type == EntityType.MISC && b - a >= 2 && isOrganizationByLastWord(b)) {
        finalType = EntityType.ORGANIZATION;
      }
      int mentionStart = a;
      int mentionEnd = b;
      if (finalType == EntityType.PERSON) {
        int first = titleStart >= 0 ? titleStart : a;
        int office = officeBefore(first);
        mentionStart = office >= 0 ? withRole(office, true) : withRole(first, titleStart >= 0);
        mentionEnd = withAffiliation(b);
      } else if (finalType == EntityType.LOCATION) {
        mentionEnd = withRegion(a, b);
        a = InstitutionNames.realmNameStart(tokens, a, b);
      }
      emit(mentionStart, mentionEnd, a, b, finalType, null, titleGender);
      if (finalType == EntityType.ORGANIZATION) {
        placesInName(a, b);
      }
    }

    /**
     * Whether the miscellaneous name ending before token {@code b} is an organization's by its last
     * word ("Saudi Gazette", "World Anti-Doping Agency") and heads its phrase (not "Gold Star
     * families").
     */
    private boolean isOrganizationByLastWord(int b) {
      boolean modifier = b < to && tokens.get(b).isNoun() && !tokens.get(b).isCapitalized();
      return InstitutionNames.headsOrganization(tokens.get(b - 1).text()) && !modifier;
    }

    /**
     * Adds the places an organization's name at tokens {@code [a, b)} says it belongs to as
     * mentions of their own inside it: the country that opens it ("US" in "US State Department",
     * "New Zealand" in "New Zealand Herald") and the country, state or province after its {@code
     * of} or {@code for} ("North Carolina" in "University of North Carolina", "Australia" in
     * "Medical Journal of Australia"), from the gazetteer or CoreNLP's lists. A town is not told
     * from a word there ("Department of Justice"), so it stays inside.
     */
    private void placesInName(int a, int b) {
      countryOpening(a, b);
      for (int k = a + 1; k + 1 < b; k++) {
        if (tokens.get(k).is("of") || tokens.get(k).is("for")) {
          int first = tokens.get(k + 1).is("the") ? k + 2 : k + 1;
          k = Math.max(k, placeAt(first, b) - 1);
        }
      }
    }

    private void countryOpening(int a, int b) {
      for (int g = 0; g < gazetteerMatches.size(); g++) {
        Match<Gazetteer.Entry> match = gazetteerMatches.get(g);
        if (match.firstToken() == a
            && match.endToken() < b
            && match.value().type() == EntityType.LOCATION) {
          emitGazetteer(g);
          return;
        }
      }
      int end = longestNameAt(a, b - 1, kbp::isCountry);
      if (end > a) {
        emit(a, end, a, end, EntityType.LOCATION, null, Gender.UNKNOWN);
      }
    }

    /**
     * Adds the longest country, state or province that starts at token {@code first} and ends by
     * token {@code b}, or one after a compass word ("Southern Indiana"); returns one past its last
     * token, or {@code first} when there is none.
     */
    private int placeAt(int first, int b) {
      int end = regionEnd(first, b);
      if (end == first && first + 1 < b && COMPASS_WORDS.contains(tokens.get(first).text())) {
        end = regionEnd(first + 1, b);
        if (end > first + 1) {
          emit(first, end, first, end, EntityType.LOCATION, null, Gender.UNKNOWN);
          return end;
        }
        return first;
      }
      if (end > first) {
        String words = text.slice(tokens.get(first).start(), tokens.get(end - 1).end());
        String canonical = gazetteer.lookup(words).map(Gazetteer.Entry::canonical).orElse(null);
        emit(first, end, first, end, EntityType.LOCATION, canonical, Gender.UNKNOWN);
      }
      return end;
    }

    /**
     * One past the longest capitalized country, state or province (the gazetteer's places, then
     * CoreNLP's lists) that starts at token {@code first} and ends by token {@code b}, or {@code
     * first}.
     */
    private int regionEnd(int first, int b) {
      return longestNameAt(
          first,
          b,
          words ->
              gazetteer.lookup(words).map(e -> e.type() == EntityType.LOCATION).orElse(false)
                  || kbp.isRegion(words));
    }

    /**
     * One past the longest run of up to three words that starts with a capital at token {@code
     * first}, ends by token {@code bound} and names what {@code names} accepts, or {@code first}.
     */
    private int longestNameAt(int first, int bound, Predicate<String> names) {
      if (!tokens.get(first).isCapitalized()) {
        return first;
      }
      for (int end = Math.min(first + 3, bound); end > first; end--) {
        if (names.test(text.slice(tokens.get(first).start(), tokens.get(end - 1).end()))) {
          return end;
        }
      }
      return first;
    }

    /**
     * The first token of a capitalized title or role with its domain after {@code of}, {@code for}
     * or {@code to} that stands right before token {@code first} ("Minister of Education",
     * "Governor of Washington", "Ambassador to the United States", "CEO of the Harbour Authority"),
     * or -1.
     */
    private int officeBefore(int first) {
      int i = first - 1;
      while (i >= from && first - i <= 5 && isDomainWord(tokens.get(i))) {
        i--;
      }
      if (i == first - 1 || i < from) {
        return -1;
      }
      if (tokens.get(i).is("the")) {
        i--;
      }
      boolean joint =
          i > from && (tokens.get(i).is("of") || tokens.get(i).is("for") || tokens.get(i).is("to"));
      if (!joint || lineBreakBefore(first)) {
        return -1;
      }
      if (titleStartEndingAt[i - from] >= 0) {
        return titleStartEndingAt[i - from];
      }
      Token role = tokens.get(i - 1);
      return role.isCapitalized() && kbp.isRoleNoun(role.text()) ? i - 1 : -1;
    }

    /** Whether the token can be part of the domain of an office: a capitalized name word. */
    private boolean isDomainWord(Token token) {
      EntityType type = typeOf(token.ner());
      boolean name = type == null || type == EntityType.ORGANIZATION || type == EntityType.LOCATION;
      return name && token.isCapitalized() && token.isProperNoun();
    }

    /**
     * The first token of a person's mention that starts at {@code start}, moved back over a role
     * noun right before it and that noun's modifiers ("former team captain"), or over modifiers of
     * a title ("former President"): lowercase-able nouns, adjectives, participles, the names of
     * places, organizations and groups ("US President", "NASA Administrator") and, before a role
     * noun, of the person the role serves ("Clinton spokesman"), which stay mentions of their own
     * inside this one. Stops at anything else and never cuts a name in two.
     */
    private int withRole(int start, boolean titled) {
      int first = start;
      boolean role = false;
      boolean headAfter = titled;
      for (int i = start - 1; i >= from && start - i <= MAX_ROLE_WORDS; i--) {
        Token token = tokens.get(i);
        boolean roleNoun = token.tag().startsWith("NN") && kbp.isRoleNoun(token.text());
        if (i == start - 1 && roleNoun && !token.tag().equals("NNS")) {
          role = true;
        }
        EntityType name = typeOf(token.ner());
        boolean word =
            name == null
                && !inGazetteerMatch(i)
                && (roleNoun
                    || (role && token.tag().equals("NN"))
                    || token.tag().startsWith("JJ")
                    || token.tag().equals("VBN"));
        boolean otherName =
            name != null && (name != EntityType.PERSON || role) && !token.isPunctuation();
        boolean joined = (role || titled) && isHyphenInWord(i);
        boolean modifier = headAfter && isNameModifier(i);
        if (!(word || otherName || joined || modifier) || lineBreakBefore(i + 1)) {
          break;
        }
        headAfter = roleNoun || modifier;
        first = i;
        if (joined) {
          first = --i;
        }
      }
      while (first < start && first > from && continuesName(first)) {
        first++;
      }
      return withPossessor(role || titled ? first : start);
    }

    /**
     * Whether the token is a hyphen inside a word ("front-runner", "then-Sen.", which CoreNLP
     * splits); the word before it goes with it.
     */
    private boolean isHyphenInWord(int i) {
      return tokens.get(i).is("-")
          && i > from
          && i + 1 < to
          && tokens.get(i - 1).end() == tokens.get(i).start()
          && tokens.get(i).end() == tokens.get(i + 1).start();
    }

    /**
     * Whether the token is a capitalized proper noun no tagger took for a name or anything else,
     * which before a title or role names its domain ("Senate Majority Leader", "Environment
     * Minister", "State spokesman"); not a speech verb opening an inverted cue, a weekday or a
     * month (NER's date model is off).
     */
    private boolean isNameModifier(int i) {
      Token token = tokens.get(i);
      return token.tag().equals("NNP")
          && token.isCapitalized()
          && token.ner().equals("O")
          && !inGazetteerMatch(i)
          && !INVERTED_CUES.contains(token.text())
          && !token.isDayOrMonth();
    }

    /**
     * The first token of a mention starting at {@code first}, moved back over a place or
     * organization whose possessive stands right before it ("Civic Party's Jeremy Tam").
     */
    private int withPossessor(int first) {
      int possessive = first - 1;
      if (possessive - 1 < from || !tokens.get(possessive).tag().equals("POS")) {
        return first;
      }
      EntityType owner = typeOf(tokens.get(possessive - 1).ner());
      if (owner != EntityType.ORGANIZATION && owner != EntityType.LOCATION) {
        return first;
      }
      int ownerStart = possessive - 1;
      while (ownerStart > from && continuesName(ownerStart)) {
        ownerStart--;
      }
      return ownerStart;
    }

    /**
     * Whether the name at tokens {@code [a, b)} opens its sentence with a speech verb that NER took
     * for a first name and a comma follows ({@code Said Brandt, “...”}).
     */
    private boolean opensInvertedCue(int a, int b) {
      return a == from
          && b - a >= 2
          && b < to
          && tokens.get(b).is(",")
          && INVERTED_CUES.contains(tokens.get(a).text());
    }

    /** Whether the token is part of the same name as the token before it. */
    private boolean continuesName(int token) {
      String ner = tokens.get(token).ner();
      return typeOf(ner) != null
          && tokens.get(token - 1).ner().equals(ner)
          && !lineBreakBefore(token);
    }

    private boolean inGazetteerMatch(int token) {
      for (Match<Gazetteer.Entry> match : gazetteerMatches) {
        if (match.firstToken() <= token && token < match.endToken()) {
          return true;
        }
      }
      return false;
    }

    private boolean lineBreakBefore(int token) {
      return text.lineBreakBefore(token);
    }

    private int gazetteerStartingAt(int token) {
      for (int g = 0; g < gazetteerMatches.size(); g++) {
        if (gazetteerMatches.get(g).firstToken() == token) {
          return g;
        }
      }
      return -1;
    }

    private void emitGazetteer(int g) {
      gazetteerDone[g] = true;
      Match<Gazetteer.Entry> match = gazetteerMatches.get(g);
      emit(
          match.firstToken(),
          match.endToken(),
          match.firstToken(),
          match.endToken(),
          match.value().type(),
          match.value().canonical(),
          Gender.UNKNOWN);
    }

    /**
     * Adds the mention of tokens {@code [mentionStart, mentionEnd)} whose name, without a title or
     * affiliation, is tokens {@code [a, b)}.
     */
    private void emit(
        int mentionStart,
        int mentionEnd,
        int a,
        int b,
        EntityType type,
        String canonical,
        Gender titleGender) {
      int start = tokens.get(mentionStart).start();
      int nameStart = tokens.get(a).start();
      int nameEnd = endOfName(b);
      int end = mentionEnd == b ? nameEnd : endOfName(mentionEnd);
      out.add(
          new NameMention(
              start,
              end,
              text.slice(start, end),
              text.slice(nameStart, nameEnd),
              field,
              type,
              canonical,
              titleGender));
    }

    /**
     * The end offset of a name whose last token is {@code b - 1}: before a possessive ending, and
     * after the period of an abbreviation that also ends the sentence ("U.S.", which the tokenizer
     * splits into "U.S" and the sentence's period).
     */
    private int endOfName(int b) {
      int end = tokens.get(b - 1).end();
      String last = tokens.get(b - 1).text();
      if (last.length() > 2 && (last.endsWith("’s") || last.endsWith("'s"))) {
        return end - 2;
      }
      boolean abbreviation = last.indexOf('.') > 0;
      return abbreviation && end < text.text().length() && text.text().charAt(end) == '.'
          ? end + 1
          : end;
    }

    /**
     * The end token of a person's mention whose name ends before token {@code b}: after an
     * organization or place the person belongs to ("Wu Chi-wai of the Democratic Party", "Ted Cruz
     * of Texas"), which stays a mention of its own inside this one.
     */
    private int withAffiliation(int b) {
      int i = b;
      if (i >= to || !(tokens.get(i).is("of") || tokens.get(i).is("from"))) {
        return b;
      }
      i++;
      if (i < to && tokens.get(i).is("the")) {
        i++;
      }
      if (i >= to || lineBreakBefore(i)) {
        return b;
      }
      String ner = tokens.get(i).ner();
      EntityType type = typeOf(ner);
      if (type != EntityType.ORGANIZATION && type != EntityType.LOCATION) {
        return b;
      }
      int end = nameEnd(i);
      boolean possessive = end < to && tokens.get(end).tag().equals("POS");
      return end > i && !possessive ? end : b;
    }

    /**
     * The end token of a town's mention whose name is tokens {@code [a, b)}: after the country,
     * state or province that follows it with a comma ("Houston, Texas", "Mecca, Saudi Arabia"), and
     * after the country that follows a state in turn ("Evansville, Indiana, United States"); each
     * stays a mention of its own inside this one. Not in a list of places ("Paris, France and
     * Italy"; "and" before anything else ends no list) or when the first name is a region itself
     * ("Spain, France").
     */
    private int withRegion(int a, int b) {
      int end = regionAfter(b);
      String town = text.slice(tokens.get(a).start(), tokens.get(b - 1).end());
      if (end == b || kbp.isRegion(town)) {
        return b;
      }
      boolean listBefore =
          a - 2 >= from
              && tokens.get(a - 1).is(",")
              && typeOf(tokens.get(a - 2).ner()) == EntityType.LOCATION;
      int country = regionAfter(end);
      String region = text.slice(tokens.get(b + 1).start(), tokens.get(end - 1).end());
      if (country > end
          && !kbp.isCountry(region)
          && kbp.isCountry(
              text.slice(tokens.get(end + 1).start(), tokens.get(country - 1).end()))) {
        end = country;
      }
      return listBefore || placeListAfter(end) ? b : end;
    }

    /**
     * One past the country, state or province that follows the name ending before token {@code b}
     * with a comma, or {@code b} when none does.
     */
    private int regionAfter(int b) {
      int region = b + 1;
      if (region >= to
          || !tokens.get(b).is(",")
          || lineBreakBefore(region)
          || typeOf(tokens.get(region).ner()) != EntityType.LOCATION) {
        return b;
      }
      int end = nameEnd(region);
      boolean known =
          end > region
              && kbp.isRegion(text.slice(tokens.get(region).start(), tokens.get(end - 1).end()));
      return known ? end : b;
    }

    /** Whether another place follows token {@code end} in a list ("..., France and Italy"). */
    private boolean placeListAfter(int end) {
      if (end + 1 >= to
          || !(tokens.get(end).is(",") || tokens.get(end).is("and") || tokens.get(end).is("or"))) {
        return false;
      }
      int next = tokens.get(end + 1).is("the") ? end + 2 : end + 1;
      return next < to && typeOf(tokens.get(next).ner()) == EntityType.LOCATION;
    }

    /** One past the last token of the name that starts at token {@code first}. */
    private int nameEnd(int first) {
      String ner = tokens.get(first).ner();
      int end = first + 1;
      while (end < to && tokens.get(end).ner().equals(ner) && !lineBreakBefore(end)) {
        end++;
      }
      while (end > first && isTrailingJunk(tokens.get(end - 1))) {
        end--;
      }
      return end;
    }

    private boolean allInTitle(int a, int b) {
      for (int i = a; i < b; i++) {
        if (!inTitle[i - from]) {
          return false;
        }
      }
      return true;
    }
  }

  private static Gender orUnknown(Gender gender) {
    return gender == null ? Gender.UNKNOWN : gender;
  }

  /** Tokens that close a title in apposition after a name ("X, the Mayor, said"). */
  private static final Set<String> CLOSERS = Set.of(",", ".", ";", ")");

  /** Words that join a title to its domain ("Mayor of Bergen"). */
  private static final Set<String> DOMAIN_JOINERS = Set.of("of", "for", "at");

  private static final int MAX_DOMAIN_TOKENS = 8;

  /** Words that name a part of a place before its name ("Southern Indiana"). */
  private static final Set<String> COMPASS_WORDS =
      Set.of(
          "North",
          "South",
          "East",
          "West",
          "Northern",
          "Southern",
          "Eastern",
          "Western",
          "Central");

  private static boolean startsWithDigit(Token token) {
    return Character.isDigit(token.text().charAt(0));
  }

  private static boolean isTrailingJunk(Token token) {
    return token.tag().equals("POS") || token.isPunctuation();
  }

  private static boolean isAdjectival(Token token) {
    return token.tag().equals("JJ") || token.tag().equals("NNPS") || token.tag().equals("NNS");
  }
}

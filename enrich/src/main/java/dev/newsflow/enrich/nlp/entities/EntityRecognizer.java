package dev.newsflow.enrich.nlp.entities;

import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.enrich.nlp.text.PhraseTable.Match;
import dev.newsflow.enrich.nlp.text.Token;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the names in one field: CoreNLP's NER chunks, corrected with the {@link Gazetteer} (which
 * wins over shorter or equal NER chunks), {@link PersonTitles} (a title right before a person's
 * name is part of the mention as written, "Secretary of State Antony Blinken", but never of the
 * name the entity is grouped by; names inside a title such as "State" in "Secretary of State" are
 * dropped), and the rule that an adjectival MISC word ("Chinese") is a NORP. Possessive endings are
 * never part of a name.
 */
public final class EntityRecognizer {

  private final Gazetteer gazetteer;
  private final PersonTitles titles;

  /** Creates a recognizer with the given word lists. */
  public EntityRecognizer(Gazetteer gazetteer, PersonTitles titles) {
    this.gazetteer = gazetteer;
    this.titles = titles;
  }

  /** Returns the names of a field in text order. */
  public List<NameMention> recognize(AnnotatedText text, TextField field) {
    List<NameMention> mentions = new ArrayList<>();
    for (int s = 0; s < text.sentenceCount(); s++) {
      new SentenceScan(text, field, text.sentenceStart(s), text.sentenceEnd(s), mentions).run();
    }
    mentions.sort(Comparator.comparingInt(NameMention::start));
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
        while (end < to && typeOf(tokens.get(end).ner()) == type) {
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
      }
      int mentionStart = finalType == EntityType.PERSON && titleStart >= 0 ? titleStart : a;
      emit(mentionStart, a, b, finalType, null, titleGender);
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
          match.firstToken(),
          match.endToken(),
          match.value().type(),
          match.value().canonical(),
          Gender.UNKNOWN);
    }

    /**
     * Adds the mention of tokens {@code [mentionStart, b)} whose name, without a title, is tokens
     * {@code [a, b)}.
     */
    private void emit(
        int mentionStart, int a, int b, EntityType type, String canonical, Gender titleGender) {
      int start = tokens.get(mentionStart).start();
      int nameStart = tokens.get(a).start();
      int end = tokens.get(b - 1).end();
      String last = tokens.get(b - 1).text();
      if (last.length() > 2 && (last.endsWith("’s") || last.endsWith("'s"))) {
        end -= 2;
      }
      out.add(
          new NameMention(
              start,
              end,
              text.slice(start, end),
              text.slice(nameStart, end),
              field,
              type,
              canonical,
              titleGender));
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

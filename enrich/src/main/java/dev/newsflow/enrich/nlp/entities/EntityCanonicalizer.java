package dev.newsflow.enrich.nlp.entities;

import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.enrich.nlp.text.PhraseTable;
import dev.newsflow.enrich.nlp.text.Token;
import dev.newsflow.events.Entity;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.Mention;
import dev.newsflow.events.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups the names of one article into entities, one per real-world thing: a surname ("Blinken")
 * joins the full name found anywhere in the article ("Antony Blinken"), gazetteer names join by
 * their canonical name, other names by their text; a word tagged inconsistently gets the type most
 * of its mentions have. Entity ids are {@code e1, e2, ...} in order of first mention, title first.
 */
public final class EntityCanonicalizer {

  private final NameGenders genders;
  private final PersonTitles titles;

  /**
   * Creates a canonicalizer that guesses person genders with the given names and puts a title
   * before a recovered surname into its mention.
   */
  public EntityCanonicalizer(NameGenders genders, PersonTitles titles) {
    this.genders = genders;
    this.titles = titles;
  }

  /** Builds the article's entities from the names found in its title and body. */
  public ArticleEntities canonicalize(
      AnnotatedText title,
      List<NameMention> titleNames,
      AnnotatedText body,
      List<NameMention> bodyNames) {
    Set<String> surnames = new HashSet<>();
    Set<String> fullNames = new HashSet<>();
    for (List<NameMention> names : List.of(titleNames, bodyNames)) {
      for (NameMention name : names) {
        String[] words = words(name.name());
        if (name.type() == EntityType.PERSON && words.length > 1) {
          surnames.add(words[words.length - 1]);
          fullNames.add(String.join(" ", words));
        }
      }
    }
    List<NameMention> all = new ArrayList<>();
    all.addAll(withRecoveredSurnames(title, withPersonsInside(titleNames, fullNames), surnames));
    all.addAll(withRecoveredSurnames(body, withPersonsInside(bodyNames, fullNames), surnames));
    all = harmonizeTypes(all, surnames);
    return group(all);
  }

  /**
   * The names with a person's mention added inside each other name that holds the full name of a
   * person the article names ("Andy Warhol" in "Andy Warhol Foundation" when Andy Warhol is named
   * too), in {@link NameMention#TEXT_ORDER} like the recognizer's.
   */
  private static List<NameMention> withPersonsInside(
      List<NameMention> names, Set<String> fullNames) {
    if (fullNames.isEmpty()) {
      return names;
    }
    List<NameMention> result = new ArrayList<>(names);
    for (NameMention name : names) {
      if (name.type() == EntityType.PERSON) {
        continue;
      }
      for (String person : fullNames) {
        int at = wordIndex(name.text(), person);
        if (at >= 0 && person.length() < name.text().length()) {
          int start = name.start() + at;
          result.add(
              new NameMention(
                  start,
                  start + person.length(),
                  person,
                  person,
                  name.field(),
                  EntityType.PERSON,
                  null,
                  Gender.UNKNOWN));
        }
      }
    }
    if (result.size() > names.size()) {
      result.sort(NameMention.TEXT_ORDER);
    }
    return result;
  }

  /** Where the words stand in the text as whole words, or -1. */
  private static int wordIndex(String text, String words) {
    for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      int end = at + words.length();
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startsWord && endsWord) {
        return at;
      }
    }
    return -1;
  }

  /**
   * The names without overlaps but nested ones, plus a person's mention at each proper noun that is
   * the surname of a person the article names in full and no name covers ("Mr Brandt" after "Peter
   * Brandt"), with the title right before it.
   */
  private List<NameMention> withRecoveredSurnames(
      AnnotatedText text, List<NameMention> names, Set<String> surnames) {
    List<NameMention> kept = new ArrayList<>();
    NameMention outer = null;
    for (NameMention name : names) {
      if (outer == null || name.start() >= outer.end()) {
        kept.add(name);
        outer = name;
      } else if (isNested(name, outer)) {
        kept.add(name);
      }
    }
    if (surnames.isEmpty() || text.size() == 0) {
      return kept;
    }
    TextField field = kept.isEmpty() ? null : kept.get(0).field();
    List<NameMention> result = new ArrayList<>(kept.size());
    List<Token> tokens = text.tokens();
    int next = 0;
    for (int t = 0; t < tokens.size(); t++) {
      Token token = tokens.get(t);
      while (next < kept.size() && kept.get(next).end() <= token.start()) {
        result.add(kept.get(next++));
      }
      boolean covered = next < kept.size() && kept.get(next).start() < token.end();
      if (!covered
          && field != null
          && (token.isProperNoun() || afterLowercaseWord(tokens, t))
          && token.isCapitalized()
          && surnames.contains(token.text())) {
        int freeFrom = result.isEmpty() ? 0 : result.get(result.size() - 1).end();
        Optional<PhraseTable.Match<Gender>> title = titleEndingAt(text, t, freeFrom);
        int start = title.map(m -> tokens.get(m.firstToken()).start()).orElse(token.start());
        result.add(
            new NameMention(
                start,
                token.end(),
                text.slice(start, token.end()),
                token.text(),
                field,
                EntityType.PERSON,
                null,
                title.map(PhraseTable.Match::value).orElse(Gender.UNKNOWN)));
      }
    }
    while (next < kept.size()) {
      result.add(kept.get(next++));
    }
    return result;
  }

  /**
   * Whether a lowercase word stands right before token {@code t}, so that its capital marks a name
   * even where the tagger read it as another part of speech ("had known Devocht personally").
   */
  private static boolean afterLowercaseWord(List<Token> tokens, int t) {
    return t > 0 && Character.isLowerCase(tokens.get(t - 1).text().charAt(0));
  }

  /**
   * The capitalized title of up to three words that ends right before token {@code end} on the same
   * line and starts at or after offset {@code freeFrom}, if any.
   */
  private Optional<PhraseTable.Match<Gender>> titleEndingAt(
      AnnotatedText text, int end, int freeFrom) {
    List<Token> tokens = text.tokens();
    for (int first = Math.max(0, end - 3); first < end; first++) {
      Token token = tokens.get(first);
      Optional<PhraseTable.Match<Gender>> title = titles.longestAt(tokens, first, end);
      if (title.isPresent()
          && title.get().endToken() == end
          && token.isCapitalized()
          && token.start() >= freeFrom
          && !text.slice(token.start(), tokens.get(end).start()).contains("\n")) {
        return title;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a name stands inside a longer mention but outside its name, as a name of its own: "US"
   * in "US President Barack Obama", "Texas" in "Houston, Texas"; or is a person inside another name
   * ("Andy Warhol Foundation") or a place in an organization's ("US State Department", "University
   * of North Carolina"); a person inside a person's mention only before that person's name
   * ("Clinton" in "Clinton spokesman Brian Fallon").
   */
  private static boolean isNested(NameMention name, NameMention outer) {
    int outerName = outer.text().indexOf(outer.name());
    boolean bothPersons =
        name.type() == EntityType.PERSON
            && outer.type() == EntityType.PERSON
            && (outerName < 0 || name.end() > outer.start() + outerName);
    boolean personInName = name.type() == EntityType.PERSON && outer.type() != EntityType.PERSON;
    boolean placeInName =
        name.type() == EntityType.LOCATION && outer.type() == EntityType.ORGANIZATION;
    return name.end() <= outer.end()
        && !bothPersons
        && (personInName || placeInName || !outer.name().contains(name.name()));
  }

  private static List<NameMention> harmonizeTypes(List<NameMention> names, Set<String> surnames) {
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    for (NameMention name : names) {
      if (name.canonical() == null) {
        votes
            .computeIfAbsent(name.name(), k -> new EnumMap<>(EntityType.class))
            .merge(name.type(), 1, Integer::sum);
      }
    }
    List<NameMention> result = new ArrayList<>(names.size());
    for (NameMention name : names) {
      boolean single = words(name.name()).length == 1;
      if (name.type() != EntityType.PERSON && single && surnames.contains(name.name())) {
        result.add(name.withType(EntityType.PERSON));
        continue;
      }
      Map<EntityType, Integer> counts = votes.get(name.name());
      if (name.canonical() == null && counts != null && counts.size() > 1) {
        EntityType best = name.type();
        for (Map.Entry<EntityType, Integer> count : counts.entrySet()) {
          int bestCount = counts.get(best);
          if (count.getValue() > bestCount
              || (count.getValue() == bestCount && count.getKey() == EntityType.PERSON)) {
            best = count.getKey();
          }
        }
        result.add(best == name.type() ? name : name.withType(best));
      } else {
        result.add(name);
      }
    }
    return result;
  }

  private ArticleEntities group(List<NameMention> names) {
    PersonNames persons = new PersonNames();
    for (NameMention name : names) {
      if (name.type() == EntityType.PERSON) {
        persons.addFullName(words(name.name()));
      }
    }
    Map<String, Cluster> clusters = new LinkedHashMap<>();
    for (int order = 0; order < names.size(); order++) {
      NameMention mention = names.get(order);
      String[] words = words(mention.name());
      String name;
      if (mention.type() == EntityType.PERSON) {
        name = persons.canonicalFor(words, order);
        persons.noteFullMention(words, order);
      } else {
        name = mention.canonical() != null ? mention.canonical() : String.join(" ", words);
      }
      String key = (mention.type() == EntityType.PERSON ? "P:" : "N:") + name;
      clusters.computeIfAbsent(key, k -> new Cluster(name)).add(mention);
    }
    List<Entity> entities = new ArrayList<>();
    List<EntityMention> bodyMentions = new ArrayList<>();
    Map<String, Gender> personGenders = new HashMap<>();
    for (Cluster cluster : clusters.values()) {
      String id = "e" + (entities.size() + 1);
      EntityType type = cluster.type();
      List<Mention> mentions = new ArrayList<>();
      for (NameMention mention : cluster.mentions) {
        mentions.add(new Mention(mention.start(), mention.end(), mention.text(), mention.field()));
      }
      Entity entity = new Entity(id, cluster.name, type, List.copyOf(mentions), 0.0);
      entities.add(entity);
      for (NameMention mention : cluster.mentions) {
        if (mention.field() == TextField.BODY) {
          bodyMentions.add(
              new EntityMention(mention.start(), mention.end(), mention.text(), entity));
        }
      }
      if (type == EntityType.PERSON) {
        personGenders.put(id, cluster.gender(genders));
      }
    }
    return new ArticleEntities(entities, outermost(bodyMentions), personGenders);
  }

  /**
   * The mentions sorted by start without those inside or overlapping an earlier, longer one ("US"
   * inside "US President Barack Obama"): the quote rules look mentions up by offset and want the
   * person's.
   */
  private static List<EntityMention> outermost(List<EntityMention> mentions) {
    List<EntityMention> sorted = new ArrayList<>(mentions);
    sorted.sort(
        Comparator.comparingInt(EntityMention::start)
            .thenComparing(Comparator.comparingInt(EntityMention::end).reversed()));
    List<EntityMention> kept = new ArrayList<>();
    for (EntityMention mention : sorted) {
      if (kept.isEmpty() || mention.start() >= kept.get(kept.size() - 1).end()) {
        kept.add(mention);
      }
    }
    return kept;
  }

  static String[] words(String text) {
    return text.strip().split("\\s+");
  }

  /** The mentions that make one entity. */
  private static final class Cluster {
    private final String name;
    private final List<NameMention> mentions = new ArrayList<>();

    Cluster(String name) {
      this.name = name;
    }

    void add(NameMention mention) {
      mentions.add(mention);
    }

    EntityType type() {
      for (NameMention mention : mentions) {
        if (mention.canonical() != null) {
          return mention.type();
        }
      }
      Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
      EntityType best = mentions.get(0).type();
      for (NameMention mention : mentions) {
        int count = counts.merge(mention.type(), 1, Integer::sum);
        if (count > counts.getOrDefault(best, 0)) {
          best = mention.type();
        }
      }
      return best;
    }

    Gender gender(NameGenders genders) {
      for (NameMention mention : mentions) {
        if (mention.titleGender() != Gender.UNKNOWN) {
          return mention.titleGender();
        }
      }
      return genders.ofFullName(name);
    }
  }
}

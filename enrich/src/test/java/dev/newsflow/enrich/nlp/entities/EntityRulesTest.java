package dev.newsflow.enrich.nlp.entities;

import static dev.newsflow.enrich.nlp.Analyses.analyze;
import static dev.newsflow.enrich.nlp.Analyses.entity;
import static dev.newsflow.enrich.nlp.Analyses.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.enrich.nlp.Analysis;
import dev.newsflow.events.Entity;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.Mention;
import dev.newsflow.events.TextField;
import org.junit.jupiter.api.Test;

class EntityRulesTest {

  @Test
  void shouldLinkASurnameToTheFullNameAndLeaveOutThePossessive() {
    Analysis analysis =
        analyze(
            "",
            "Finance Minister Laura Kessler met bankers in Vienna on Monday. "
                + "Kessler’s visit came a week after the budget vote.");

    Entity kessler = entity(analysis, "Laura Kessler");
    assertThat(kessler.type()).isEqualTo(EntityType.PERSON);
    assertThat(kessler.mentions())
        .extracting(Mention::text)
        .containsExactly("Finance Minister Laura Kessler", "Kessler");
  }

  @Test
  void shouldLinkATitleMentionToTheFullNameInTheBody() {
    String title = "Kessler warns of slowdown";
    Analysis analysis =
        analyze(title, "Austrian Finance Minister Laura Kessler warned of a slowdown on Monday.");

    Entity kessler = entity(analysis, "Laura Kessler");
    assertThat(kessler.id()).isEqualTo("e1");
    assertThat(kessler.mentions().get(0).field()).isEqualTo(TextField.TITLE);
    assertThat(kessler.mentions().get(0).text()).isEqualTo("Kessler");
    assertThat(kessler.mentions()).extracting(Mention::field).contains(TextField.BODY);
  }

  @Test
  void shouldKeepTheTitleAndCountryInTheMentionButNotInTheNameNorMistakeItForAnOrganization() {
    String body = "US Secretary of State Daniel Hartley arrived in Oslo late on Tuesday.";
    Analysis analysis = analyze("", body);

    Mention mention = entity(analysis, "Daniel Hartley").mentions().get(0);
    assertThat(mention.text()).isEqualTo("US Secretary of State Daniel Hartley");
    assertThat(mention.start()).isEqualTo(body.indexOf("US"));
    assertThat(names(analysis, EntityType.PERSON)).containsExactly("Daniel Hartley");
    assertThat(names(analysis, EntityType.ORGANIZATION)).doesNotContain("State");
    assertThat(names(analysis, EntityType.LOCATION)).contains("United States", "Oslo");
  }

  @Test
  void shouldGroupTitledAndUntitledMentionsOfOnePerson() {
    Analysis analysis =
        analyze(
            "",
            "Mayor Ingrid Solberg opened the bridge on Friday. "
                + "Ingrid Solberg thanked the workers, and Solberg cut the ribbon.");

    assertThat(entity(analysis, "Ingrid Solberg").mentions())
        .extracting(Mention::text)
        .containsExactly("Mayor Ingrid Solberg", "Ingrid Solberg", "Solberg");
    assertThat(names(analysis, EntityType.PERSON)).containsExactly("Ingrid Solberg");
  }

  @Test
  void shouldTakeTheRoleAndAffiliationIntoThePersonsMentionAndKeepThePlaceAsItsOwn() {
    String body = "The bridge was designed by engineer Ingrid Solberg of Bergen.";
    Analysis analysis = analyze("", body);

    Mention mention = entity(analysis, "Ingrid Solberg").mentions().get(0);
    assertThat(mention.text()).isEqualTo("engineer Ingrid Solberg of Bergen");
    assertThat(mention.start()).isEqualTo(body.indexOf("engineer"));
    assertThat(entity(analysis, "Bergen").mentions())
        .extracting(Mention::text)
        .containsExactly("Bergen");
  }

  @Test
  void shouldTakeOnlyRoleNounsNotOtherNounsBeforeAName() {
    Analysis analysis =
        analyze(
            "",
            "The bill Clinton vetoed was long. This time Trump agreed, and team captain Harry"
                + " Kane scored twice.");

    assertThat(entity(analysis, "Clinton").mentions())
        .extracting(Mention::text)
        .containsExactly("Clinton");
    assertThat(entity(analysis, "Trump").mentions())
        .extracting(Mention::text)
        .containsExactly("Trump");
    assertThat(entity(analysis, "Harry Kane").mentions())
        .extracting(Mention::text)
        .containsExactly("team captain Harry Kane");
  }

  @Test
  void shouldTakeThePersonARoleServesIntoTheMentionAndKeepThatPersonAsTheirOwn() {
    Analysis analysis =
        analyze(
            "",
            "Peter Brandt toured Ohio on Monday. Brandt campaign manager Laura Kessler said the"
                + " crowds were large, and former Brandt adviser David Berg agreed.");

    assertThat(entity(analysis, "Laura Kessler").mentions())
        .extracting(Mention::text)
        .containsExactly("Brandt campaign manager Laura Kessler");
    assertThat(entity(analysis, "David Berg").mentions())
        .extracting(Mention::text)
        .containsExactly("former Brandt adviser David Berg");
    assertThat(entity(analysis, "Peter Brandt").mentions())
        .extracting(Mention::text)
        .containsExactly("Peter Brandt", "Brandt", "Brandt");
  }

  @Test
  void shouldTakeHyphenatedRolesAndTheCapitalizedWordsOfATitleIntoTheMention() {
    Analysis analysis =
        analyze(
            "",
            "Republican presidential front-runner Peter Brandt met Senate Majority Leader Laura"
                + " Kessler and Environment Minister Ingrid Solberg on Monday.");

    assertThat(entity(analysis, "Peter Brandt").mentions())
        .extracting(Mention::text)
        .containsExactly("Republican presidential front-runner Peter Brandt");
    assertThat(entity(analysis, "Laura Kessler").mentions())
        .extracting(Mention::text)
        .containsExactly("Senate Majority Leader Laura Kessler");
    assertThat(entity(analysis, "Ingrid Solberg").mentions())
        .extracting(Mention::text)
        .containsExactly("Environment Minister Ingrid Solberg");
  }

  @Test
  void shouldFindTheCountryThatOpensAnOrganizationsNameButNoWeekdayBeforeATitle() {
    String body =
        "The US State Department denied the report. On Tuesday Mayor Ingrid Solberg said the"
            + " New Zealand Herald had asked first.";
    Analysis analysis = analyze("", body);

    assertThat(entity(analysis, "US State Department").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(entity(analysis, "United States").mentions())
        .extracting(Mention::text, Mention::start)
        .containsExactly(tuple("US", body.indexOf("US State")));
    assertThat(entity(analysis, "New Zealand").mentions())
        .extracting(Mention::text)
        .containsExactly("New Zealand");
    assertThat(entity(analysis, "Ingrid Solberg").mentions())
        .extracting(Mention::text)
        .containsExactly("Mayor Ingrid Solberg");
  }

  @Test
  void shouldReadAnInstitutionWithItsDomainAsOneOrganizationAndTheRegionInItAsAPlace() {
    String body =
        "The request came from the Municipality of Livorno in May. Laura Kessler of the Ministry"
            + " of Culture and the European Court of Human Rights disagreed. Peter Brandt, former"
            + " Museum of Flight CEO Ingrid Solberg and the Association of British insurers wrote"
            + " to the Ministry of Defence and NATO. The Department of Justice and the"
            + " University of North Carolina did not answer.";
    Analysis analysis = analyze("", body);

    assertThat(names(analysis, EntityType.ORGANIZATION))
        .contains(
            "Municipality of Livorno",
            "Ministry of Culture",
            "European Court of Human Rights",
            "Museum of Flight",
            "Ministry of Defence",
            "NATO")
        .doesNotContain("Association of British", "Ministry of Defence and NATO");
    assertThat(entity(analysis, "North Carolina").mentions())
        .extracting(Mention::start)
        .containsExactly(body.indexOf("North Carolina"));
    assertThat(names(analysis, EntityType.LOCATION)).doesNotContain("Livorno", "Justice");
    assertThat(entity(analysis, "Ingrid Solberg").mentions())
        .extracting(Mention::text)
        .containsExactly("former Museum of Flight CEO Ingrid Solberg");
  }

  @Test
  void shouldNestAPlaceWithItsCompassWordInAnOrganizationsName() {
    String body = "David Berg teaches at the University of Northern Oregon and at Central College.";
    Analysis analysis = analyze("", body);

    assertThat(entity(analysis, "Northern Oregon").mentions())
        .extracting(Mention::start)
        .containsExactly(body.indexOf("Northern Oregon"));
    assertThat(names(analysis, EntityType.LOCATION)).doesNotContain("Oregon");
  }

  @Test
  void shouldReadTheStateOfAPlaceAsAMentionOfThatPlace() {
    String body = "The State of Oregon sued the company on Monday. Oregon wants its money back.";
    Analysis analysis = analyze("", body);

    assertThat(entity(analysis, "Oregon").mentions())
        .extracting(Mention::text)
        .containsExactly("State of Oregon", "Oregon");
  }

  @Test
  void shouldTakeAnOfficeWithItsDomainIntoTheMention() {
    Analysis analysis =
        analyze(
            "",
            "The Minister of Education Laura Kessler opened the school on Monday. Later the"
                + " Chief of Staff of the Harbour Authority, Peter Brandt, and Ambassador to the"
                + " United States Ingrid Solberg arrived.");

    assertThat(entity(analysis, "Laura Kessler").mentions())
        .extracting(Mention::text)
        .containsExactly("Minister of Education Laura Kessler");
    assertThat(entity(analysis, "Ingrid Solberg").mentions())
        .extracting(Mention::text)
        .containsExactly("Ambassador to the United States Ingrid Solberg");
    assertThat(entity(analysis, "Peter Brandt").mentions())
        .extracting(Mention::text)
        .containsExactly("Peter Brandt");
  }

  @Test
  void shouldTakeNewsRolesTheKbpListLacksButNoFamilyWord() {
    Analysis analysis =
        analyze(
            "",
            "Republican presidential nominee Peter Brandt arrived with senior adviser Laura"
                + " Kessler and his wife Ingrid Solberg.");

    assertThat(entity(analysis, "Peter Brandt").mentions())
        .extracting(Mention::text)
        .containsExactly("Republican presidential nominee Peter Brandt");
    assertThat(entity(analysis, "Laura Kessler").mentions())
        .extracting(Mention::text)
        .containsExactly("senior adviser Laura Kessler");
    assertThat(entity(analysis, "Ingrid Solberg").mentions())
        .extracting(Mention::text)
        .containsExactly("Ingrid Solberg");
  }

  @Test
  void shouldKeepTheTitleBeforeASurnameTheTaggerMissed() {
    Analysis analysis =
        analyze(
            "",
            "Prime Minister John Key spoke first. Mr Key promoted the campaign for a new flag.");

    assertThat(entity(analysis, "John Key").mentions())
        .extracting(Mention::text)
        .containsExactly("Prime Minister John Key", "Mr Key");
  }

  @Test
  void shouldFindASurnameTheTaggerReadAsAnAdjectiveAfterALowercaseWord() {
    Analysis analysis =
        analyze(
            "",
            "The magazine attacked defectors including Marek Bitter. Ines Rovira had known Bitter"
                + " personally, and came to the conclusion.");

    assertThat(entity(analysis, "Marek Bitter").mentions())
        .extracting(Mention::text)
        .containsExactly("Marek Bitter", "Bitter");
  }

  @Test
  void shouldTakeAnOrganizationsPossessiveIntoThePersonsMention() {
    Analysis analysis = analyze("", "Britain's Prime Minister Theresa May met the Queen.");

    assertThat(entity(analysis, "Theresa May").mentions())
        .extracting(Mention::text)
        .containsExactly("Britain's Prime Minister Theresa May");
    assertThat(names(analysis, EntityType.LOCATION)).contains("United Kingdom");
  }

  @Test
  void shouldReadAnAcronymAPersonBelongsToAsAnOrganization() {
    Analysis analysis =
        analyze(
            "",
            "In Bergen North, Laura Kessler of BFP was elected with 41,310 votes."
                + " BFP's Peter Brandt won too.");

    assertThat(entity(analysis, "Laura Kessler").mentions())
        .extracting(Mention::text)
        .containsExactly("Laura Kessler of BFP");
    assertThat(entity(analysis, "Peter Brandt").mentions())
        .extracting(Mention::text)
        .containsExactly("BFP's Peter Brandt");
    assertThat(entity(analysis, "BFP").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void shouldReadCapitalizedWordsAPersonBelongsToAsAnOrganizationButNoMonth() {
    Analysis analysis =
        analyze(
            "",
            "Laura Kessler of Harbour Renewal was elected. Harbour Renewal's Peter Brandt lost,"
                + " and support for Ingrid Solberg from December held.");

    assertThat(entity(analysis, "Laura Kessler").mentions())
        .extracting(Mention::text)
        .containsExactly("Laura Kessler of Harbour Renewal");
    assertThat(entity(analysis, "Peter Brandt").mentions())
        .extracting(Mention::text)
        .containsExactly("Harbour Renewal's Peter Brandt");
    assertThat(entity(analysis, "Harbour Renewal").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(entity(analysis, "Ingrid Solberg").mentions())
        .extracting(Mention::text)
        .containsExactly("Ingrid Solberg");
  }

  @Test
  void shouldNotReadAnAcronymThatModifiesANounAsAnOrganization() {
    Analysis analysis =
        analyze("", "“Customers want it,” says Cara Diemont of IT firm Dimension Data in Vienna.");

    assertThat(names(analysis, EntityType.ORGANIZATION)).doesNotContain("IT");
    assertThat(entity(analysis, "Cara Diemont").mentions())
        .extracting(Mention::text)
        .doesNotContain("Cara Diemont of IT");
  }

  @Test
  void shouldTakeTheRegionAfterATownIntoItsMentionButNotJoinAListOfPlaces() {
    Analysis analysis =
        analyze(
            "",
            "She grew up in Houston, Texas, and studied in Spain, France and Italy before "
                + "moving to Paris, France and Rome.");

    assertThat(entity(analysis, "Houston").mentions())
        .extracting(Mention::text)
        .containsExactly("Houston, Texas");
    assertThat(entity(analysis, "Texas").mentions())
        .extracting(Mention::text)
        .containsExactly("Texas");
    assertThat(entity(analysis, "Spain").mentions())
        .extracting(Mention::text)
        .containsExactly("Spain");
    assertThat(entity(analysis, "Paris").mentions())
        .extracting(Mention::text)
        .containsExactly("Paris");
  }

  @Test
  void shouldTakeTheRegionAfterATownBeforeAnAndThatListsNoPlaceAndTheCountryAfterAState() {
    Analysis analysis =
        analyze(
            "",
            "The quilts hang in a gallery in Laredo, Texas and an old mill in Evansville, Indiana, "
                + "United States.");

    assertThat(entity(analysis, "Laredo").mentions())
        .extracting(Mention::text)
        .containsExactly("Laredo, Texas");
    assertThat(entity(analysis, "Evansville").mentions())
        .extracting(Mention::text)
        .containsExactly("Evansville, Indiana, United States");
    assertThat(entity(analysis, "Indiana").mentions())
        .extracting(Mention::text)
        .containsExactly("Indiana");
  }

  @Test
  void shouldTakeATitleStandingAloneForThePersonLastNamedWithIt() {
    Analysis analysis =
        analyze(
            "",
            "Mayor Ingrid Solberg opened the bridge. The Mayor later thanked the engineers. "
                + "The Chancellor did not attend.");

    assertThat(entity(analysis, "Ingrid Solberg").mentions())
        .extracting(Mention::text)
        .containsExactly("Mayor Ingrid Solberg", "Mayor");
    assertThat(names(analysis, EntityType.PERSON)).containsExactly("Ingrid Solberg");
  }

  @Test
  void shouldTakeATitleInAppositionForThePersonBesideIt() {
    Analysis analysis =
        analyze(
            "",
            "Ingrid Solberg, the Mayor, opened the bridge. The company's President, Peter Brandt,"
                + " spoke after David Berg, Director of the Harbour Authority. The Minister and"
                + " Laura Kessler, the Deputy Ministers and staff attended. The choir sang songs by"
                + " Ines Rovira, Queen, Marek Bitter and others.");

    assertThat(entity(analysis, "Ingrid Solberg").mentions())
        .extracting(Mention::text)
        .containsExactly("Ingrid Solberg", "Mayor");
    assertThat(entity(analysis, "Peter Brandt").mentions())
        .extracting(Mention::text)
        .containsExactly("President", "Peter Brandt");
    assertThat(entity(analysis, "David Berg").mentions())
        .extracting(Mention::text)
        .containsExactly("David Berg", "Director");
    assertThat(entity(analysis, "Laura Kessler").mentions())
        .extracting(Mention::text)
        .containsExactly("Laura Kessler");
    assertThat(entity(analysis, "Ines Rovira").mentions())
        .extracting(Mention::text)
        .containsExactly("Ines Rovira");
    assertThat(entity(analysis, "Marek Bitter").mentions())
        .extracting(Mention::text)
        .containsExactly("Marek Bitter");
  }

  @Test
  void shouldTakeTheCapitalizedWordsBeforeATitleInAppositionIntoIt() {
    Analysis analysis =
        analyze(
            "",
            "The Deputy Commissioner, Ines Rovira, agreed. He will succeed the previous High"
                + " Commissioner, Peter Brandt, shortly after.");

    assertThat(entity(analysis, "Ines Rovira").mentions())
        .extracting(Mention::text)
        .containsExactly("Deputy Commissioner", "Ines Rovira");
    assertThat(entity(analysis, "Peter Brandt").mentions())
        .extracting(Mention::text)
        .containsExactly("High Commissioner", "Peter Brandt");
  }

  @Test
  void shouldReadANameThatEndsLikeANewspapersAsAnOrganization() {
    Analysis analysis =
        analyze(
            "", "Laura Kessler told Estonian News: no. The Champions League final is on Monday.");

    assertThat(names(analysis, EntityType.ORGANIZATION))
        .contains("Estonian News")
        .doesNotContain("Champions League");
  }

  @Test
  void shouldNotTakeTheEndOfALongerTitleForTheTitleStandingAlone() {
    Analysis analysis =
        analyze(
            "",
            "President Ana Lind met Vice President Jon Berg on Monday. The President later"
                + " signed the bill.");

    assertThat(entity(analysis, "Ana Lind").mentions())
        .extracting(Mention::text)
        .containsExactly("President Ana Lind", "President");
  }

  @Test
  void shouldFindAPersonTheArticleNamesInsideAnOrganizationsName() {
    String body =
        "Andy Warhol died in 1987. The Andy Warhol Foundation for the Visual Arts gave 120"
            + " prints to the museum.";
    Analysis analysis = analyze("", body);

    assertThat(entity(analysis, "Andy Warhol").mentions())
        .extracting(Mention::start)
        .containsExactly(0, body.indexOf("Andy Warhol Foundation"));
    assertThat(names(analysis, EntityType.ORGANIZATION))
        .contains("Andy Warhol Foundation for the Visual Arts");
  }

  @Test
  void shouldKeepTheFinalPeriodOfAnAbbreviationThatEndsTheSentence() {
    Analysis analysis =
        analyze("", "She moved from Ottawa to Washington D.C. Then she left the U.S.");

    assertThat(analysis.entities())
        .flatExtracting(Entity::mentions)
        .extracting(Mention::text)
        .contains("Washington D.C.", "U.S.");
  }

  @Test
  void shouldNotRunANameAcrossALineBreak() {
    Analysis analysis = analyze("", "Lisa Berg\nAnna Holm\n\nBoth women spoke in Oslo.");

    assertThat(names(analysis, EntityType.PERSON)).contains("Lisa Berg", "Anna Holm");
  }

  @Test
  void shouldFindGazetteerOrganizationsTheNerMisses() {
    Analysis analysis =
        analyze(
            "",
            "Leaders of the G7 and the G20 met NATO officials, the AP reported. Peter Brandt"
                + " posted the video on Twitter on Monday.");

    assertThat(names(analysis, EntityType.ORGANIZATION))
        .contains("G7", "G20", "NATO", "Associated Press", "Twitter");
  }

  @Test
  void shouldTypeNationalitiesAsNorp() {
    Analysis analysis =
        analyze("", "Chinese and German companies signed a deal with Russian firms in Paris.");

    assertThat(names(analysis, EntityType.NORP)).contains("Chinese", "German", "Russian");
    assertThat(names(analysis, EntityType.MISC)).doesNotContain("Chinese", "German", "Russian");
  }

  @Test
  void shouldMergeVariantsOfAGazetteerName() {
    Analysis analysis =
        analyze("", "Talks between the US and Brazil resumed. The United States sent envoys.");

    Entity us = entity(analysis, "United States");
    assertThat(us.mentions()).extracting(Mention::text).containsExactly("US", "United States");
  }

  @Test
  void shouldNumberEntitiesInOrderOfFirstMention() {
    Analysis analysis =
        analyze("", "Peter Lindqvist visited Madrid. Then Lindqvist flew to Lisbon.");

    assertThat(analysis.entities())
        .extracting(Entity::id, Entity::name)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple("e1", "Peter Lindqvist"),
            org.assertj.core.groups.Tuple.tuple("e2", "Madrid"));
  }
}

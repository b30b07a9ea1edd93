package dev.newsflow.ingest;

/** Texts shared by tests. */
public final class SampleTexts {

  /** A news text of about 200 words, long enough for SimHash to be stable under small edits. */
  public static final String HARBOUR =
      String.join(
          " ",
          "The harbour terminal reopened on Tuesday after a three-week strike by dock workers ended"
              + " with an agreement on pay and shifts.",
          "Shipping companies said the first vessels would be unloaded by the weekend, and the port"
              + " authority expects the backlog of containers to clear within a fortnight.",
          "Union leaders called the deal a fair compromise and thanked members for their patience"
              + " during the dispute.",
          "The agreement raises wages by four per cent this year and three per cent next year, and"
              + " limits night shifts to two a week.",
          "Local businesses that depend on the port welcomed the news, saying the strike had cost"
              + " them orders and forced some to send staff home.",
          "The mayor said the city had learned that its economy relied on the harbour more than"
              + " many residents realised.",
          "Talks had broken down twice before a mediator appointed by the labour ministry brought"
              + " both sides back to the table last Friday.",
          "Under the deal, a joint committee will review safety rules on the quays and report"
              + " within six months.",
          "Exporters of grain and timber, who had diverted cargo to other ports, said they would"
              + " return once schedules were reliable again.",
          "The port handles about a fifth of the country's container traffic and employs more"
              + " than four thousand people directly.");

  private SampleTexts() {}
}

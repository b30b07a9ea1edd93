package dev.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the main text of a page: drops navigation, boilerplate and scripts, picks the element whose
 * paragraphs hold the most text (an {@code <article>} when there is one) and joins its paragraphs
 * and sub-headings with blank lines.
 */
final class MainText {

  private static final String BOILERPLATE =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button,"
          + " figure, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
  private static final String BLOCKS = "p, h2, h3, h4, blockquote, li";

  private MainText() {}

  static String of(Document page) {
    Document document = page.clone();
    document.select(BOILERPLATE).remove();
    Element root = best(document.select("article"), "p");
    if (root == null) {
      root = best(document.select("main, [role=main], div, section, td"), "> p");
    }
    if (root == null) {
      root = document.body();
    }
    if (root == null) {
      return "";
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element block : root.select(BLOCKS)) {
      if (block.tagName().equals("li") && block.parents().is("nav")) {
        continue;
      }
      if (block.select(BLOCKS).size() > 1) {
        continue;
      }
      String text = block.text().strip();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    if (paragraphs.isEmpty()) {
      return root.text().strip();
    }
    return String.join("\n\n", paragraphs);
  }

  /** The candidate whose paragraphs (chosen by the selector) hold the most text, or null. */
  private static Element best(Elements candidates, String paragraphs) {
    Element best = null;
    long bestScore = 0;
    for (Element candidate : candidates) {
      long score = 0;
      for (Element paragraph : candidate.select(paragraphs)) {
        score += paragraph.text().length();
      }
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }
}

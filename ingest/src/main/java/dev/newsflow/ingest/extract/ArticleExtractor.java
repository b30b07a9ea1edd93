package dev.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article from HTML: title, authors, publication date, language and canonical URL from
 * JSON-LD, then OpenGraph, then {@code <meta>} and plain HTML; the body from JSON-LD {@code
 * articleBody} or else the page's {@link MainText main text}.
 */
public final class ArticleExtractor {

  private ArticleExtractor() {}

  /**
   * Extracts from a page.
   *
   * @param html the page
   * @param pageUrl where it was fetched, to resolve relative links; null for a local file
   */
  public static ExtractedPage extract(String html, String pageUrl) {
    Document page = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
    JsonLdArticle ld = JsonLdArticle.find(page);
    String title =
        first(
            ld == null ? null : ld.headline(),
            meta(page, "meta[property=og:title]"),
            meta(page, "meta[name=twitter:title]"),
            text(page.selectFirst("h1")),
            page.title());
    String body = ld != null && ld.articleBody() != null ? ld.articleBody() : MainText.of(page);
    String canonical =
        first(
            attribute(page.selectFirst("link[rel=canonical]"), "abs:href"),
            meta(page, "meta[property=og:url]"),
            ld == null ? null : ld.url(),
            pageUrl);
    String date =
        first(
            ld == null ? null : ld.datePublished(),
            meta(page, "meta[property=article:published_time]"),
            meta(page, "meta[name=date], meta[name=pubdate], meta[name=publishdate]"),
            meta(page, "meta[name=dc.date], meta[name=DC.date.issued]"),
            attribute(page.selectFirst("time[datetime]"), "datetime"));
    String language =
        first(
            ld == null ? null : ld.inLanguage(),
            attribute(page.selectFirst("html[lang]"), "lang"),
            meta(page, "meta[http-equiv=content-language]"),
            meta(page, "meta[property=og:locale]"));
    return new ExtractedPage(
        title == null ? "" : title,
        body,
        authors(page, ld),
        Dates.parse(date),
        languageCode(language),
        canonical);
  }

  private static List<String> authors(Document page, JsonLdArticle ld) {
    if (ld != null && !ld.authors().isEmpty()) {
      return ld.authors();
    }
    List<String> authors = new ArrayList<>();
    for (Element meta : page.select("meta[name=author], meta[property=article:author]")) {
      for (String name : meta.attr("content").split("[,;]| and ")) {
        String clean = name.strip();
        if (!clean.isEmpty() && !clean.startsWith("http") && !authors.contains(clean)) {
          authors.add(clean);
        }
      }
    }
    return authors;
  }

  /** The primary subtag of a language tag ({@code en-GB}, {@code en_GB} give {@code en}). */
  public static String languageCode(String tag) {
    if (tag == null) {
      return null;
    }
    String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  private static String meta(Document page, String selector) {
    return attribute(page.selectFirst(selector), "content");
  }

  private static String attribute(Element element, String name) {
    return element == null ? null : element.attr(name);
  }

  private static String text(Element element) {
    return element == null ? null : element.text();
  }

  private static String first(String... values) {
    return Arrays.stream(values)
        .filter(v -> v != null && !v.isBlank())
        .map(String::strip)
        .findFirst()
        .orElse(null);
  }
}

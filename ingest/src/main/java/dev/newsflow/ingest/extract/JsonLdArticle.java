package dev.newsflow.ingest.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The first schema.org article object in a page's JSON-LD scripts ({@code NewsArticle}, {@code
 * Article}, {@code ReportageNewsArticle}, ...), looked for in arrays and {@code @graph} too.
 */
record JsonLdArticle(
    String headline,
    String articleBody,
    List<String> authors,
    String datePublished,
    String inLanguage,
    String url) {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> TYPES =
      Set.of(
          "NewsArticle",
          "Article",
          "ReportageNewsArticle",
          "AnalysisNewsArticle",
          "OpinionNewsArticle",
          "BlogPosting",
          "Report");

  /** Returns the article of the page, or null when no JSON-LD script holds one. */
  static JsonLdArticle find(Document document) {
    for (Element script : document.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = MAPPER.readTree(script.data());
      } catch (JsonProcessingException e) {
        continue;
      }
      JsonNode article = search(root);
      if (article != null) {
        return of(article);
      }
    }
    return null;
  }

  private static JsonNode search(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        JsonNode found = search(element);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    if (isArticle(node.get("@type"))) {
      return node;
    }
    return search(node.get("@graph"));
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (TYPES.contains(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return TYPES.contains(type.asText());
  }

  private static JsonLdArticle of(JsonNode node) {
    return new JsonLdArticle(
        text(node.get("headline")),
        text(node.get("articleBody")),
        names(node.get("author")),
        text(node.get("datePublished")),
        language(node.get("inLanguage")),
        url(node));
  }

  private static String url(JsonNode node) {
    String url = text(node.get("url"));
    if (url != null) {
      return url;
    }
    JsonNode page = node.get("mainEntityOfPage");
    if (page != null && page.isObject()) {
      return text(page.get("@id"));
    }
    return text(page);
  }

  private static String language(JsonNode node) {
    if (node != null && node.isObject()) {
      return text(node.get("alternateName"));
    }
    return text(node);
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node == null) {
      return names;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        names.addAll(names(element));
      }
    } else if (node.isObject()) {
      String name = text(node.get("name"));
      if (name != null) {
        names.add(name);
      }
    } else {
      String name = text(node);
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  private static String text(JsonNode node) {
    if (node == null || !node.isValueNode()) {
      return null;
    }
    String text = node.asText().strip();
    return text.isEmpty() ? null : text;
  }
}

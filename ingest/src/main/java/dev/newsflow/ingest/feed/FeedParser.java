package dev.newsflow.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.newsflow.ingest.extract.ArticleExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;

/** Reads RSS 0.9x, RSS 1.0/2.0 and Atom documents with ROME, DOCTYPEs refused. */
public final class FeedParser {

  private FeedParser() {}

  /**
   * Parses a feed.
   *
   * @param contentType the HTTP Content-Type, for the charset, or null
   * @throws MalformedFeedException when the XML is broken or not a feed
   */
  public static ParsedFeed parse(byte[] xml, String contentType) throws MalformedFeedException {
    SyndFeed feed;
    try (XmlReader reader =
        contentType == null
            ? new XmlReader(new ByteArrayInputStream(xml))
            : new XmlReader(new ByteArrayInputStream(xml), contentType, true)) {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(reader);
    } catch (FeedException | IllegalArgumentException e) {
      throw new MalformedFeedException("malformed feed: " + message(e), e);
    } catch (IOException e) {
      throw new MalformedFeedException("unreadable feed: " + message(e), e);
    }
    List<FeedEntry> entries = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      entries.add(entry(entry));
    }
    return new ParsedFeed(
        feed.getTitle(), ArticleExtractor.languageCode(feed.getLanguage()), entries);
  }

  private static FeedEntry entry(SyndEntry entry) {
    String link = entry.getLink();
    if ((link == null || link.isBlank())
        && entry.getUri() != null
        && entry.getUri().startsWith("http")) {
      link = entry.getUri();
    }
    Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    List<String> authors = new ArrayList<>();
    for (SyndPerson person : entry.getAuthors()) {
      if (person.getName() != null && !person.getName().isBlank()) {
        authors.add(person.getName().strip());
      }
    }
    if (authors.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      authors.add(entry.getAuthor().strip());
    }
    return new FeedEntry(
        link == null || link.isBlank() ? null : link.strip(),
        entry.getTitle() == null ? "" : Jsoup.parse(entry.getTitle()).text(),
        summary(entry),
        date == null ? null : date.toInstant(),
        authors);
  }

  private static String summary(SyndEntry entry) {
    StringBuilder text = new StringBuilder();
    for (SyndContent content : entry.getContents()) {
      append(text, content);
    }
    if (text.length() == 0) {
      append(text, entry.getDescription());
    }
    return text.toString().strip();
  }

  private static void append(StringBuilder text, SyndContent content) {
    if (content == null || content.getValue() == null) {
      return;
    }
    if (text.length() > 0) {
      text.append("\n\n");
    }
    text.append(Jsoup.parse(content.getValue()).text());
  }

  private static String message(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }
}

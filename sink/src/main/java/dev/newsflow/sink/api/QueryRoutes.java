package dev.newsflow.sink.api;

import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.sink.stream.SinkStores;
import dev.newsflow.sink.view.EntityArticles;
import dev.newsflow.sink.view.SpeakerQuotes;
import dev.newsflow.sink.view.SpeakerTopics;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

/** The query API's routes: articles, quotes, trending entities and speakers. */
final class QueryRoutes {

  private static final int DEFAULT_LIMIT = 20;

  private final Supplier<StoreGateway> gateway;

  QueryRoutes(Supplier<StoreGateway> gateway) {
    this.gateway = gateway;
  }

  void register(Javalin app) {
    app.get("/articles/{id}", this::article);
    app.get("/articles", this::articles);
    app.get("/quotes", this::quotes);
    app.get("/entities/trending", this::trending);
    app.get("/speakers/{name}/about", this::speakerAbout);
    app.get("/internal/stores/{store}/{key}", this::internalStore);
    app.get("/internal/trending", this::internalTrending);
    app.get("/internal/speakers/{name}/about", this::internalSpeakerAbout);
  }

  private StoreGateway stores() {
    StoreGateway g = gateway.get();
    if (g == null) {
      throw ApiException.unavailable("The sink is starting; retry shortly");
    }
    return g;
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(
        stores()
            .get(SinkStores.ARTICLES, id, EnrichedArticle.class)
            .orElseThrow(() -> ApiException.notFound("No article with id '" + id + "'")));
  }

  private void articles(Context ctx) {
    String entity = QueryParams.optional(ctx.queryParam("entity"));
    String speaker = QueryParams.optional(ctx.queryParam("speaker"));
    Instant since = QueryParams.since(ctx.queryParam("since"));
    int limit = QueryParams.limit(ctx.queryParam("limit"), DEFAULT_LIMIT);
    if (entity == null && speaker == null) {
      throw ApiException.badRequest("Give parameter 'entity' or 'speaker' (or both)");
    }
    var byEntity =
        entity == null
            ? null
            : stores()
                .get(SinkStores.ARTICLES_BY_ENTITY, entity, EntityArticles.class)
                .map(EntityArticles::articles)
                .orElse(List.of());
    var bySpeaker =
        speaker == null
            ? null
            : stores()
                .get(SinkStores.QUOTES_BY_SPEAKER, speaker, SpeakerQuotes.class)
                .map(SpeakerQuotes::quotes)
                .orElse(List.of());
    ctx.json(new Responses.ArticleList(ArticleSearch.find(byEntity, bySpeaker, since, limit)));
  }

  private void quotes(Context ctx) {
    String speaker = QueryParams.required("speaker", ctx.queryParam("speaker"));
    int limit = QueryParams.limit(ctx.queryParam("limit"), DEFAULT_LIMIT);
    var quotes =
        stores()
            .get(SinkStores.QUOTES_BY_SPEAKER, speaker, SpeakerQuotes.class)
            .map(SpeakerQuotes::quotes)
            .orElse(List.of());
    ctx.json(new Responses.QuoteList(speaker, quotes.subList(0, Math.min(limit, quotes.size()))));
  }

  private void trending(Context ctx) {
    String window = ctx.queryParam("window") == null ? "1h" : ctx.queryParam("window");
    int hours = QueryParams.windowHours(window);
    int limit = QueryParams.limit(ctx.queryParam("limit"), DEFAULT_LIMIT);
    Instant from = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(hours, ChronoUnit.HOURS);
    ctx.json(
        new Responses.Trending(
            window.trim(), from, TrendingMerge.rank(stores().trending(from), limit)));
  }

  private void speakerAbout(Context ctx) {
    String speaker = ctx.pathParam("name").trim();
    String window = QueryParams.optional(ctx.queryParam("window"));
    if (window != null) {
      int hours = QueryParams.windowHours(window);
      Instant from = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(hours, ChronoUnit.HOURS);
      ctx.json(
          new Responses.SpeakerAboutRecent(
              speaker, window, from, stores().speakerAbout(speaker, from)));
      return;
    }
    SpeakerTopics topics =
        stores()
            .get(SinkStores.SPEAKER_ABOUT, speaker, SpeakerTopics.class)
            .orElseThrow(
                () -> ApiException.notFound("No quotes of speaker '" + speaker + "' name anyone"));
    ctx.json(new Responses.SpeakerAbout(speaker, topics.entities()));
  }

  private void internalStore(Context ctx) {
    String store = ctx.pathParam("store");
    if (!StoreGateway.KEY_VALUE_STORES.contains(store)) {
      throw ApiException.notFound("No store named '" + store + "'");
    }
    String key = ctx.pathParam("key");
    ctx.json(
        stores()
            .getLocal(store, key, Object.class)
            .orElseThrow(() -> ApiException.notFound("No key '" + key + "' in " + store)));
  }

  private void internalTrending(Context ctx) {
    Instant from = QueryParams.since(QueryParams.required("from", ctx.queryParam("from")));
    ctx.json(stores().trendingLocal(from));
  }

  private void internalSpeakerAbout(Context ctx) {
    Instant from = QueryParams.since(QueryParams.required("from", ctx.queryParam("from")));
    ctx.json(stores().speakerAboutLocal(ctx.pathParam("name").trim(), from));
  }
}

// newsflow live page: Server-Sent Events feed, trending entities, quotes by speaker.
// Plain browser JavaScript, no build step; every text goes through textContent (no HTML injection).
(function () {
  "use strict";

  var MAX_ARTICLES = 50;
  var feed = document.getElementById("feed");
  var feedEmpty = document.getElementById("feed-empty");
  var statusEl = document.getElementById("status");
  var shown = {};

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  // Mentions in the body, sorted, overlaps dropped.
  function bodyMentions(article) {
    var found = [];
    (article.entities || []).forEach(function (entity) {
      (entity.mentions || []).forEach(function (m) {
        if (m.field === "title" || m.start < 0 || m.end > article.body.length || m.start >= m.end) return;
        found.push({ start: m.start, end: m.end, entity: entity });
      });
    });
    found.sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var kept = [];
    var until = -1;
    found.forEach(function (m) {
      if (m.start >= until) { kept.push(m); until = m.end; }
    });
    return kept;
  }

  function bodyQuotes(article) {
    var quotes = (article.quotes || []).filter(function (q) {
      return q.start >= 0 && q.end <= article.body.length && q.start < q.end;
    });
    quotes.sort(function (a, b) { return a.start - b.start; });
    var kept = [];
    var until = -1;
    quotes.forEach(function (q) {
      if (q.start >= until) { kept.push(q); until = q.end; }
    });
    return kept;
  }

  // Appends text[from, to) to parent, with the mentions that lie fully inside highlighted.
  function appendText(parent, text, from, to, mentions) {
    var pos = from;
    mentions.forEach(function (m) {
      if (m.start < from || m.end > to || m.start < pos) return;
      if (m.start > pos) parent.appendChild(document.createTextNode(text.slice(pos, m.start)));
      var mark = el("mark", "entity type-" + (m.entity.type || "MISC"), text.slice(m.start, m.end));
      mark.title = m.entity.name + " (" + (m.entity.type || "MISC").toLowerCase() + ")";
      mark.dataset.entity = m.entity.name;
      parent.appendChild(mark);
      pos = m.end;
    });
    if (to > pos) parent.appendChild(document.createTextNode(text.slice(pos, to)));
  }

  function renderBody(article) {
    var body = el("div", "body");
    var text = article.body || "";
    var mentions = bodyMentions(article);
    var pos = 0;
    bodyQuotes(article).forEach(function (q) {
      appendText(body, text, pos, q.start, mentions);
      var speakerName = q.speaker && q.speaker.name;
      var quote = el("span", "quote");
      quote.dataset.speaker = speakerName || "";
      quote.title = speakerName ? "Said by " + speakerName : "Speaker unknown";
      appendText(quote, text, q.start, q.end, mentions);
      body.appendChild(quote);
      body.appendChild(el("span", speakerName ? "speaker" : "speaker unknown", speakerName || "unknown"));
      pos = q.end;
    });
    appendText(body, text, pos, text.length, mentions);
    return body;
  }

  function renderArticle(article, fresh) {
    var card = el("article", fresh ? "fresh" : "");
    card.id = "article-" + article.id;
    card.dataset.articleId = article.id;
    card.appendChild(el("h3", "title", article.title || "(untitled)"));
    var meta = [article.source, article.publishedAt, (article.quotes || []).length + " quotes",
      (article.entities || []).length + " entities"].filter(Boolean).join(" · ");
    card.appendChild(el("div", "meta", meta));
    card.appendChild(renderBody(article));
    return card;
  }

  function showArticle(article, fresh) {
    var old = shown[article.id];
    var card = renderArticle(article, fresh);
    if (old) {
      feed.replaceChild(card, old);
    } else {
      feed.insertBefore(card, feed.firstChild);
    }
    shown[article.id] = card;
    feedEmpty.hidden = true;
    while (feed.children.length > MAX_ARTICLES) {
      var last = feed.lastChild;
      delete shown[last.dataset.articleId];
      feed.removeChild(last);
    }
  }

  function connect() {
    var source = new EventSource("/stream?recent=20");
    source.onopen = function () {
      statusEl.textContent = "live";
      statusEl.className = "status live";
    };
    source.onerror = function () {
      statusEl.textContent = "reconnecting…";
      statusEl.className = "status";
    };
    source.addEventListener("article", function (event) {
      showArticle(JSON.parse(event.data), true);
      scheduleTrending();
    });
  }

  var trendingTimer = null;
  function scheduleTrending() {
    if (trendingTimer) return;
    trendingTimer = setTimeout(function () { trendingTimer = null; loadTrending(); }, 500);
  }

  function loadTrending() {
    fetch("/entities/trending?window=1h&limit=15")
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) return;
        var list = document.getElementById("trending");
        list.textContent = "";
        data.entities.forEach(function (e) {
          var item = el("li");
          item.appendChild(el("mark", "entity type-" + (e.type || "MISC"), e.name));
          item.appendChild(el("span", "count", e.count + "×"));
          list.appendChild(item);
        });
      })
      .catch(function () { /* next refresh */ });
  }

  function searchSpeaker(name) {
    var panel = document.getElementById("speaker-panel");
    var list = document.getElementById("speaker-quotes");
    var message = document.getElementById("speaker-message");
    panel.hidden = false;
    document.getElementById("speaker-name").textContent = name;
    list.textContent = "";
    message.textContent = "Searching…";
    fetch("/quotes?speaker=" + encodeURIComponent(name) + "&limit=50")
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        if (!res.ok) { message.textContent = res.body.message; return; }
        message.textContent = res.body.quotes.length ? "" : "No quotes of " + name + " yet.";
        res.body.quotes.forEach(function (q) {
          var item = el("li");
          item.appendChild(el("span", "quote", q.quote.text));
          item.appendChild(el("span", "source", q.title));
          list.appendChild(item);
        });
      })
      .catch(function (e) { message.textContent = "Search failed: " + e; });
  }

  document.getElementById("speaker-search").addEventListener("submit", function (event) {
    event.preventDefault();
    var name = document.getElementById("speaker").value.trim();
    if (name) searchSpeaker(name);
  });

  connect();
  loadTrending();
  setInterval(loadTrending, 10000);
})();

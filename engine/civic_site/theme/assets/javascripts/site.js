/*
 * The site's only script. The pages work without it; it adds:
 * - search in the reader's language: nothing is loaded until the reader starts to search, then
 *   lunr, this language's stemmer and this language's index (assets/search/<lang>.js, written by
 *   search_index.py). If nothing is found, the default language's index is searched and its results
 *   are shown under a label, marked as German.
 * - keyboard comfort: Escape closes the search and the menu; the search box gets the focus.
 * - aria-expanded on menu sections that open and close.
 * Scripts are added as <script> elements, never fetched, so search also works from disk.
 */
(function () {
  "use strict";
  var html = document.documentElement;
  html.classList.remove("no-js");
  html.classList.add("js");

  var box = document.querySelector("[data-civic-search]");
  var toggle = document.getElementById("__search");
  var drawer = document.getElementById("__drawer");

  // A page shown again from the back/forward cache opens with the menu and search closed
  // (page_html.py removes the autocomplete="off" that Material used for this).
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) return;
    if (toggle) toggle.checked = false;
    if (drawer) drawer.checked = false;
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    if (toggle && toggle.checked) {
      toggle.checked = false;
      var opener = document.querySelector('label[for="__search"].md-header__button');
      if (opener) opener.focus();
    } else if (drawer && drawer.checked) {
      drawer.checked = false;
    }
  });

  // Menu sections that open and close: Material's toggle is a <label> that only a script can
  // make work with the keyboard. Replace each focusable one with a real <button> that says
  // whether its section is open; the checkbox stays, so the look and the styles stay too.
  Array.prototype.forEach.call(document.querySelectorAll('label.md-nav__link[tabindex="0"]'), function (label) {
    var input = document.getElementById(label.htmlFor);
    if (!input) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = label.className + " civic-nav-toggle";
    button.id = label.id;
    while (label.firstChild) button.appendChild(label.firstChild);
    if (!button.textContent.trim()) {
      // A section with its own page: the toggle shows only an arrow, so name it after the page.
      var section = label.parentNode.querySelector("a.md-nav__link");
      var name = document.createElement("span");
      name.className = "civic-visually-hidden";
      name.textContent = section ? section.textContent.trim() : "";
      button.appendChild(name);
    }
    var nav = input.parentNode.querySelector("nav.md-nav");
    if (nav && nav.id) button.setAttribute("aria-controls", nav.id);
    var sync = function () {
      button.setAttribute("aria-expanded", input.checked ? "true" : "false");
      if (nav) nav.setAttribute("aria-expanded", input.checked ? "true" : "false");
    };
    button.addEventListener("click", function () {
      input.checked = !input.checked;
      sync();
    });
    input.addEventListener("change", sync);
    sync();
    label.parentNode.replaceChild(button, label);
  });

  if (!box) return;
  var settings = JSON.parse(box.getAttribute("data-civic-strings"));
  var text = settings.text;
  var input = box.querySelector(".md-search__input");
  var meta = box.querySelector(".md-search-result__meta");
  var list = box.querySelector(".md-search-result__list");
  var form = box.querySelector("form");
  var indexes = {}; // language -> {index, docs} once loaded
  var pending = {}; // url -> promise, so that nothing is loaded twice
  var lastQuery = "";

  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });
  if (toggle) {
    toggle.addEventListener("change", function () {
      if (toggle.checked) setTimeout(function () { input.focus(); }, 0);
    });
  }
  // On wide screens the box sits in the header: opening it shows the results below it.
  input.addEventListener("focus", function () {
    if (toggle && !toggle.checked) toggle.checked = true;
  });
  // The first keystroke, not the page load, starts the download.
  input.addEventListener("input", function () {
    search(input.value);
  });

  function url(path) {
    return settings.root.replace(/\/?$/, "/") + path;
  }

  function loadScript(path) {
    if (!pending[path]) {
      pending[path] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = url(path);
        script.onload = resolve;
        script.onerror = function () { reject(new Error(path)); };
        document.head.appendChild(script);
      });
    }
    return pending[path];
  }

  // Index files call this when they have loaded.
  var waiting = {};
  window.civicSearch = {
    register: function (data) {
      if (waiting[data.lang]) waiting[data.lang](data);
    }
  };

  var loading = {}; // language -> promise of {index, docs}, so that every caller gets the same

  function loadIndex(path, lang) {
    if (!loading[lang]) loading[lang] = startLoading(path, lang);
    return loading[lang];
  }

  function startLoading(path, lang) {
    return loadScript(settings.lunr)
      .then(function () {
        return new Promise(function (resolve, reject) {
          waiting[lang] = resolve;
          loadScript(path).catch(reject);
        });
      })
      .then(function (data) {
        return data.scripts.reduce(function (chain, script) {
          return chain.then(function () { return loadScript(script); });
        }, Promise.resolve()).then(function () { return data; });
      })
      .then(function (data) {
        indexes[lang] = { index: buildIndex(data), docs: data.docs, lang: data.lang };
        return indexes[lang];
      });
  }

  // Letters and digits of any script stay; lunr's default trimmer would drop Arabic ones and a
  // language pack's trimmer would drop Latin ones (German words on Arabic pages).
  var trimmer = function (token) {
    return token.update(function (s) {
      return s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    });
  };
  // Turkish readers type I, İ, ı and i interchangeably on other keyboards: treat them alike.
  var foldDotted = function (token) {
    return token.update(function (s) {
      return s.replace(/i\u0307/g, "i").replace(/[ıİI]/g, "i");
    });
  };
  var registered = false;

  function buildIndex(data) {
    var pack = data.lang === "en" ? null : lunr[data.lang];
    if (!registered) {
      lunr.Pipeline.registerFunction(trimmer, "civic-trimmer");
      lunr.Pipeline.registerFunction(foldDotted, "civic-fold-dotted-i");
      registered = true;
    }
    var stopWords = pack ? pack.stopWordFilter : data.lang === "en" ? lunr.stopWordFilter : null;
    var stemmer = pack ? pack.stemmer : data.lang === "en" ? lunr.stemmer : null;
    return lunr(function () {
      var builder = this;
      builder.pipeline.reset();
      builder.searchPipeline.reset();
      [trimmer, stopWords, stemmer, foldDotted].forEach(function (step) {
        if (step) builder.pipeline.add(step);
      });
      [trimmer, stemmer, foldDotted].forEach(function (step) {
        if (step) builder.searchPipeline.add(step);
      });
      builder.ref("i");
      builder.field("t", { boost: 8 });
      builder.field("h", { boost: 4 });
      builder.field("x");
      data.docs.forEach(function (doc, i) {
        builder.add({ i: String(i), t: doc.t, h: doc.h, x: doc.x });
      });
    });
  }

  // A half-typed Arabic word still carries its article (and, wa-, bi-, …), which the index has
  // dropped: "التأ" must already find "التأمين".
  var ARTICLE = { ar: /^(?:وال|بال|كال|فال|لل|ال)(?=[\s\S]{2})/ };

  function query(loaded, words) {
    // Each word: its stemmed form, or a word that starts with what was typed so far (as typed,
    // and as the language's stemmer writes it in the index).
    var article = ARTICLE[loaded.lang];
    var hits = loaded.index.query(function (q) {
      words.forEach(function (word) {
        var lower = word.toLowerCase();
        q.term(lower, { boost: 10 });
        var starts = [lower.replace(/i\u0307/g, "i").replace(/ı/g, "i")];
        if (article && article.test(lower)) starts.push(lower.replace(article, ""));
        starts.forEach(function (start) {
          // Stemmed here: lunr would stem "start*" with the star, which the trimmer removes.
          [start].concat(loaded.index.pipeline.runString(start)).forEach(function (form) {
            q.term(form, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 });
          });
        });
      });
    });
    return hits.slice(0, 10).map(function (hit) { return loaded.docs[Number(hit.ref)]; });
  }

  var FALLBACK_PAUSE_MS = 600;
  var fallbackTimer = null;

  function search(value) {
    lastQuery = value;
    clearTimeout(fallbackTimer);
    var words = value.split(/[\s\-]+/).map(function (w) {
      return w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    }).filter(Boolean);
    if (!words.length) {
      meta.textContent = text.start;
      list.textContent = "";
      return;
    }
    var own = settings.index.match(/([^/]+)\.js$/)[1];
    if (!indexes[own]) meta.textContent = text.loading;
    loadIndex(settings.index, own)
      .then(function (loaded) {
        if (value !== lastQuery) return;
        var results = query(loaded, words);
        if (results.length || !settings.fallback) {
          show(results, null);
          return;
        }
        // Nothing in the reader's language: the German index is searched, but only once the
        // reader has stopped typing, not for every half-typed word on the way.
        meta.textContent = text.loading;
        list.textContent = "";
        return new Promise(function (resolve) { fallbackTimer = setTimeout(resolve, FALLBACK_PAUSE_MS); })
          .then(function () {
            if (value !== lastQuery) return;
            return loadIndex(settings.fallback, settings.fallbackLang).then(function (german) {
              if (value !== lastQuery) return;
              show(query(german, words), settings.fallbackLang);
            });
          });
      })
      .catch(function () {
        meta.textContent = text.failed;
      });
  }

  function show(results, fallbackLang) {
    list.textContent = "";
    if (!results.length) {
      meta.textContent = text.none;
      return;
    }
    meta.textContent = fallbackLang ? text.fallback : text.results.replace("{count}", results.length);
    results.forEach(function (doc) {
      var item = document.createElement("li");
      item.className = "md-search-result__item";
      if (fallbackLang) {
        item.lang = fallbackLang;
        item.dir = settings.fallbackDir;
      }
      var link = document.createElement("a");
      link.className = "md-search-result__link";
      link.href = url(doc.u);
      var article = document.createElement("article");
      article.className = "md-search-result__article md-typeset";
      var title = document.createElement("p");
      title.className = "civic-result__title";
      title.textContent = doc.h ? doc.t + " – " + doc.h : doc.t;
      var snippet = document.createElement("p");
      snippet.className = "civic-result__text";
      snippet.textContent = doc.x.length > 180 ? doc.x.slice(0, 177) + " …" : doc.x;
      article.appendChild(title);
      article.appendChild(snippet);
      link.appendChild(article);
      item.appendChild(link);
      list.appendChild(item);
    });
  }
})();

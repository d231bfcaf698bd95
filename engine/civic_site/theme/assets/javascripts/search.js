/*
 * Search in the reader's language (loaded by site.js when the reader starts to search): lunr, this
 * language's stemmer and this language's index (assets/search/<lang>.js, written by
 * search_index.py, with the language's rules from search_languages.yml) are added as <script>
 * elements, so that search also works from disk. If nothing is found, the default language's index
 * is searched after a pause and its results are shown under a label, marked with their language.
 */
(() => {
  "use strict";
  const WORD = /[\p{L}\p{N}\p{M}]+/gu;
  const WRITTEN_WITHOUT_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
  const FOLDS = {
    // Turkish readers type I, İ, ı and i interchangeably on other keyboards.
    "dotted-i": (word) => word.replace(/i\u0307/g, "i").replace(/[ıİI]/g, "i"),
  };
  const BEFORE_SPLIT = {
    // ', ’ and ʼ inside a word (Ukrainian обʼєкт) are the same apostrophe: it is left out.
    apostrophe: (text) => text.replace(/(?<=\p{L})['’ʼ](?=\p{L})/gu, ""),
  };

  // The words of a text as the index keeps them: lowercase, apostrophes folded, and a language
  // written without spaces cut into pairs of characters (a single character stays as it is).
  const pieces = (value, rules) => {
    let text = value.toLowerCase();
    for (const fold of rules.fold || []) if (BEFORE_SPLIT[fold]) text = BEFORE_SPLIT[fold](text);
    const result = [];
    for (const [word] of text.matchAll(WORD)) {
      if (rules.segment !== "bigrams") {
        result.push(word);
        continue;
      }
      let last = 0;
      for (const run of word.matchAll(WRITTEN_WITHOUT_SPACES)) {
        if (run.index > last) result.push(word.slice(last, run.index));
        const chars = Array.from(run[0]);
        if (chars.length === 1) result.push(chars[0]);
        for (let i = 0; i + 1 < chars.length; i++) result.push(chars[i] + chars[i + 1]);
        last = run.index + run[0].length;
      }
      if (last < word.length) result.push(word.slice(last));
    }
    return result;
  };
  const isPair = (piece) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{1,2}$/u.test(piece);

  // Called by site.js once this file has loaded; returns the function that searches.
  const start = (box, settings, toggle) => {
    const text = settings.text;
    const input = box.querySelector(".md-search__input");
    const meta = box.querySelector(".md-search-result__meta");
    const list = box.querySelector(".md-search-result__list");
    const results = box.querySelector(".md-search-result");
    const pending = {}; // script path -> promise, so that nothing is loaded twice
    const loading = {}; // language -> promise of the loaded index
    const waiting = {};
    let lastQuery = "";
    let fallbackTimer = null;

    const url = (path) => settings.root.replace(/\/?$/, "/") + path;

    const loadScript = (path) => {
      pending[path] ||= new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = url(path);
        script.onload = resolve;
        script.onerror = () => {
          delete pending[path]; // a failed load can be tried again
          script.remove();
          reject(new Error(path));
        };
        document.head.appendChild(script);
      });
      return pending[path];
    };

    // Index files call this when they have loaded.
    window.civicSearch = { register: (data) => waiting[data.lang]?.(data) };

    const loadIndex = (path, lang) => {
      loading[lang] ||= loadScript(settings.lunr)
        .then(() => new Promise((resolve, reject) => {
          waiting[lang] = resolve;
          loadScript(path).catch(reject);
        }))
        .then((data) => data.scripts.reduce((chain, script) => chain.then(() => loadScript(script)), Promise.resolve()).then(() => data))
        .then((data) => {
          // The texts above the results come with the reader's own index.
          if (data.lang === settings.lang) Object.assign(text, data.text || {});
          return { index: buildIndex(data), docs: data.docs, lang: data.lang, rules: data.rules || {} };
        })
        .catch((error) => {
          delete loading[lang];
          throw error;
        });
      return loading[lang];
    };

    const registered = new Set();
    const register = (step, label) => {
      if (!registered.has(label)) lunr.Pipeline.registerFunction(step, label);
      registered.add(label);
      return step;
    };
    const ownSteps = {}; // one pipeline function per stemmer or fold, shared by every index

    const stemmerOf = (data) => {
      const rules = data.rules || {};
      const kind = rules.stemmer || "lunr";
      if (kind === "english") return [lunr.stopWordFilter, lunr.stemmer];
      if (kind === "lunr" && lunr[data.lang]) return [lunr[data.lang].stopWordFilter, lunr[data.lang].stemmer];
      const own = window.civicStemmers?.[kind];
      if (!own) return [];
      ownSteps[kind] ||= register((token) => token.update((word) => own(word)), `civic-stem-${kind}`);
      return [ownSteps[kind]];
    };

    const buildIndex = (data) => {
      const rules = data.rules || {};
      const folds = (rules.fold || []).filter((fold) => FOLDS[fold]);
      const steps = [...stemmerOf(data), ...folds.map((fold) => (ownSteps[fold] ||= register((token) => token.update(FOLDS[fold]), `civic-fold-${fold}`)))];
      return lunr(function () {
        this.pipeline.reset();
        this.searchPipeline.reset();
        for (const step of steps) {
          this.pipeline.add(step);
          if (step !== lunr.stopWordFilter && !(lunr[data.lang] && step === lunr[data.lang].stopWordFilter)) this.searchPipeline.add(step);
        }
        this.tokenizer = (value, metadata) => pieces(String(value ?? ""), rules).map((piece, index) => new lunr.Token(piece, { ...metadata, index }));
        this.ref("i");
        this.field("t", { boost: 8 });
        this.field("h", { boost: 4 });
        this.field("x");
        data.docs.forEach((doc, i) => this.add({ i: String(i), t: doc.t, h: doc.h, x: doc.x }));
      });
    };

    // Each word: its stemmed form, or a word that starts with what was typed so far (as typed, and
    // as the language's stemmer writes it in the index, also without a leading article); each pair
    // of characters of a language written without spaces must be there.
    const query = (loaded, value) => {
      const prefixes = (loaded.rules.prefixes || []).slice().sort((a, b) => b.length - a.length);
      const words = pieces(value, loaded.rules);
      const hits = loaded.index.query((q) => {
        for (const word of words) {
          if (loaded.rules.segment === "bigrams" && isPair(word)) {
            const single = Array.from(word).length === 1;
            q.term(word, { usePipeline: false, presence: lunr.Query.presence.REQUIRED, wildcard: single ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE });
            continue;
          }
          q.term(word, { boost: 10 });
          const starts = [word];
          const prefix = prefixes.find((candidate) => word.startsWith(candidate) && word.length > candidate.length + 1);
          if (prefix) starts.push(word.slice(prefix.length));
          for (const start of starts) {
            // Stemmed here: lunr would stem "start*" with the star.
            for (const form of new Set([start, ...loaded.index.pipeline.runString(start)])) {
              if (form) q.term(form, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 });
            }
          }
        }
      });
      return hits.map((hit) => loaded.docs[Number(hit.ref)]);
    };

    const FALLBACK_PAUSE_MS = 600;
    const busy = (on) => results.setAttribute("aria-busy", String(on));

    const search = (value) => {
      lastQuery = value;
      clearTimeout(fallbackTimer);
      if (!value.trim() || !pieces(value, {}).length) {
        busy(false);
        meta.textContent = text.start;
        list.textContent = "";
        return;
      }
      busy(true);
      meta.textContent = text.loading;
      loadIndex(settings.index, settings.lang)
        .then((loaded) => {
          if (value !== lastQuery) return;
          const found = query(loaded, value);
          if (found.length || !settings.fallback) {
            show(found, null);
            return;
          }
          // Nothing in the reader's language: the default language's index is searched, but only
          // once the reader has stopped typing, not for every half-typed word on the way.
          list.textContent = "";
          return new Promise((resolve) => { fallbackTimer = setTimeout(resolve, FALLBACK_PAUSE_MS); })
            .then(() => (value === lastQuery ? loadIndex(settings.fallback, settings.fallbackLang) : null))
            .then((other) => {
              if (other && value === lastQuery) show(query(other, value), settings.fallbackLang);
            });
        })
        .catch(() => {
          if (value !== lastQuery) return;
          busy(false);
          meta.textContent = text.failed;
        });
    };

    const MAX_SHOWN = 10;
    const show = (found, fallbackLang) => {
      busy(false);
      list.textContent = "";
      if (!found.length) {
        meta.textContent = text.none;
        return;
      }
      // The true number of pages found, not only the number shown.
      meta.textContent = fallbackLang ? text.fallback : text.results.replace("{count}", found.length);
      for (const doc of found.slice(0, MAX_SHOWN)) {
        const item = document.createElement("li");
        item.className = "md-search-result__item";
        if (fallbackLang) {
          item.lang = settings.fallbackTag || fallbackLang;
          item.dir = settings.fallbackDir;
        }
        const link = document.createElement("a");
        link.className = "md-search-result__link";
        link.href = url(doc.u);
        const article = document.createElement("article");
        article.className = "md-search-result__article md-typeset";
        const title = document.createElement("p");
        title.className = "civic-result__title";
        title.textContent = doc.h ? `${doc.t} – ${doc.h}` : doc.t;
        const snippet = document.createElement("p");
        snippet.className = "civic-result__text";
        snippet.textContent = doc.x.length > 180 ? `${doc.x.slice(0, 177)} …` : doc.x;
        article.append(title, snippet);
        link.appendChild(article);
        item.appendChild(link);
        list.appendChild(item);
      }
    };
    return search;
  };

  window.civicSearchUI = { start };
})();

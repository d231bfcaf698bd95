/*
 * "Listen to this page" (listen.py): reads the article aloud with the voices of the reader's
 * device. site.js loads it at the first tap of the button, after listen.css, easy-speech
 * (vendor/easy-speech.iife.js) and the texts of the reader's language (assets/listen/<lang>.js,
 * window.civicListenText), then calls window.civicListen(box).
 * - What is read: the article's headings, paragraphs and list items, in order. Never what the
 *   engine marks with data-search-ignore (notices, glossary explanations, sources, the guide note,
 *   path boxes), menus, hidden elements or these controls. Glossary words in the text are read as
 *   they stand.
 * - Words in this file become words of the pages for css_purge.py: element names are written in
 *   capitals, so that no rule of Material's stylesheet is kept for this file's sake alone.
 * - Which voice: only voices of the device itself (localService), never one that sends the text
 *   to a server. For each part, a voice of the part's language (its lang attribute: a page shown
 *   untranslated is read in its own language); for zh-Hans, voices for mainland China first. With
 *   no voice of its own for the page's language, the device reads nothing and the reader is told.
 * - Paragraphs are spoken a sentence at a time: short utterances escape Chrome's cut-off, and a
 *   pause on Android (where easy-speech pauses by cancelling) resumes at the sentence's start.
 */
(() => {
  "use strict";
  const Speech = window.EasySpeech;
  const text = window.civicListenText;
  const BLOCKS = new Set(
    "ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN OL P SECTION SUMMARY TABLE TD TH TR UL".split(" ")
  );
  const SKIP = "[data-search-ignore], [hidden], [aria-hidden='true'], .civic-listen";
  const LEFT_OUT = new Set("NAV SCRIPT STYLE TEMPLATE NOSCRIPT PRE SVG IMG".split(" "));
  const MAX = 220; // characters per utterance, where a sentence is longer
  const PREFER = {
    // Simplified Chinese is read best by voices for mainland China; zh-HK voices speak Cantonese.
    "zh-hans": ["zh-cn", "cmn-hans", "cmn-cn", "zh-hans", "zh-sg", "zh-tw", "cmn-tw", "zh-hant"],
    "zh-hant": ["zh-tw", "cmn-tw", "zh-hant", "zh-hk"],
  };

  const tag = (value) => String(value || "").toLowerCase().replace(/_/g, "-");
  const base = (value) => {
    const first = tag(value).split("-")[0];
    return first === "cmn" ? "zh" : first; // Mandarin is reported as cmn on some Android phones
  };
  const langOf = (element) => element.closest("[lang]")?.getAttribute("lang") || document.documentElement.lang;

  // The parts of the article a reader reads, in order: {element, text, lang}.
  const collect = (root) => {
    const parts = [];
    let words = [];
    let owner = root;
    const flush = () => {
      // Soft hyphens and the dots of Leichte Sprache (Miet·vertrag) are for the eye only.
      const value = words.join("").replace(/\u00ad|(?<=\p{L})\u00b7(?=\p{L})/gu, "").replace(/\s+/g, " ").trim();
      if (value) parts.push({ element: owner, text: value, lang: langOf(owner) });
      words = [];
    };
    const walk = (node, block) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          if (!words.length) owner = block;
          words.push(child.data);
        } else if (child.nodeType === Node.ELEMENT_NODE && !child.matches(SKIP)) {
          const name = child.tagName.toUpperCase();
          if (LEFT_OUT.has(name) || (child.checkVisibility && !child.checkVisibility())) continue;
          // A heading's permalink (¶) is not read.
          if (name === "A" && /^H\d$/.test(node.tagName) && child.getAttribute("href")?.startsWith("#")) continue;
          if (name === "BR") words.push(" ");
          else if (BLOCKS.has(name)) {
            flush();
            walk(child, child);
            flush();
          } else walk(child, block);
        }
      }
    };
    walk(root, root);
    flush();
    return parts;
  };

  // A part as utterances: its sentences, a long sentence cut at a space or comma.
  const sentences = (value, lang) => {
    let found = null;
    try {
      if (window.Intl?.Segmenter) found = Array.from(new Intl.Segmenter(lang, { granularity: "sentence" }).segment(value), (s) => s.segment);
    } catch {
      found = null; // a language tag the browser does not know
    }
    found ||= value.match(/[^.!?。！？؟]+(?:[.!?。！？؟]+\s*|$)/g) || [value];
    const result = [];
    for (let sentence of found) {
      sentence = sentence.trim();
      while (sentence.length > MAX) {
        const head = sentence.slice(0, MAX);
        const cut = Math.max(head.lastIndexOf(" "), head.lastIndexOf(","), head.lastIndexOf("，"), head.lastIndexOf("、"), head.lastIndexOf("،"));
        const at = cut > MAX / 2 ? cut + 1 : MAX;
        result.push(sentence.slice(0, at).trim());
        sentence = sentence.slice(at).trim();
      }
      if (sentence) result.push(sentence);
    }
    return result;
  };

  // The device's own voice that reads ``lang`` best, or null.
  const voiceFor = (lang, voices) => {
    const wanted = tag(lang);
    const preferred = PREFER[wanted] || [];
    const mine = (navigator.languages || []).map(tag);
    const rank = (voice) => {
      const own = tag(voice.lang);
      if (own === wanted) return 0;
      const at = preferred.findIndex((candidate) => own === candidate || own.startsWith(candidate + "-"));
      if (at >= 0) return 1 + at;
      return 20 + (mine.includes(own) ? 0 : 2) + (voice.default ? 0 : 1);
    };
    const candidates = voices.filter((voice) => voice.localService === true && base(voice.lang) === base(wanted));
    return candidates.sort((a, b) => rank(a) - rank(b))[0] || null;
  };

  const make = (name, content) => {
    const element = document.createElement(name);
    if (content) element.textContent = content;
    return element;
  };

  const setUp = (box) => {
    const root = box.closest("article") || document.querySelector(".md-content__inner");
    const button = box.querySelector(".civic-listen__button");
    const stopButton = make("button", text.stop);
    stopButton.type = "button";
    stopButton.className = "civic-listen__stop";
    stopButton.hidden = true;
    const status = make("div");
    status.className = "civic-listen__status";
    status.setAttribute("role", "status");
    box.append(stopButton, status);

    let state = "idle"; // idle, starting, playing, paused
    let queue = [];
    let index = 0;
    let run = 0; // a new run at every start and stop: answers for an older run are ignored
    let restart = false; // the current utterance ended while paused: speak it again on resume
    let ready = null;
    let lit = null;
    let current = null; // the utterance being spoken; kept, or Chrome may drop its events

    // A message in the live region; emptied first, so that the same message is announced again.
    const say = (...nodes) => {
      status.textContent = "";
      if (nodes.length) setTimeout(() => status.append(...nodes), 100);
    };

    const set = (next) => {
      state = next;
      const active = next === "playing" || next === "paused";
      box.classList.toggle("civic-listen--active", active);
      box.classList.toggle("civic-listen--playing", next === "playing");
      box.classList.toggle("civic-listen--paused", next === "paused");
      document.documentElement.classList.toggle("civic-listening", active);
      button.textContent = next === "playing" ? text.pause : next === "paused" ? text.resume : text.start;
      if (!active && document.activeElement === stopButton) button.focus();
      stopButton.hidden = !active;
    };

    const visible = (element) => {
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    };

    // Shows the part being read; the page follows it while the reader follows the reading.
    const light = (element) => {
      if (element === lit) return;
      const following = !lit || visible(lit);
      lit?.classList.remove("civic-listen-reading");
      lit = element && element !== root ? element : null;
      if (!lit) return;
      lit.classList.add("civic-listen-reading");
      const where = lit.getBoundingClientRect();
      if (following && (where.top < 0 || where.bottom > window.innerHeight)) {
        const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        lit.scrollIntoView({ block: "nearest", behavior: still ? "auto" : "smooth" });
      }
    };

    const noVoice = (lang) => {
      const nodes = [make("p", text.noVoice[lang] || text.noVoice[base(lang)] || Object.values(text.noVoice)[0]), make("p", text.hint)];
      if (text.links.length) {
        const list = make("ul");
        for (const link of text.links) {
          const anchor = make("a", link.name);
          anchor.href = link.url;
          const item = make("li");
          item.append(anchor);
          list.append(item);
        }
        nodes.push(make("p", text.help), list);
      }
      say(...nodes);
    };

    const finish = () => {
      run += 1;
      current = null;
      light(null);
      set("idle");
    };

    const stop = () => {
      if (state === "idle") return;
      const speaking = state !== "starting";
      finish();
      if (speaking) Speech.cancel();
    };

    const settled = (mine, error) => {
      if (mine !== run) return;
      if (state === "paused") {
        restart = true;
        return;
      }
      if (error) {
        // Interrupted by the system (a call, another app): stop quietly; anything else has gone wrong.
        const quiet = error.error === "interrupted" || error.error === "canceled";
        stop();
        if (!quiet) say(make("p", text.failed));
        return;
      }
      index += 1;
      speakNext(mine);
    };

    const speakNext = (mine) => {
      if (mine !== run || state !== "playing") return;
      const item = queue[index];
      if (!item) return finish();
      light(item.element);
      Speech.speak({
        text: item.text,
        voice: item.voice,
        pitch: 1,
        rate: 1,
        volume: 1,
        start: (event) => {
          current = event.utterance || current;
        },
      }).then(
        () => settled(mine, null),
        (event) => settled(mine, event || {}),
      );
    };

    const start = () => {
      run += 1;
      const mine = run;
      set("starting");
      say();
      const slow = setTimeout(() => say(make("p", text.loading)), 500);
      ready ||= Speech.init({ maxTimeout: 5000, interval: 250, quiet: true }).then(() => Speech.status().initialized === true);
      ready.then((ok) => {
        clearTimeout(slow);
        if (mine !== run) return;
        if (!ok) ready = null; // voices may still arrive: try again at the next tap
        const voices = ok ? Speech.voices() : [];
        const parts = collect(root);
        const lang = parts[0]?.lang || document.documentElement.lang;
        const main = voiceFor(lang, voices);
        if (!main) {
          set("idle");
          return noVoice(lang);
        }
        say();
        const found = {};
        queue = parts.flatMap((part) => {
          found[part.lang] ??= voiceFor(part.lang, voices) || main;
          return sentences(part.text, part.lang).map((sentence) => ({ element: part.element, text: sentence, voice: found[part.lang] }));
        });
        index = 0;
        restart = false;
        Speech.resume(); // Chrome keeps a queue paused after pause and cancel
        set("playing");
        speakNext(mine);
      });
    };

    const pause = () => {
      set("paused");
      Speech.pause();
    };

    const resume = () => {
      set("playing");
      Speech.resume();
      if (restart) {
        restart = false;
        run += 1;
        speakNext(run);
      }
    };

    button.addEventListener("click", () => {
      if (state === "playing") pause();
      else if (state === "paused") resume();
      else if (state === "idle") start();
    });
    stopButton.addEventListener("click", stop);
    // Leaving the page ends the reading: some browsers would go on speaking on the next page.
    window.addEventListener("pagehide", stop);
    return start;
  };

  let started = null;
  window.civicListen = (box) => {
    started ||= setUp(box);
    started();
  };
})();

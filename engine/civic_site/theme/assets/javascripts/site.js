/*
 * The site's only script. The pages work without it; it adds:
 * - buttons for what Material makes with <label>s (menu, search, menu sections), so that they work
 *   with the keyboard and say whether they are open; Escape closes search and the menu;
 * - search in the reader's language: nothing is loaded until the reader starts to search, then
 *   lunr, this language's stemmer and this language's index (assets/search/<lang>.js, written by
 *   search_index.py, with the language's rules from search_languages.yml). If nothing is found, the
 *   default language's index is searched after a pause and its results are shown under a label.
 * - the "Listen to this page" button where the browser can speak; its scripts load at the first tap.
 * Scripts are added as <script> elements, never fetched, so search also works from disk.
 */
(() => {
  "use strict";
  const html = document.documentElement;
  html.classList.remove("no-js");
  html.classList.add("js");
  const toggle = document.getElementById("__search");
  const drawer = document.getElementById("__drawer");

  // A <label> for a checkbox becomes a real <button> that toggles it and says whether it is open.
  const asButton = (label, input, onToggle) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = label.className;
    if (label.id) button.id = label.id;
    for (const name of ["title", "aria-label"]) if (label.hasAttribute(name)) button.setAttribute(name, label.getAttribute(name));
    if (label.dataset.civicLabel) button.setAttribute("aria-label", label.dataset.civicLabel);
    while (label.firstChild) button.appendChild(label.firstChild);
    const sync = () => button.setAttribute("aria-expanded", String(input.checked));
    button.addEventListener("click", () => {
      input.checked = !input.checked;
      sync();
      if (onToggle) onToggle(input.checked);
    });
    input.addEventListener("change", sync);
    sync();
    label.replaceWith(button);
    return button;
  };

  const initHeader = () => {
    const opener = document.querySelector('label.md-header__button[for="__search"]');
    const menu = document.querySelector('label.md-header__button[for="__drawer"]');
    const searchButton = opener && toggle ? asButton(opener, toggle, (open) => {
      if (open) setTimeout(() => document.querySelector(".md-search__input")?.focus(), 0);
    }) : null;
    const menuButton = menu && drawer ? asButton(menu, drawer, (open) => {
      if (open) setTimeout(() => document.querySelector(".md-nav--primary a, .md-nav--primary button")?.focus(), 0);
    }) : null;
    // Material shows and hides these by their label's "for"; site.css does it by these classes.
    searchButton?.classList.add("civic-opener", "civic-opener--search");
    menuButton?.classList.add("civic-opener", "civic-opener--drawer");
    // A page shown again from the back/forward cache opens with the menu and search closed
    // (page_html.py removes the autocomplete="off" that Material used for this).
    window.addEventListener("pageshow", (event) => {
      if (!event.persisted) return;
      for (const input of [toggle, drawer]) if (input) input.checked = false;
    });
    document.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      if (toggle?.checked) {
        toggle.checked = false;
        toggle.dispatchEvent(new Event("change"));
        (searchButton || document.querySelector(".md-search__input"))?.focus();
      } else if (drawer?.checked) {
        drawer.checked = false;
        drawer.dispatchEvent(new Event("change"));
        menuButton?.focus();
      }
    });
  };

  // Menu sections that open and close: Material's toggle is a focusable <label>.
  const initNavToggles = () => {
    for (const label of document.querySelectorAll('label.md-nav__link[tabindex="0"]')) {
      const input = document.getElementById(label.htmlFor);
      if (!input) continue;
      const nav = input.parentNode.querySelector("nav.md-nav");
      const button = asButton(label, input, null);
      button.classList.add("civic-nav-toggle");
      if (!button.textContent.trim()) {
        // A section with its own page: the toggle shows only an arrow, so name it after the page.
        const name = document.createElement("span");
        name.className = "civic-visually-hidden";
        name.textContent = input.parentNode.querySelector("a.md-nav__link")?.textContent.trim() || "";
        button.appendChild(name);
      }
      if (nav?.id) button.setAttribute("aria-controls", nav.id);
    }
  };

  // Search: its code (search.js), lunr and the index come only when the reader starts to search.
  const initSearch = () => {
    const box = document.querySelector("[data-civic-search]");
    if (!box) return;
    const settings = JSON.parse(box.getAttribute("data-civic-strings"));
    const input = box.querySelector(".md-search__input");
    box.querySelector("form").addEventListener("submit", (event) => event.preventDefault());
    let loading = null;
    const load = () => (loading ||= new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = settings.root.replace(/\/?$/, "/") + settings.code;
      script.onload = () => resolve(window.civicSearchUI.start(box, settings, toggle));
      script.onerror = () => {
        loading = null;
        script.remove();
        reject(new Error("search.js"));
      };
      document.head.appendChild(script);
    }));
    // On wide screens the box sits in the header: focusing it opens the results below it.
    input.addEventListener("focus", () => {
      if (toggle && !toggle.checked) {
        toggle.checked = true;
        toggle.dispatchEvent(new Event("change"));
      }
      load().catch(() => {});
    });
    input.addEventListener("input", () => {
      load().then((search) => search(input.value)).catch(() => {
        box.querySelector(".md-search-result__meta").textContent = settings.text.failed;
      });
    });
  };

  // Save a language for offline use: only where a service worker can work (a secure page, not a
  // file opened from disk); the code (offline.js) comes when the reader asks, or to keep a copy current.
  const initOffline = () => {
    const box = document.querySelector("[data-civic-offline]");
    const served = /^https?:$/.test(location.protocol) && window.isSecureContext; // not from disk, HTTPS or localhost
    if (!box || !served || !("serviceWorker" in navigator) || !("caches" in window)) return;
    box.hidden = false;
    let loading = null;
    const load = () => (loading ||= new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = box.dataset.civicOfflineScript;
      script.onload = resolve;
      script.onerror = () => {
        loading = null;
        script.remove();
        reject(new Error("offline.js"));
      };
      document.head.appendChild(script);
    }));
    const start = (fromTap) => load().then(() => window.civicOffline.open(box, { fromTap })).catch(() => {});
    box.querySelector("button").addEventListener("click", () => start(true));
    let saved = {};
    try {
      saved = JSON.parse(localStorage.getItem("civic-offline") || "{}");
    } catch (error) {
      return;
    }
    if (saved[box.dataset.civicOfflineLang]) start(false);
  };

  // ---- listening ------------------------------------------------------------------------------
  // "Listen to this page" (listen.py): its files load at the first tap, then listen.js runs it.
  const initListen = () => {
    const box = document.querySelector("[data-civic-listen]");
    if (!box || !window.speechSynthesis) return;
    box.hidden = false;
    const button = box.firstElementChild;
    const load = (src) => new Promise((onload, onerror) => {
      const style = src.endsWith(".css");
      const element = document.createElement(style ? "link" : "script");
      document.head.append(Object.assign(element, style ? { rel: "stylesheet", href: src } : { src, async: false }, { onload, onerror }));
    });
    const first = () => {
      button.removeEventListener("click", first);
      speechSynthesis.speak(new SpeechSynthesisUtterance("")); // Safari reads later only if asked during a tap
      Promise.all(box.dataset.civicListen.split(" ").map(load)).then(() => window.civicListen(box), () => button.addEventListener("click", first));
    };
    button.addEventListener("click", first);
  };

  initHeader();
  initNavToggles();
  initSearch();
  initOffline();
  initListen();
})();

/*
 * Save a language for offline use: loaded by site.js only when the reader taps "save", or on a
 * later visit when a copy is saved (to keep it up to date). Nothing is stored without asking.
 *
 * Before: the download size, from the language's file list (assets/offline/<lang>.json, written by
 * offline.py). During: progress. After: what is saved, its size and date, and a way to remove it.
 * The browser is asked to keep the copy (navigator.storage.persist()); if it removes it anyway,
 * the reader is told. On each later visit online, only the files whose content changed are fetched;
 * if that fails, the old copy stays with its date.
 */
(() => {
  "use strict";
  const PREFIX = "civic-offline-";
  const STAGING = "civic-staging-"; // files of an update while they arrive
  const STORE = "civic-offline"; // localStorage: language -> {version, date, bytes}
  const META = "__civic-offline.json"; // in each cache: the list the copy was made from

  const saved = () => JSON.parse(localStorage.getItem(STORE) || "{}");
  const remember = (lang, value) => {
    const all = saved();
    if (value) all[lang] = value;
    else delete all[lang];
    localStorage.setItem(STORE, JSON.stringify(all));
  };

  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? "");

  const open = async (box, { fromTap }) => {
    const listUrl = new URL(box.dataset.civicOffline, location.href);
    const root = new URL("../../", listUrl).href; // the list is at <root>/assets/offline/<lang>.json
    const lang = box.dataset.civicOfflineLang;
    const button = box.querySelector("button");
    const panel = box.querySelector(".civic-offline__panel");
    let list = null;
    // Dates and sizes as the site writes them in this language (the list's CLDR locale, Latin digits).
    const locale = () => list?.locale || saved()[lang]?.locale || document.documentElement.lang;
    const day = (date) => new Date(date).toLocaleDateString(locale(), { year: "numeric", month: "long", day: "numeric", numberingSystem: "latn" });
    const megabytes = (bytes) =>
      `${(bytes / 1e6).toLocaleString(locale(), { maximumFractionDigits: 1, minimumFractionDigits: 1, numberingSystem: "latn" })} MB`;

    const fetchList = async () => {
      const response = await fetch(listUrl, { cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    };

    const say = (...parts) => {
      panel.replaceChildren(...parts.map((part) => (typeof part === "string" ? Object.assign(document.createElement("p"), { textContent: part }) : part)));
    };
    const action = (label, onClick) => {
      const element = document.createElement("button");
      element.type = "button";
      element.className = "civic-offline__action";
      element.textContent = label;
      element.addEventListener("click", onClick);
      return element;
    };

    const cacheName = (code) => PREFIX + code;

    // Fetches the files that are new or changed into a staging cache first: only when all have
    // arrived do they replace the saved copy, so a failed update leaves the old copy whole.
    const store = async (data, previous) => {
      const old = previous ? Object.fromEntries(previous.files.map((file) => [file.u, file.h])) : {};
      const changed = data.files.filter((file) => old[file.u] !== file.h);
      const progress = document.createElement("progress");
      progress.max = changed.length;
      progress.value = 0;
      const line = document.createElement("p");
      let done = 0;
      const show = () => {
        progress.value = done;
        line.textContent = fill(data.text.progress, { done, total: changed.length });
      };
      show();
      say(progress, line);
      await caches.delete(STAGING + data.lang);
      const staging = await caches.open(STAGING + data.lang);
      const queue = [...changed];
      // A few at a time: quicker than one by one, without flooding a slow connection.
      const worker = async () => {
        while (queue.length) {
          const file = queue.shift();
          const url = new URL(file.u, root).href;
          // The query tells the service worker to ask the server, not the saved copy.
          const response = await fetch(`${url}?civic-offline=${file.h}`, { cache: "no-cache" });
          if (!response.ok) throw new Error(`${response.status} ${file.u}`);
          await staging.put(url, response);
          done += 1;
          show();
        }
      };
      try {
        await Promise.all([worker(), worker(), worker(), worker()]);
        const cache = await caches.open(cacheName(data.lang));
        for (const request of await staging.keys()) await cache.put(request, await staging.match(request));
        const wanted = new Set(data.files.map((file) => new URL(file.u, root).href));
        for (const request of await cache.keys()) {
          if (!wanted.has(request.url) && !request.url.endsWith(META)) await cache.delete(request);
        }
        await cache.put(root + META, new Response(JSON.stringify(data), { headers: { "Content-Type": "application/json" } }));
      } finally {
        await caches.delete(STAGING + data.lang);
      }
    };

    const showSaved = (entry, note) => {
      const text = list?.text || entry.text;
      const parts = [fill(text.saved, { language: entry.name, size: megabytes(entry.bytes), date: day(entry.date) })];
      if (note) parts.unshift(note);
      if (/iPhone|iPad|iPod/.test(navigator.userAgent) && !navigator.standalone) parts.push(text.ios_hint);
      say(...parts, action(text.remove, remove));
      button.hidden = true;
    };

    const remove = async () => {
      const text = list?.text || saved()[lang]?.text;
      await caches.delete(cacheName(lang));
      remember(lang, null);
      if (!Object.keys(saved()).length) {
        for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
      }
      button.hidden = false;
      say(text ? text.removed : "");
    };

    const save = async () => {
      try {
        const registration = await navigator.serviceWorker.register(root + "sw.js");
        await navigator.serviceWorker.ready;
        await store(list, null);
        const entry = { version: list.version, date: new Date().toISOString(), bytes: list.bytes, name: list.name, text: list.text, locale: list.locale };
        remember(lang, entry);
        const kept = navigator.storage?.persist ? await navigator.storage.persist() : false;
        showSaved(entry, kept ? "" : list.text.persist_denied);
        return registration;
      } catch (error) {
        say(list.text.failed);
        return null;
      }
    };

    const offer = async () => {
      try {
        list = await fetchList();
      } catch (error) {
        say(box.dataset.civicOfflineFailed || "");
        return;
      }
      say(fill(list.text.size, { size: megabytes(list.bytes) }), action(list.text.confirm, save), action(list.text.cancel, () => say("")));
    };

    // A copy saved before: is it still there, and is it still current?
    const entry = saved()[lang];
    if (entry) {
      const cache = await caches.open(cacheName(lang));
      const meta = await cache.match(root + META);
      if (!meta) {
        remember(lang, null);
        say(entry.text.lost);
        return;
      }
      showSaved(entry, "");
      if (!navigator.onLine) return;
      try {
        list = await fetchList();
        if (list.version === entry.version) return;
        await store(list, await meta.json());
        const updated = { ...entry, version: list.version, date: new Date().toISOString(), bytes: list.bytes, text: list.text, locale: list.locale };
        remember(lang, updated);
        showSaved(updated, fill(list.text.updated, { date: day(updated.date) }));
      } catch (error) {
        showSaved(entry, fill(entry.text.update_failed, { date: day(entry.date) }));
      }
      return;
    }
    if (fromTap) await offer();
  };

  window.civicOffline = { open };
})();

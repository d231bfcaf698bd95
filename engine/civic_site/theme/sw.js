/*
 * The site's service worker: only installed when a reader asks to save a language for offline use
 * (assets/javascripts/offline.js). It answers from the saved copy first, so saved pages cost no
 * data and open without a connection; everything else comes from the network as usual. Offline, a
 * page that was not saved answers with a short page in the saved language: what happened and what
 * to do. It is never fingerprinted and never cached long (deploy/nginx.conf): to retire it, delete
 * this file from the site; browsers then drop it at their next check.
 */
"use strict";
const PREFIX = "civic-offline-";
const ROOT = new URL("./", self.location).href;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(ROOT)) return;
  event.respondWith(answer(request));
});

const savedCopies = async () => {
  const names = (await caches.keys()).filter((name) => name.startsWith(PREFIX));
  const copies = [];
  for (const name of names) {
    const meta = await (await caches.open(name)).match(ROOT + "__civic-offline.json");
    if (meta) copies.push(await meta.json());
  }
  return copies;
};

const answer = async (request) => {
  const url = new URL(request.url);
  // Saving and updating (offline.js) ask the server, never the saved copy.
  if (url.searchParams.has("civic-offline")) return fetch(request);
  url.search = "";
  url.hash = "";
  if (url.pathname.endsWith("/")) url.pathname += "index.html";
  const saved = await matchSaved(url.href);
  if (saved) return saved;
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode !== "navigate") throw error;
    return notSaved(url);
  }
};

// Only the saved copies, not the files of an update that is still arriving.
const matchSaved = async (href) => {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX)) continue;
    const found = await (await caches.open(name)).match(href, { ignoreSearch: true });
    if (found) return found;
  }
  return undefined;
};

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

// A page that was not saved, offline: say so in the saved language of that part of the site.
const notSaved = async (url) => {
  const copies = await savedCopies();
  const path = url.href.slice(ROOT.length);
  const copy = copies.find((item) => item.home.includes("/") && path.startsWith(item.home.split("/")[0] + "/")) || copies[0];
  if (!copy) return Response.error();
  const t = copy.text;
  const styles = copy.stylesheets.map((href) => `<link rel="stylesheet" href="${escape(ROOT + href)}">`).join("");
  const body = `<!doctype html><html lang="${escape(copy.tag)}" dir="${escape(copy.dir)}"><head><meta charset="utf-8">`
    + `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(t.missing_title)}</title>${styles}</head>`
    + `<body><main class="md-main md-typeset civic-offline-page"><h1>${escape(t.missing_title)}</h1><p>${escape(t.missing_text)}</p>`
    + `<p><a href="${escape(ROOT + copy.home)}">${escape(t.home)}</a></p></main></body></html>`;
  return new Response(body, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
};

// This page is served for any missing address, at any depth, under any path the site lives at,
// so links cannot be written in advance. Find the site's root in the address: it ends before the
// first part that is a known top-level folder of the site (listed in the page, so that this script
// never changes with the content and keeps its hash in the content security policy), or before
// the missing file itself.
(function () {
  var topLevel = JSON.parse(document.querySelector("main").getAttribute("data-top-level"));
  var parts = location.pathname.split("/");
  var rootEnd = parts.length - 1;
  for (var i = 1; i < parts.length - 1; i++) {
    if (topLevel.indexOf(parts[i]) !== -1) { rootEnd = i; break; }
  }
  var root = parts.slice(0, rootEnd).join("/") + "/";
  var links = document.querySelectorAll("a[data-home]");
  for (var j = 0; j < links.length; j++) {
    links[j].href = root + links[j].getAttribute("data-home");
    links[j].parentNode.hidden = false;
  }
})();

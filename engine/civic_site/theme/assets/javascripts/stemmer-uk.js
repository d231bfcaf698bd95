/*
 * A light stemmer for Ukrainian, for the site's search (site.js): lunr has none for Ukrainian.
 * The algorithm is the one of @nlpjs/lang-uk 4.26.1 (MIT licence, © AXA Group Operations S.A.,
 * see vendor/stemmer-uk.LICENSE), without its framework, with one fix (its "-ість" rule matched a
 * Latin "o"). It removes endings after the first vowel, so that квартира, квартири, квартирі,
 * квартиру and квартирою meet in one form; a few rules added here join forms whose vowels change
 * between cases (договір – договору).
 */
(function () {
  "use strict";
  var VOWEL = /[аеиоуюяіїє]/;

  function step1(word) {
    // Nouns in -ія (реєстрація, інформація) and their cases.
    if (/(?:ія|ії|ію|ією|ій|іям|іями|іях)$/.test(word) && word.length > 4) return word.replace(/(?:ія|ії|ію|ією|ій|іям|іями|іях)$/, "");
    var before = word;
    word = word.replace(/(?:[иы]в(?:ши(?:сь)?)?)$/, "");
    word = word.replace(/(?:а(?:в(?:ши(?:сь)?)?))$/, "а");
    word = word.replace(/(?:я(?:в(?:ши(?:сь)?)?))$/, "я");
    if (word !== before) return word;
    word = word.replace(/с[яьи]$/, "");
    before = word;
    word = word.replace(/(?:[аеєуюя]|еє|ем|єє|ий|их|іх|ів|ій|ім|їй|им|ими|іми|йми|ої|ою|ова|ове|ого|ому)$/, "");
    if (word !== before) return word.replace(/(?:[аіу]|ій|ий|им|ім|их|йми|ого|ому|ою)$/, "");
    before = word;
    word = word.replace(/(?:[еєую]|ав|али|ати|вши|ив|ити|ме|сь|ся|ши|учи|яти|ячи|ать|ять)$/, "");
    if (word !== before) return word;
    return word.replace(
      /(?:[аеєіїийоуыьюя]|ам|ах|ами|ев|еві|еи|ей|ем|ею|єм|єю|ів|їв|ий|ием|ию|ия|иям|иях|ов|ові|ой|ом|ою|ью|ья|ям|ями|ях)$/, "");
  }

  function stem(original) {
    var word = original.toLowerCase();
    var vowel = VOWEL.exec(word);
    if (!vowel) return word;
    var start = word.slice(0, vowel.index + 1);
    var rest = word.slice(vowel.index + 1);
    if (!rest) return word;
    rest = step1(rest).replace(/и$/, "");
    if (/[^аеиоуюяіїє][аеиоуюяіїє]+[^аеиоуюяіїє]+[аеиоуюяіїє].*ость$/.test(rest)) rest = rest.replace(/ость$/, "");
    var withoutSoftSign = rest.replace(/ь$/, "");
    rest = withoutSoftSign !== rest ? withoutSoftSign : rest.replace(/ейше$/, "").replace(/нн$/, "н");
    var result = start + rest;
    // Vowels that come and go between the cases: орендодавець – орендодавця, будинок – будинку,
    // договір – договору.
    if (result.length > 5) result = result.replace(/ец$/, "ц").replace(/([^аеиоуюяіїє])ок$/, "$1к").replace(/ір$/, "ор");
    return result;
  }

  window.civicStemmers = window.civicStemmers || {};
  window.civicStemmers.ukrainian = stem;
})();

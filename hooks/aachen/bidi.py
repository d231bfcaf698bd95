"""Keep Latin-script words in order inside right-to-left text.

In an Arabic sentence, a German word followed by punctuation ("… Leichte Sprache، …") can be
shown in the wrong order. Wrapping each run of Latin letters in <bdi> isolates it, as the
Unicode bidirectional algorithm recommends for text of unknown direction.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

# A run of Latin letters and digits, with the spaces, dots, hyphens, slashes and section signs
# between them (§ 551 BGB, Leichte Sprache, 2018-07-11, www.aachen.de).
LATIN_RUN = re.compile(r"[§A-Za-zÀ-ÖØ-öø-ÿ0-9@](?:[A-Za-zÀ-ÖØ-öø-ÿ0-9@§ .,:/_+-]*[A-Za-zÀ-ÖØ-öø-ÿ0-9])?")


def isolate_latin(text: str, direction: str) -> Markup:
    """``text`` escaped; on a right-to-left page, with each Latin run wrapped in <bdi>."""
    if direction != "rtl":
        return escape(text)
    parts, last = [], 0
    for match in LATIN_RUN.finditer(text):
        if not re.search(r"[A-Za-zÀ-ÖØ-öø-ÿ§@]", match.group()):
            continue  # plain numbers read correctly in Arabic text
        parts.append(escape(text[last : match.start()]))
        parts.append(Markup("<bdi>{}</bdi>").format(match.group()))
        last = match.end()
    parts.append(escape(text[last:]))
    return Markup("").join(parts)

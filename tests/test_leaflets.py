"""Leaflets (make leaflets): every housing guide, in every language, as an A4 PDF that a welfare
worker can print; tagged for screen readers, without the site's menus, with links written out,
and with a QR code to the page online only when the site's public address is configured."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pypdfium2
import pytest
import yaml
import zxingcpp
from bs4 import BeautifulSoup
from playwright.sync_api import Browser
from pypdf import PdfReader

from civic_site.leaflets import guides, make_leaflets
from helpers import ROOT, configured_languages, site_at, ui_strings

pytestmark = pytest.mark.browser
LANGUAGES = configured_languages()
STRINGS = ui_strings()
PUBLIC_URL = "https://example.org/stadt/integration/"
NAV = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["nav"]
A4_POINTS = (595.3, 841.9)


# Every guide is printed in these languages (the newest ones); the deposit guide in every language.
EVERY_GUIDE_IN = [language.code for language in LANGUAGES if language.code in ("zh", "uk")] or [language.code for language in LANGUAGES]


@pytest.fixture(scope="module")
def leaflets(built_site: Path, browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Leaflets, printed as `make leaflets` prints them, with a public address configured."""
    out = tmp_path_factory.mktemp("leaflets")
    make_leaflets(site_at(ROOT), NAV, built_site, out, public_url=PUBLIC_URL, languages=EVERY_GUIDE_IN, browser=browser)
    make_leaflets(site_at(ROOT), NAV, built_site, out, public_url=PUBLIC_URL, only=["kaution"], browser=browser)
    return out


def housing_guides_in_the_menu() -> list[str]:
    """The guides as the site's menu lists them: the housing section without its overview, its
    glossary and the page that only lists the steps of a path (each step is a guide)."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    listed = re.findall(r"^\s+- (wohnen/[a-z0-9-]+\.md)$", text, flags=re.MULTILINE)
    steps_only = [page for page in listed if "<!-- path " in (ROOT / "docs" / "de" / page).read_text(encoding="utf-8")]
    return [Path(page).stem for page in listed if page not in ("wohnen/index.md", "wohnen/glossar.md", *steps_only)]


def pdf_text(path: Path) -> str:
    # Arabic comes out of a PDF in presentation forms; NFKC turns them back into letters.
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in PdfReader(path).pages))


def as_extracted(words: str) -> str:
    """A pattern for words as they come out of a PDF: a Chinese font draws some characters (页)
    with the glyph of a radical (⻚), and the PDF's text layer names the radical."""
    return "".join(f"(?:{re.escape(char)}|[\u2e80-\u2eff])" if "\u4e00" <= char <= "\u9fff" else re.escape(char) for char in words)


def embedded_fonts_with_chinese_glyphs(path: Path) -> list[str]:
    """The fonts embedded in the PDF (glyph programs inside it) whose glyphs stand for Chinese
    characters, by the font's own map from glyphs to text. Without a Chinese font on the printing
    machine, the characters come out as empty boxes and no embedded font maps to them."""
    found = []
    for page in PdfReader(path).pages:
        for name, font in page["/Resources"]["/Font"].items():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant.get("/FontDescriptor")
            embedded = "/CharProcs" in font or (descriptor is not None and any(key.startswith("/FontFile") for key in descriptor.get_object()))
            to_unicode = font["/ToUnicode"].get_object().get_data().decode("latin-1") if "/ToUnicode" in font else ""
            targets = re.findall(r"<([0-9A-Fa-f]{4})>\s*(?:\n|$|<)", to_unicode) + re.findall(r"<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]{4})>", to_unicode)
            if embedded and any(0x4E00 <= int(code, 16) <= 0x9FFF for code in targets):
                found.append(f"{name} {font.get('/BaseFont', font['/Subtype'])}")
    return found


def qr_codes(path: Path) -> list[str]:
    """The text of every QR code a reader's phone would find on the printed pages."""
    found = []
    document = pypdfium2.PdfDocument(str(path))
    for page in document:
        image = page.render(scale=2).to_pil()
        found += [barcode.text for barcode in zxingcpp.read_barcodes(image)]
    document.close()
    return found


def test_every_housing_guide_has_a_leaflet(leaflets: Path) -> None:
    names = [Path(guide).stem for guide in guides(site_at(ROOT), NAV)]
    assert names == housing_guides_in_the_menu()
    assert len(names) >= 10
    for code in EVERY_GUIDE_IN:
        for name in names:
            assert (leaflets / code / f"{name}.pdf").is_file(), f"no leaflet {code}/{name}"
    assert sorted(path.parent.name for path in leaflets.glob("*/kaution.pdf")) == sorted(language.code for language in LANGUAGES)


def test_leaflets_for_a_language_the_site_lacks_are_refused_with_the_languages_it_has(built_site: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        make_leaflets(site_at(ROOT), NAV, built_site, tmp_path, languages=["xx"])
    assert "xx" in str(stop.value) and all(language.code in str(stop.value) for language in LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_a_leaflet_is_a_tagged_a4_document_in_the_readers_language(leaflets: Path, built_site: Path, language) -> None:
    reader = PdfReader(leaflets / language.code / "kaution.pdf")
    catalog = reader.trailer["/Root"]
    assert bool(catalog["/MarkInfo"]["/Marked"]) and "/StructTreeRoot" in catalog, "tagged for screen readers"
    assert catalog["/Lang"] == language.tag
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4_POINTS, abs=1.5)
    page_title = BeautifulSoup((built_site / language.prefix() / "wohnen/kaution.html").read_text(encoding="utf-8"), "html.parser").title.string
    assert reader.metadata.title == page_title


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_a_leaflet_has_the_text_without_menus_and_writes_out_links(leaflets: Path, language) -> None:
    text = pdf_text(leaflets / language.code / "kaution.pdf")
    assert "Kaution" in text  # the German word stays next to the translation
    assert "https://www.gesetze-im-internet.de/bgb/__551.html" in text, "a link leaving the site is written out"
    for menu_text in (STRINGS["search.placeholder"], STRINGS["languages.label"]):
        words = unicodedata.normalize("NFKC", menu_text.get(language.code, menu_text["de"]))
        assert words not in text, f"{words!r} belongs to the screen, not to paper"
    words_label = unicodedata.normalize("NFKC", STRINGS["glossary.on_paper"][language.code]).rstrip(":")
    if language.direction == "ltr":
        assert re.search(as_extracted(words_label), text), "glossary words are explained on paper"


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_a_leaflet_ends_with_a_qr_code_to_the_same_page_online(leaflets: Path, language) -> None:
    address = f"{PUBLIC_URL}{language.prefix()}wohnen/kaution.html"
    assert qr_codes(leaflets / language.code / "kaution.pdf") == [address]
    assert address in pdf_text(leaflets / language.code / "kaution.pdf"), "the address is also written out"


def test_without_a_public_address_a_leaflet_has_no_qr_code(built_site: Path, browser: Browser, project: Path, tmp_path: Path) -> None:
    settings_file = project / "data/site.yml"
    settings_file.write_text(re.sub(r"(?m)^public_url:.*$", "public_url: null", settings_file.read_text(encoding="utf-8")), encoding="utf-8")
    make_leaflets(site_at(project), NAV, built_site, tmp_path, only=["kaution"], browser=browser)
    leaflet = tmp_path / "de" / "kaution.pdf"
    assert qr_codes(leaflet) == []
    assert STRINGS["leaflet.online"]["de"] not in pdf_text(leaflet)


def test_a_chinese_leaflet_embeds_a_font_with_chinese_characters(leaflets: Path) -> None:
    chinese = [language for language in LANGUAGES if language.code == "zh"]
    if not chinese:
        pytest.skip("the site builds no Chinese pages")
    assert embedded_fonts_with_chinese_glyphs(leaflets / "zh" / "kaution.pdf"), "Chinese text printed without a Chinese font"
    assert embedded_fonts_with_chinese_glyphs(leaflets / "de" / "kaution.pdf") == [], "a German leaflet needs no Chinese font"

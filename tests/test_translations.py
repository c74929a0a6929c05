"""The German catalogue: complete, placeholder-safe, compiled, and used by the pages.

The catalogue checks read the .po with a small parser of their own, so that they need
neither gettext's tools nor any extra package.
"""

import ast
import gettext
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from claims.models import Status

LC_MESSAGES = Path(__file__).resolve().parent.parent / "locale" / "de" / "LC_MESSAGES"
PO_FILE = LC_MESSAGES / "django.po"
MO_FILE = LC_MESSAGES / "django.mo"

# Python %-style (named or positional), str.format-style and %% placeholders.
PLACEHOLDER = re.compile(
    r"%\([^)]+\)[-#0 +]*\d*(?:\.\d+)?[sdifr]|%[-#0 +]*\d*(?:\.\d+)?[sdifr]|%%|\{\w*\}"
)


@dataclass
class Entry:
    msgid: str = ""
    msgid_plural: str | None = None
    msgctxt: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    line: int = 0

    @property
    def label(self) -> str:
        return f"line {self.line}: {self.msgid!r}"


def _unquote(text: str) -> str:
    # A PO string is a C string; its escapes are a subset of Python's.
    return ast.literal_eval(text)


def parse_po(path: Path) -> list[Entry]:
    """Entries of a .po file, the header included (its msgid is empty); obsolete ones left out."""
    entries: list[Entry] = []
    current: Entry | None = None
    target: tuple[str, int | None] | None = None
    pending_flags: set[str] = set()

    def finish() -> None:
        nonlocal current
        if current is not None:
            entries.append(current)
        current = None

    def append(value: str) -> None:
        name, index = target
        if name == "msgstr":
            current.msgstr[index] = current.msgstr.get(index, "") + value
        else:
            setattr(current, name, (getattr(current, name) or "") + value)

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#~"):
            continue
        if line.startswith("#,"):
            finish()
            pending_flags |= {flag.strip() for flag in line[2:].split(",") if flag.strip()}
            continue
        if line.startswith("#"):
            continue
        keyword, _, rest = line.partition(" ")
        if line.startswith('"'):
            assert current is not None and target is not None, f"stray string at line {number}"
            append(_unquote(line))
            continue
        if keyword in ("msgctxt", "msgid") and (
            current is None or keyword == "msgctxt" or target[0] != "msgctxt"
        ):
            finish()
            current = Entry(flags=pending_flags, line=number)
            pending_flags = set()
        assert current is not None, f"unexpected {keyword!r} at line {number}"
        match = re.fullmatch(r"msgstr\[(\d+)\]", keyword)
        if match:
            target = ("msgstr", int(match.group(1)))
            current.msgstr[target[1]] = ""
        elif keyword == "msgstr":
            target = ("msgstr", 0)
            current.msgstr[0] = ""
        elif keyword in ("msgid", "msgid_plural", "msgctxt"):
            target = (keyword, None)
            setattr(current, keyword, "")
        else:
            raise AssertionError(f"unknown keyword {keyword!r} at line {number}")
        append(_unquote(rest))
    finish()
    return entries


CATALOGUE = parse_po(PO_FILE)
HEADER = next(entry for entry in CATALOGUE if entry.msgid == "" and entry.msgctxt is None)
MESSAGES = [entry for entry in CATALOGUE if entry is not HEADER]


def _placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def test_the_catalogue_has_messages():
    assert len(MESSAGES) > 100


def test_header_is_german_and_final():
    assert "fuzzy" not in HEADER.flags
    header = HEADER.msgstr[0]
    assert "Language: de\n" in header
    assert "charset=UTF-8" in header
    assert "Plural-Forms: nplurals=2; plural=(n != 1);" in header


def test_no_entry_is_untranslated_or_fuzzy():
    fuzzy = [entry.label for entry in MESSAGES if "fuzzy" in entry.flags]
    empty = [
        entry.label
        for entry in MESSAGES
        if not entry.msgstr or not all(text.strip() for text in entry.msgstr.values())
    ]
    assert not fuzzy, f"fuzzy entries: {fuzzy}"
    assert not empty, f"untranslated entries: {empty}"


def test_plural_entries_have_both_forms():
    for entry in MESSAGES:
        if entry.msgid_plural is not None:
            assert sorted(entry.msgstr) == [0, 1], entry.label
        else:
            assert sorted(entry.msgstr) == [0], entry.label


def test_translations_keep_the_placeholders():
    wrong = []
    for entry in MESSAGES:
        for index, text in entry.msgstr.items():
            source = entry.msgid if index == 0 else (entry.msgid_plural or entry.msgid)
            if _placeholders(text) != _placeholders(source):
                wrong.append(f"{entry.label} [{index}]: {text!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_translations_keep_the_markup():
    tag = re.compile(r"</?[a-zA-Z][^>]*>")
    for entry in MESSAGES:
        for text in entry.msgstr.values():
            assert sorted(tag.findall(text)) == sorted(tag.findall(entry.msgid)), entry.label


def test_compiled_catalogue_matches_the_po():
    with MO_FILE.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    stale = []
    for entry in MESSAGES:
        if entry.msgid_plural is None:
            if entry.msgctxt is None:
                got = compiled.gettext(entry.msgid)
            else:
                got = compiled.pgettext(entry.msgctxt, entry.msgid)
            if got != entry.msgstr[0]:
                stale.append(entry.label)
            continue
        for n, index in ((1, 0), (2, 1)):
            if entry.msgctxt is None:
                got = compiled.ngettext(entry.msgid, entry.msgid_plural, n)
            else:
                got = compiled.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, n)
            if got != entry.msgstr[index]:
                stale.append(f"{entry.label} (n={n})")
    assert not stale, "django.mo is out of date; run compilemessages. Stale: " + ", ".join(stale)


def test_status_labels_are_german():
    with translation.override("de"):
        assert str(Status.NEW.label) == "neu"
        assert str(Status.QUEUED.label) == "in der Warteschlange"
        assert str(Status.IN_REVIEW.label) == "in Prüfung"
        assert str(Status.SUBMITTED.label) == "eingereicht"
        assert str(Status.PUBLISHED.label) == "veröffentlicht"
        assert str(Status.REJECTED.label) == "abgelehnt"
        assert translation.gettext("Evidence ledger") == "Belegliste"
        assert translation.ngettext("%(counter)s claim", "%(counter)s claims", 2) == (
            "%(counter)s Behauptungen"
        )
    with translation.override("en"):
        assert str(Status.QUEUED.label) == "queued"


@pytest.mark.django_db
def test_public_list_is_served_in_german(client):
    html = client.get(reverse("factcheck-list"), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "Faktenchecks" in html
    assert "Wie wir Behauptungen bewerten" in html
    assert "How we rate claims" not in html

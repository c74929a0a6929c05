"""The chunker's view of one sentence: quotations found, quoted words left out.

Quotation marks are known by their Unicode class; abbreviations, truncated
compounds, glued clitics and split hyphenated words are put into the form the
mention chunker (:mod:`.mentions`) reads.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .tokens import Token

APOSTROPHES = ("'", "’")
# Unicode's preferred apostrophe is also the right single quotation mark: it
# closes a quotation but never opens one ("the ’90s", "union’s").
_APOSTROPHE_MARK = "’"


def mask_quotes(text: str) -> str:
    # Quoted material is the claim itself, not its attribution: masked, a
    # reporting verb inside a quote cannot pick the wrong speaker.
    for start, end in reversed(quoted_parts(text)):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


@lru_cache(maxsize=512)
def quote_mark(char: str) -> str | None:
    """``"single"`` or ``"double"`` for a quotation mark, else None."""
    # Quotation marks by their Unicode class, not by a list per language: one
    # German paper prints „…“, the next »…« and a Swiss one «…», and English
    # “…” runs the other way in Swedish ”…”, so the marks' pairing follows the
    # publisher, not the language.  Initial and final quotes (Pi, Pf), the
    # low-9 marks that only open („ ‚, Ps) and the ASCII '"'; a quotation
    # closes at the next mark of the same weight, single or double.
    category = unicodedata.category(char)
    name = unicodedata.name(char, "")
    if char == '"' or category in ("Pi", "Pf") or (category == "Ps" and "QUOTATION" in name):
        return "single" if "SINGLE" in name else "double"
    return None


def opens_with_quote(text: str) -> bool:
    """True if ``text`` opens with a quotation mark (an apostrophe opens none)."""
    first = text.lstrip()[:1]
    return bool(first) and first != _APOSTROPHE_MARK and quote_mark(first) is not None


def quote_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each quotation in ``text``, quote marks included."""
    marks = [(k, weight) for k, char in enumerate(text) if (weight := quote_mark(char))]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(marks):
        start, weight = marks[i]
        i += 1
        if text[start] == _APOSTROPHE_MARK:
            continue
        for j in range(i, len(marks)):
            k, other = marks[j]
            if other != weight or unicodedata.category(text[k]) == "Ps":
                continue
            if weight == "single" and text[k + 1 : k + 2].isalnum():
                continue  # an apostrophe inside a word ("don’t")
            spans.append((start, k + 1))
            i = j + 1
            break
    return spans


def quoted_parts(text: str) -> list[tuple[int, int]]:
    """:func:`quote_spans`, and the part of a quotation that runs over the sentence.

    A quotation of several sentences is split with them: '"We are not there
    yet.' opens one that does not close, 'It will take years," she said.'
    closes one opened before.  The open part runs to the sentence's end, the
    closing part from its start: neither is the attribution.
    """
    spans = quote_spans(text)
    free = [
        k
        for k, char in enumerate(text)
        if quote_mark(char) == "double" and not any(a <= k < b for a, b in spans)
    ]
    if len(free) != 1:
        return spans
    k = free[0]
    if not text[:k].strip():
        return [*spans, (k, len(text))]
    after = text[k + 1 :].lstrip()[:1]
    closes = text[k - 1 : k] in (".", "!", "?", ",") or after in (",", "")
    if closes and unicodedata.category(text[k]) != "Ps" and not any(a < k for a, _ in spans):
        return [(0, k + 1), *spans]
    return spans


def _piece(tok: Token, start: int, end: int, tagged: bool) -> Token:
    text = tok.text[start - tok.start : end - tok.start]
    if not tagged:
        return Token(text, start, end, "symbol" if text in ".-" else tok.kind, text.lower(), "")
    return Token(text, start, end, tok.kind, tok.lemma, tok.pos, tok.degree)


def chunker_tokens(tokens: list[Token], text: str) -> list[Token]:
    """The stream's tokens of one sentence as the chunker reads them.

    Quoted material is left out (see :func:`mask_quotes`).  The chunker
    sees a title's or an initial's full stop on its own, so SoMaJo's
    abbreviations are split at their dots ("Dr." → "Dr" "."; "U.S." → "U"
    "." "S" "."), as is the hyphen of a truncated compound ("Industrie-"
    "und" …); a clitic glued to its word stays with it, because "union's" is
    one possessor and "didn't" one verb.
    """
    quoted = quoted_parts(text)
    out: list[Token] = []
    for tok in tokens:
        if any(s <= tok.start and tok.end <= e for s, e in quoted):
            continue
        if tok.kind == "abbreviation" and "." in tok.text:
            for part in re.finditer(r"[^.]+|\.", tok.text):
                start, end = tok.start + part.start(), tok.start + part.end()
                out.append(_piece(tok, start, end, part.start() == 0))
            continue
        if len(tok.text) > 1 and tok.text.endswith("-") and tok.text[-2].isalpha():
            out.append(_piece(tok, tok.start, tok.end - 1, True))
            out.append(_piece(tok, tok.end - 1, tok.end, False))
            continue
        glued = out and out[-1].end == tok.start and out[-1].text[-1:].isalpha()
        if glued and any(a in tok.text for a in APOSTROPHES) and tok.text[-1:].isalpha():
            out[-1] = _joined(out[-1], tok)
            continue
        if glued and tok.text in APOSTROPHES and out[-1].text[-1:] == "s":
            # "Pharmacists' Association": a plural possessive is one word.
            out[-1] = _joined(out[-1], tok)
            continue
        if (
            len(out) >= 2
            and out[-1].text == "-"
            and out[-2].end == out[-1].start
            and out[-1].end == tok.start
            and out[-2].text[-1:].isalnum()
            and tok.text[:1].isalnum()
        ):
            # "(D-Texas)": SoMaJo splits some hyphenated words; one word, as
            # "Koch-Institut" is.
            out[-2:] = [_joined(_joined(out[-2], out[-1]), tok)]
            continue
        out.append(tok)
    return out


def _joined(first: Token, second: Token) -> Token:
    return Token(
        first.text + second.text, first.start, second.end, first.kind, first.lemma, first.pos
    )

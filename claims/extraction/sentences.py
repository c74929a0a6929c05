"""Sentence splitting with exact character offsets into the original body.

SoMaJo does the hard part (abbreviations, ordinals, numbers, quotes).  Two
newsroom realities are patched on top of it:

* a newline is a hard boundary: news files carry one paragraph per line and a
  headline has no terminal punctuation, so lines are split separately;
* copy-pasted text often loses the space after a full stop ("Beilegung.Laut"),
  and an abbreviation such as "U.S." can end a sentence; both are re-split
  when the next token clearly starts a new sentence.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

import regex
from somajo import SoMaJo

from .languages import available_languages, fallback_language, pack
from .tokens import Token, analysis_deadline, make_token

_LOCK = threading.Lock()

_OPENING_QUOTES = ('"', "„", "“", "‘", "»", "«")
_ABBREVIATION_END = re.compile(r"\b[A-Z][a-z]{0,3}\.$")
_LONG_RUN = re.compile(r"\S{200,}")
LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_FALLBACK = re.compile(r"[^.!?]+(?:[.!?]+[\"“”’'»«)]*|$)")


# The characters SoMaJo's emoji pass looks for (its own classes).
_EMOJI = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\uFE0F]")


@lru_cache(maxsize=2)
def _tokenizer(language: str) -> SoMaJo:
    somajo = SoMaJo(
        pack(language if language in available_languages() else fallback_language()).setting(
            "somajo_model"
        ),
        split_camel_case=True,
        split_sentences=True,
        character_offsets=True,
    )
    _skip_emoji_pass_without_emoji(somajo._tokenizer)
    return somajo


def _skip_emoji_pass_without_emoji(tokenizer) -> None:
    # SoMaJo looks for emoji one character at a time, a regular-expression
    # search per character: a quarter of the time a news text takes, which
    # has none. A text without any character that pass looks for has nothing
    # to split there, so the pass runs only where one occurs; the tokens are
    # the same (tests/test_token_stream.py compares them on the gold articles
    # and on texts with emoji).
    scan = tokenizer._split_emojis

    def split_emojis(node, token_class: str = "emoticon") -> None:
        if _EMOJI.search(node.value.text):
            scan(node, token_class)

    tokenizer._split_emojis = split_emojis


def line_spans(body: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every line, without its line break.

    A line ends where ``str.splitlines`` ends one: at "\\n", at "\\r\\n" from
    Windows files, at a lone "\\r" from old Mac files and at the Unicode line
    and paragraph separators that word processors paste.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in LINE_BREAK.finditer(body):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(body)))
    return spans


def split_sentences(body: str, language: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of all sentences in ``body``.

    ``body[start:end]`` is the sentence with surrounding whitespace stripped;
    spans are in document order, never overlap and together cover every
    character that is not whitespace.
    """
    return [(start, end) for start, end, _ in split_with_tokens(body, language)]


def split_with_tokens(body: str, language: str) -> list[tuple[int, int, list[Token]]]:
    """Like :func:`split_sentences`, with each sentence's tokens (offsets into ``body``).

    The tokens are the ones SoMaJo produced while splitting, so the text is
    tokenized once and every rule downstream reads the same stream.
    """
    sentences: list[tuple[int, int, list[Token]]] = []
    deadline = analysis_deadline(len(body), language)
    for line_start, line_end in line_spans(body):
        line = body[line_start:line_end]
        if not line.strip():
            continue
        spans, raw = _split_line(line, language)
        tokens = [
            make_token(line[s:e], line_start + s, line_start + e, kind, language, deadline)
            for s, e, kind in raw
        ]
        index = 0
        for start, end in _cover_line(line, spans):
            span = _strip(body, line_start + start, line_start + end)
            if span[0] >= span[1]:
                continue
            while index < len(tokens) and tokens[index].start < span[0]:
                index += 1
            mine: list[Token] = []
            while index < len(tokens) and tokens[index].end <= span[1]:
                mine.append(tokens[index])
                index += 1
            sentences.append((span[0], span[1], mine))
    return sentences


def _cover_line(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    # SoMaJo drops characters it has no token for (control characters, some
    # format characters), and such text must not vanish from the sentences:
    # each sentence runs up to the next one, the first starts at the line's
    # start and the last ends at the line's end.  Whitespace is stripped later.
    spans = sorted((s, e) for s, e in spans if 0 <= s < e <= len(line))
    starts = [0] + [s for s, _ in spans[1:]]
    covered: list[tuple[int, int]] = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(line)
        if covered and start < covered[-1][1]:
            continue
        if start < end:
            covered.append((start, end))
    return covered or [(0, len(line))]


def _strip(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def _split_line(
    line: str, language: str
) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    # SoMaJo's time grows with the square of a token's length (6 s for 6,000
    # characters of "a.a.a."), so a long run without whitespace (a pasted
    # data blob, a minified script) is handed over as plain letters of the
    # same length: offsets stay exact and the run stays inside one sentence.
    masked = _LONG_RUN.sub(lambda m: "x" * len(m.group()), line)
    try:
        with _LOCK:
            sentences = [
                [(tok.text, tok.character_offset, tok.token_class) for tok in sentence]
                for sentence in _tokenizer(language).tokenize_text([masked])
            ]
    except Exception:  # pragma: no cover - SoMaJo failures are unexpected
        # A tokenizer crash must not make a whole upload fail; a naive split
        # is better than nothing and keeps offsets exact.
        return [m.span() for m in _FALLBACK.finditer(line) if m.group().strip()], []

    spans: list[tuple[int, int]] = []
    classified: list[tuple[int, int, str]] = []
    for tokens in sentences:
        tokens = [t for t in tokens if t[1] is not None]
        if not tokens:
            continue
        classified.extend((t[1][0], t[1][1], t[2]) for t in tokens if t[1][0] < t[1][1])
        start = tokens[0][1][0]
        for i in range(len(tokens) - 1):
            following = tokens[i + 1]
            if following[0] in _OPENING_QUOTES and i + 2 < len(tokens):
                # 'limit of 4.0 mg/L. "We saw ...': the word after the quote decides.
                following = (tokens[i + 2][0], following[1])
            if _boundary_after(line, tokens[i], following, language):
                spans.append((start, tokens[i][1][1]))
                start = tokens[i + 1][1][0]
        spans.append((start, tokens[-1][1][1]))
    return _join_datelines(line, spans), classified


def _join_datelines(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    # "PORTLAND, Ore. (AP) — Diego Morales scored ...": an abbreviation before
    # a bracket or a dash opens a dateline, it does not end a sentence.
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if (
            joined
            and _ABBREVIATION_END.search(line[joined[-1][0] : joined[-1][1]])
            and line[start : start + 1] in ("(", "—", "–")
        ):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _boundary_after(line: str, token, following, language: str) -> bool:
    text, (_, end) = token[:2]
    next_text, (next_start, _) = following[:2]
    if not text.endswith((".", "!", "?")) or text.lower() in _never_final(language):
        return False
    if not _capitalised(next_text):
        return False
    glued = next_start == end
    if next_start > end and line[next_start] in _OPENING_QUOTES:
        # A quotation opening after a full stop and a space starts a sentence.
        return line[end:next_start].isspace()
    if glued:
        # "Beilegung.Laut": a full stop directly followed by a capitalised
        # word.  Internal dots (U.S.Army, z.B.) are left alone.
        return "." not in text[:-1] or len(text) == 1
    # With a space, SoMaJo only keeps the two together when it read the dot
    # as part of an abbreviation; split if a typical sentence opener follows.
    if len(text) <= 2 or not line[end:next_start].isspace():
        return False
    return next_text in _starters(language)


def _capitalised(word: str) -> bool:
    # An upper-case letter followed by a lower-case one ("Anna", "Émile",
    # "Łódź"), in any script that has case; "USA" or "3D" open no sentence here.
    return len(word) >= 2 and word[0].isupper() and word[1].islower()


def _split_words(language: str, name: str) -> frozenset[str]:
    # Sentence splitting's words are the pack's (``pack.toml``); a language
    # without a pack splits with the fallback pack's.
    code = language if language in available_languages() else fallback_language()
    return frozenset(pack(code).setting(name))


@lru_cache(maxsize=8)
def _never_final(language: str) -> frozenset[str]:
    return _split_words(language, "never_final")


@lru_cache(maxsize=8)
def _starters(language: str) -> frozenset[str]:
    return _split_words(language, "sentence_starters")

"""Word features: the lemmas (and lemma pairs) a sentence is made of.

The learned model weighs only the words it saw often enough in training; the
rest count nothing.  Two layers, each named by its prefix:

- ``lex:<language>:`` — the words of a language, for every kind of text or,
  where the pack limits them (``lexical_genres``), for some kinds only;
- ``lex:<genre>:<language>:`` — the same words again in a kind of text that
  has weights of its own (``genre_word_layers``: "article"), fitted on that
  kind's labelled text on top of everything else, so news vocabulary ("kündigt
  an", "fordert") is weighed as news uses it without moving the debate or
  comment weights.
"""

from __future__ import annotations

from .languages import LanguagePack
from .tokens import Token

FIGURE_KINDS = frozenset({"number", "date", "measurement", "time"})
WORD_KINDS = frozenset({"regular", "abbreviation"})
# First letters of the HanTa tags of nouns, verbs, adjectives and adverbs
# (STTS and the English tag set agree on these initials).
_CONTENT_TAGS = frozenset("NVA")


def word_features(
    tokens: list[Token], words: list[Token], pk: LanguagePack, genre: str | None
) -> dict[str, float]:
    """The word features of one sentence of ``genre`` ("comment", "article" or None)."""
    genres = pk.setting("lexical_genres")
    own = not genres or genre in genres
    layered = genre is not None and genre in pk.setting("genre_word_layers")
    if not own and not layered:
        return {}
    lemmas = _lemma_features(tokens, words, pk)
    out = dict(lemmas) if own else {}
    if layered:
        # "lex:en:tax" -> "lex:article:en:tax"
        out |= {f"lex:{genre}:{name[4:]}": value for name, value in lemmas.items()}
    return out


def _lemma_features(tokens: list[Token], words: list[Token], pk: LanguagePack) -> dict:
    # A pack with enough training sentences may ask for every word (function
    # words: "n't", "we") and for adjacent pairs with figures folded
    # ("lex:en:<num> percent").
    prefix = f"lex:{pk.code}:"
    every_word = pk.setting("lexical_all_words")
    out = {}
    for tok in words:
        if (every_word or tok.pos[:1] in _CONTENT_TAGS) and _word(tok.lemma):
            out[prefix + tok.lemma.lower()] = 1.0
    if pk.setting("lexical_pairs"):
        folded = [
            "<num>" if tok.kind in FIGURE_KINDS else tok.lemma.lower()
            for tok in tokens
            if tok.kind in FIGURE_KINDS or (tok.kind in WORD_KINDS and _word(tok.lemma))
        ]
        for first, second in zip(folded, folded[1:], strict=False):
            out[f"{prefix}{first} {second}"] = 1.0
    return out


def _word(lemma: str) -> bool:
    return lemma.replace("'", "").replace("’", "").isalpha()

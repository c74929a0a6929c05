"""A named actor as the subject of a sentence with no reporting verb.

"Russland hat ... abgelehnt", "World Athletics has placed ...", "The
researchers followed 12,400 children": who acts is who claims, where the
sentence's verb follows its subject or the pack's ``event_stance`` cue fires.
Also the two helpers every claimant rule asks: a pack's grammar setting and
one of its cues.
"""

from __future__ import annotations

from . import lexicon as lx
from .context import ClaimantContext
from .languages import available_languages, pack
from .mentions import Mention
from .resolution import generic_referent, mention_claimant
from .tokens import Token


def setting(language: str, name: str) -> bool:
    # The grammar of ``language`` as its pack's settings describe it (the
    # fallback pack's for a language without one, as for the word lists).
    return bool(pack(lx.for_language(language).code).setting(name))


def cue(sentence: str, name: str, language: str) -> bool:
    return language in available_languages() and bool(pack(language).pattern(name).search(sentence))


def stance_subject(
    mentions: list[Mention],
    toks: list[Token],
    sentence: str,
    language: str,
    ctx: ClaimantContext,
) -> tuple[str | None, bool]:
    # "Russland hat ... abgelehnt", "Der Stadtrat hatte ... beschlossen".
    if not mentions:
        return None, False
    first = mentions[0]
    if first.governed:
        return None, False
    if first.first > 1:
        # German inversion: "Bereits 2023 hatte der RMV seine Preise angehoben".
        lead = toks[first.first - 1].low
        lex = lx.for_language(language)
        if (
            setting(language, "verb_second")
            and lead in lex.auxiliaries
            and first.kind in ("org", "country")
        ):
            return mention_claimant(first, ctx)
        return None, False
    if _actor_verb_follows(first, toks, language):
        # A named actor doing something ("World Athletics has placed ...").
        return mention_claimant(first, ctx)
    if (
        first.kind == "role"
        and not first.complement
        and not first.qualified
        and _verb_like(toks, first.last, language)
    ):
        # "The researchers followed 12,400 children": the institution named before.
        found = generic_referent(first.head, ctx)
        if found:
            return found, True
    if not cue(sentence, "event_stance", language):
        return None, False
    if first.kind not in ("org", "country", "person", "role"):
        return None, False
    if first.kind == "role" and not first.complement:
        return None, False
    return mention_claimant(first, ctx)


def _verb_like(toks: list[Token], k: int, language: str) -> bool:
    if k >= len(toks) or toks[k].cap:
        return False
    low = toks[k].low
    lex = lx.for_language(language)
    return low in lex.auxiliaries or low in lex.modals or _past_form(low, lex)


def _actor_verb_follows(m: Mention, toks: list[Token], language: str) -> bool:
    if m.kind not in ("org", "country", "person", "name") or m.last >= len(toks):
        return False
    k = m.last
    lex = lx.for_language(language)
    inserted = lex.relatives | (lex.articles - lex.definite)
    if toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].low in inserted:
        # "Now Okafor, who trained as a nurse, wants to ...", "Brixa, a
        # start-up based in Kell, has raised ...": past the clause.
        close = next((j for j in range(k + 2, len(toks)) if toks[j].text == ","), None)
        if close is None or close + 1 >= len(toks):
            return False
        k = close + 1
    nxt = toks[k].low
    # A modal after a bare name is too weak a signal ("Betriebsbedingte
    # Kündigungen sollen ..." is a noun phrase, not a name).
    modal_ok = m.kind != "name" or not setting(language, "nouns_capitalised")
    return (
        nxt in lex.auxiliaries
        or (modal_ok and nxt in lex.modals)
        or (_past_form(nxt, lex) and not toks[k].cap)
    )


def _past_form(low: str, lex: lx.Lexicon) -> bool:
    # English "-ed" forms: "The researchers followed …"; German has no such ending.
    return bool(lex.past_endings) and low.endswith(lex.past_endings)

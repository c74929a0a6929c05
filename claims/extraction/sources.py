"""Source phrases: where a sentence names who its claim comes from.

"laut X", "according to X", "X zufolge", "…, so X.", "nach Angaben des X", "geht aus X
hervor", "heißt es in X", "wurde aus X mitgeteilt", and the subject's own
account ("nach eigenen Angaben", "by its own account").  The words are the
language pack's; this module holds none.
"""

from __future__ import annotations

from . import lexicon as lx
from .appositions import named_after_role
from .bodies import body_for_noun
from .context import ClaimantContext
from .languages import pack
from .mentions import Mention
from .resolution import generic_referent
from .tokens import Token

__all__ = ["own_account", "own_account_subject", "source_mention"]


def own_account(lows: list[str], lex: lx.Lexicon) -> tuple[int, int] | None:
    """Token span of "nach eigenen Angaben" / "by its own account", if any."""
    for phrase in lex.own_account_phrases:
        words = phrase.split()
        for i in range(len(lows) - len(words) + 1):
            if lows[i : i + len(words)] == words:
                return i, i + len(words)
    return None


def own_account_subject(
    mentions: list[Mention], toks: list[Token], own: tuple[int, int], ctx: ClaimantContext
) -> str | None:
    lex = ctx.lex
    start, end = own
    kinds = ("org", "person", "name", "country")
    for m in mentions:
        if m.last <= start and not m.governed and m.kind in kinds:
            inverted = _subject_after_verb(toks, m, ctx)
            return inverted if inverted is not None else m.text
    # "Die Molkerei verarbeitet nach eigenen Angaben 410 Millionen Kilogramm
    # Milch": the body opening the sentence, before any name after the phrase.
    known = _known_body_opening(toks, own, ctx)
    if known:
        return known
    for m in mentions:
        if m.first >= end and not m.governed and m.kind in kinds:
            return m.text
    # A noun the chunker leaves alone ("Der Mieterbund hat …", "hat der
    # Mieterbund …"): article and capitalised noun beside the finite verb.
    for k in range(len(toks) - 1):
        if start <= k < end or toks[k].low not in lex.definite or not toks[k + 1].cap:
            continue
        before = toks[k - 1].low if k > 0 else ""
        after = toks[k + 2].low if k + 2 < len(toks) else ""
        finite = lex.auxiliaries | lex.modals
        if (k == 0 and after in finite) or before in finite:
            return toks[k + 1].text
    return None


def _subject_after_verb(toks: list[Token], m: Mention, ctx: ClaimantContext) -> str | None:
    # "Betriebsbedingte Kündigungen schließt der Sender nach eigenen Angaben
    # aus": where the finite verb comes second, a plain noun phrase opening the
    # sentence before it and an article after it is the object; the noun after
    # the article is the subject, and means the body of its kind named before.
    lex, language_pack = ctx.lex, pack(ctx.language)
    k = m.last
    if not (
        m.first == 0
        and m.kind == "name"
        and toks[0].pos in language_pack.setting("attributive_adjective_tags")
        and k + 2 < len(toks)
        and toks[k].pos in language_pack.setting("finite_verb_tags")
        and toks[k + 1].low in lex.definite
        and toks[k + 2].cap
    ):
        return None
    noun = toks[k + 2].text
    return generic_referent(noun, ctx) or noun


def _known_body_opening(
    toks: list[Token], own: tuple[int, int], ctx: ClaimantContext
) -> str | None:
    # "Marktkorb betreibt nach eigenen Angaben …", "Das Klinikum behandelte
    # nach eigenen Angaben …", "bietet die Klinik nach eigenen Angaben …": a
    # body the article named before, by one word of its name or by its kind,
    # is the subject that opens the sentence or stands before the phrase.
    lex = ctx.lex
    start = own[0]

    def verb_at(k: int) -> bool:
        return k < len(toks) and toks[k].text.isalpha() and not toks[k].cap

    nouns = []
    if len(toks) > 2 and toks[0].cap and toks[0].low not in lex.articles and verb_at(1):
        named = ctx.organisation_named(toks[0].text)
        if named or toks[0].text in ctx.names:
            return named or toks[0].text
    if len(toks) > 2 and toks[0].low in lex.definite and toks[1].cap and verb_at(2):
        nouns.append(1)
    if start >= 2 and toks[start - 2].low in lex.definite and toks[start - 1].cap:
        nouns.append(start - 1)
    for k in nouns:
        found = generic_referent(toks[k].text, ctx) or body_for_noun(toks[k].text, [], ctx)
        if found:
            return found
    return None


def _mention_at(mentions: list[Mention], start: int, slack: int = 1) -> Mention | None:
    return next((m for m in mentions if start <= m.first <= start + slack), None)


def _document_follows(toks: list[Token], k: int, lex: lx.Lexicon) -> bool:
    # "nach Angaben", "nach den Daten", "nach ersten Erkenntnissen", "nach der
    # jüngsten Verkehrszählung", "nach Ministeriumsangaben": an article and an
    # adjective may come before a document noun or a compound of one.
    endings = lex.document_compound_endings
    if k < len(toks) and endings and toks[k].low.endswith(endings):
        return True
    if k < len(toks) and toks[k].low in lex.definite:
        k += 1
    if k + 1 < len(toks) and toks[k].text.isalpha() and not toks[k].cap:
        k += 1
    if k >= len(toks):
        return False
    noun = toks[k].low
    return noun in lex.document_nouns or bool(endings and noun.endswith(endings))


def source_mention(mentions: list[Mention], toks: list[Token], language: str) -> Mention | None:
    lows = [t.low for t in toks]
    lex = lx.for_language(language)
    # "wurde aus dem Ministerium mitgeteilt", "verlautete aus Kreisen".
    passive = any(low in lex.passive_report_verbs for low in lows) or (
        any(low in lex.passive_auxiliaries for low in lows)
        and any(low in lex.reporting_participles for low in lows)
    )
    phrases = [phrase.split() for phrase in lex.source_prepositions]
    closing = pack(lex.code).word_list("closing_source_words")
    for i, low in enumerate(lows):
        # "…, so Lohmeyer.", "…, so die Ministerin.": a source that closes the
        # sentence after a comma.
        if low in closing and i > 0 and lows[i - 1] == ",":
            found = _mention_at(mentions, i + 1)
            if found and not any(t.text[:1].isalnum() for t in toks[found.last :]):
                return found
        # "laut X", "according to X".
        for phrase in phrases:
            if lows[i : i + len(phrase)] == phrase:
                # "according to the zoo's annual report": a possessive and an
                # adjective may stand before the source.
                found = _mention_at(mentions, i + len(phrase), 4)
                if found and any(t.text in ",;:" for t in toks[i + len(phrase) : found.first]):
                    found = None
                if found:
                    # "according to chief information officer Laura Beckett".
                    return named_after_role(mentions, found, toks)
        # "nach Angaben des X", "nach Auffassung der Richter"; "nach eigenen
        # Angaben" is the subject's own account, not a source.
        if (
            low in lex.document_prepositions
            and " ".join(lows[i : i + 3]) not in lex.own_account_phrases
            and _document_follows(toks, i + 1, lex)
        ):
            found = _mention_at(mentions, i + 1, 2)
            if found:
                return found
        # "geht aus dem Bericht hervor", "Aus dem Bericht geht hervor".
        # "…, wie aus Zahlen der X hervorgeht": the verb closes the clause.
        opens = i == 0 or (i > 0 and lows[i - 1] in lex.as_clause_openers)
        origin = (i > 0 and lows[i - 1] in lex.origin_verbs) or (
            opens and any(w in lex.origin_verbs for w in lows[i + 1 :])
        )
        if low in lex.origin_prepositions and origin:
            # "aus dem aktuellen Nitratbericht": adjectives may come between.
            found = _mention_at(mentions, i + 1, 0) or _mention_at(mentions, i + 2, 2)
            if found is None:
                # "aus dem am Montag vorgestellten Jahresbericht der Bibliothek":
                # a date and a participle may stand before the document.
                found = next(
                    (
                        m
                        for m in mentions
                        if m.kind in ("document", "org")
                        and i < m.first <= i + 6
                        and all(t.text not in ",;:" for t in toks[i + 1 : m.first])
                    ),
                    None,
                )
            if found:
                return found
        # "heißt es in der Urteilsbegründung", "wurde aus dem Ministerium mitgeteilt".
        hearsay = low in lex.hearsay_prepositions and i > 1 and lows[i - 1] in lex.hearsay_subjects
        if hearsay or (low in lex.passive_source_prepositions and passive):
            found = _mention_at(mentions, i + 1, 0)
            if found and found.kind != "pronoun":
                return found
        if low in lex.source_postpositions:
            before = [m for m in mentions if m.last == i]
            if before:
                return before[-1]
            if i > 0 and lows[i - 1] in pack(lex.code).word_list("source_pronouns"):
                # "Ihr zufolge": whom the pronoun stands for.
                return Mention("pronoun", i - 1, i, toks[i - 1].text)
    return None

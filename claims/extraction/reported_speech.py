"""Reported speech: whether a verb of saying carries what was said, and its mood.

German reports speech in the Konjunktiv I ("sinke", "habe gewarnt"), which
also carries the speaker on to the next sentence; English backshifts
("would"). A verb closing a sentence cites a source instead.
"""

from __future__ import annotations

from . import lexicon as lx
from .context import ClaimantContext
from .languages import pack
from .stances import setting
from .tokens import Token


def reports_words(toks: list[Token], verb: int, language: str, subjunctive: bool) -> bool:
    """True if the reporting verb at ``verb`` introduces what its subject said.

    Reported speech carries its content: a "dass"/"that" clause, a colon, the
    reported-speech mood, or (where the verb does not close the clause) the
    clause right after the verb ("says riders made …").  A verb closing the
    sentence ("…, das hat die Polizei bestätigt") cites a source for what the
    writer states; "you have said …" tells the addressee what they said, in
    the speaker's own words.
    """
    lex = lx.for_language(language)
    before = [t.low for t in toks[:verb] if t.low not in lex.auxiliaries]
    if before and before[-1] in pack(lex.code).word_list("addressee_pronouns"):
        return False
    rest = toks[verb + 1 :]
    if subjunctive or any(t.low in lex.complementizers or t.text == ":" for t in rest):
        return True
    if setting(language, "verb_second"):
        return False
    return bool(rest) and rest[0].text[:1].isalnum() and rest[0].low not in lex.prepositions


def first_person(lows: list[str], i: int, lex: lx.Lexicon) -> bool:
    # "Ich habe ...", "habe ich", "wir hätten": the same forms as reported
    # speech, but the speaker talks about themselves.  Reported speech puts
    # its subject before the verb; a sentence opening with the form drops
    # the "ich" of a comment ("Habe gestern nachgefragt") or is a condition
    # ("Hätte er gefragt, …"), neither a report.
    near = lows[max(0, i - 1) : i] + lows[i + 1 : i + 2]
    return i == 0 or any(w in lex.first_person_pronouns for w in near)


def subjunctive_form(tok: Token, language: str) -> bool:
    # "sinke", "investiere", "gelte": the Konjunktiv I of any verb is its
    # infinitive less the final letter; the indicative ("sinkt") and the past
    # ("sagte" of "sagen") are not.
    tags = pack(lx.for_language(language).code).setting("subjunctive_verb_tags")
    endings = lx.for_language(language).subjunctive_endings
    if not tags or not endings or tok.pos not in tags:
        return False
    low = tok.low
    return low.endswith(endings) and tok.lemma.lower() == low + "n" and low.isalpha()


def impersonal_subjunctive(lows: list[str], lex: lx.Lexicon) -> bool:
    # "Stattdessen setze man auf ...", "man rechne mit ...": the reported-speech
    # mood next to an impersonal subject.
    if not lex.subjunctive_endings:
        return False
    for i, low in enumerate(lows):
        if low in lex.impersonal_pronouns:
            near = lows[max(0, i - 1) : i] + lows[i + 1 : i + 2]
            if any(
                len(w) > 3 and w.endswith(lex.subjunctive_endings) and w.isalpha() for w in near
            ):
                return True
    return False


def reported_speech_runs_on(
    lows: list[str], language: str, subjunctive: bool, vague: bool, ctx: ClaimantContext
) -> bool:
    lex = lx.for_language(language)
    if subjunctive:
        # "man" in reported speech is the speaker's organisation, not a vague source.
        return not vague or any(low in lex.impersonal_pronouns for low in lows)
    # Backshift ("would") in the sentence right after a statement.
    return (
        not vague and ctx.previous is not None and any(low in lex.backshift_words for low in lows)
    )

"""Whether a mention names a body, and which body a bare noun or phrase means.

"Brightwell Systems, a software company", "Evangelische Kirchengemeinde
Hollfeld", "the union, the Northgate Association …, said", "according to the
regulator": the shape of a sentence tells that a name is an organisation's, or
which noun stands for one.  Words come from the language packs.
"""

from __future__ import annotations

from . import lexicon as lx
from .context import ClaimantContext, fold_genitive
from .languages import pack
from .mentions import Mention
from .name_shapes import company_descriptor, is_org_word
from .resolution import is_generic, strip_article
from .tokens import Token


def described_as_body(
    mentions: list[Mention],
    toks: list[Token],
    name: Mention,
    language: str,
    kinds: frozenset[str] | None = None,
) -> bool:
    # "Brightwell Systems, a business software company based in Ashcombe, …";
    # ``kinds`` narrows the nouns that count (the company nouns).
    lex = lx.for_language(language)
    opens = name.last + 1
    if (
        name.kind != "name"
        or opens >= len(toks)
        or toks[name.last].text != ","
        or toks[opens].low not in lex.articles - lex.definite
    ):
        return False
    # The noun may follow a few modifiers ("a family-owned recycling company").
    described = next((m for m in mentions if opens <= m.first <= opens + 4), None)
    return described is not None and described.head in (
        lex.generic_org_nouns if kinds is None else kinds
    )


def names_a_body(name: str, language: str) -> bool:
    generic = lx.for_language(language).generic_org_nouns
    words = name.lower().split()
    # "Evangelische Kirchengemeinde Hollfeld", "Independent Athletics
    # Integrity Panel": a word that is or ends in a noun for a body.
    return len(words) > 1 and (
        words[-1] in generic
        or any(w.endswith(noun) and len(w) > len(noun) + 2 for w in words for noun in generic)
    )


def apposition(toks: list[Token], noun: Mention, name: Mention, closing: str = "") -> bool:
    # "the union, the Northgate Association of University Professors, said";
    # at the end of a sentence a full stop closes it (``closing``).
    return (
        name.first == noun.last + 1
        and noun.last < len(toks)
        and toks[noun.last].text == ","
        and (
            (name.last < len(toks) and toks[name.last].text in {",", closing or ","})
            or (closing != "" and name.last == len(toks))
        )
    )


def relative_of_a_thing(toks: list[Token], k: int, language: str) -> bool:
    things = pack(language).word_list("thing_relatives")
    return k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].low in things


def opening_name(
    mentions: list[Mention], toks: list[Token], lex: lx.Lexicon, ctx: ClaimantContext
) -> Mention | None:
    """A name (not a known person) that opens the sentence, after an article at most."""
    if not mentions or mentions[0].kind != "name" or mentions[0].text in ctx.people:
        return None
    first = mentions[0]
    opens = first.first == 0 or (first.first == 1 and toks[0].low in lex.definite)
    return first if opens else None


def marked_noun(lows: list[str], toks: list[Token], lex: lx.Lexicon) -> int | None:
    """Index of the bare noun in "according to the regulator" at a clause end."""
    for marker in lex.source_markers:
        words = marker.split()
        for i in range(len(lows) - len(words) - 1):
            if lows[i : i + len(words)] != words:
                continue
            k = i + len(words)
            noun = k + 1
            closes = noun + 1 >= len(toks) or toks[noun + 1].text in ".,;"
            if lows[k] in lex.definite and toks[noun].text.isalpha() and not toks[noun].cap:
                return noun if closes else None
            if (
                pack(lex.code).setting("nouns_capitalised")
                and toks[k].cap
                and toks[k].text.isalpha()
                and (k + 1 >= len(toks) or not toks[k + 1].cap)
            ):
                # "laut Feuerwehr", "nach Polizei": a bare noun with no article.
                return k
    return None


def complement_organisation(complement: str, language: str) -> str | None:
    words = complement.split()[1:]  # drop "at", "des", "of"
    if words and words[0].lower() in lx.for_language(language).articles:
        words = words[1:]
    if len(words) > 1 and any(is_org_word(w, language) for w in words):
        return " ".join(words)
    if len(words) == 1:
        # "des Landesumweltministeriums": one word that names an organisation.
        word = fold_genitive(words[0], lx.for_language(language))
        if is_org_word(word, language) and not is_generic(word, language):
            return word
    return None


def body_for_noun(noun: str, before: list[Token], ctx: ClaimantContext) -> str | None:
    """The body a bare noun no list knows means ("the yard", "the regulator").

    ``before`` are the sentence's tokens before the noun phrase: "The
    Kessling shipyard …, the yard said" names it there. Else the latest
    organisation whose first or last word is the noun, or that has a lower-case
    word ending in it; else one of the noun's kind (``kind_nouns``).
    """
    low = noun.lower()
    if len(low) < 3:
        return None
    lex = ctx.lex
    for k in range(len(before) - 1, 0, -1):
        word = before[k]
        if word.cap or not word.low.endswith(low):
            continue
        j = k
        while j > 0 and before[j - 1].cap and before[j - 1].text.isalpha():
            if before[j - 1].low in lex.articles:
                break
            j -= 1
        if j < k:
            name = " ".join(t.text for t in before[j : k + 1])
            ctx.remember_organisation(name)
            return name
    found = ctx.organisation_named(noun)
    if found:
        return found
    for name in reversed(ctx.organisations):
        if any(w.islower() and w.endswith(low) for w in name.split()):
            return name
    kinds = lex.kind_nouns.get(low)
    if kinds:
        return ctx.organisation_of_kind(kinds)
    if company_descriptor(low, lex) and lex.company_nouns:
        # "according to the manufacturer": the firm, as "the company" would be.
        found = ctx.organisation_like(min(lex.company_nouns))
        # "Hartmoor Building Society borrowers …, the lender said": where no
        # firm was named before, the body this sentence names.
        return found or (ctx.named_here[0] if ctx.named_here else None)
    return None


def bodies_named_here(mentions: list[Mention], language: str) -> list[str]:
    """Names of the bodies one sentence names, for nouns later in the same sentence."""
    lex = lx.for_language(language)
    return [
        # "des Tourismusverbands Talgrund" is the "Tourismusverband Talgrund".
        " ".join(fold_genitive(w, lex) for w in strip_article(m.text, language).split())
        for m in mentions
        if (m.kind == "org" and not is_generic(m.text, language))
        # "built by Harwick Town Football Club at …": a name closing on a role word.
        or (
            m.kind == "role"
            and " " in m.text
            and not pack(language).setting("nouns_capitalised")
            and all(w[:1].isupper() for w in m.text.split())
        )
    ]


def opens_longer_name(toks: list[Token], word: str, lex: lx.Lexicon) -> bool:
    """True where ``word`` runs on into a longer name through a linking article.

    "Verband der Holzbetriebe Nord", "Institut der deutschen Wirtschaft": the
    noun left as a claimant is the head of that name, not a bare noun.
    """
    for k, tok in enumerate(toks[:-2]):
        # The noun may stand in the genitive ("des Instituts der …").
        same = tok.text.startswith(word) and len(tok.text) - len(word) <= 2
        if not same or toks[k + 1].low not in lex.complement_linkers:
            continue
        rest = toks[k + 2 : k + 4]
        if any(t.cap for t in rest):
            return True
    return False

"""Names beside a function or a place: which of two mentions is the actor.

"chief executive Dr Helen Marsh" is the person, not the function; "Eastgate
resident Colin Barraclough" is the resident, not the place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .tokens import Token

if TYPE_CHECKING:
    from .lexicon import Lexicon
    from .mentions import Mention


def named_after_role(mentions: list[Mention], found: Mention, toks: list[Token]) -> Mention:
    """The name a function runs into, or the name in apposition to it.

    "chief executive Dr Helen Marsh", "chief nurse Amira Soltani" (a word of
    the title perhaps unknown), "Gerichtssprecherin Miriam Osterkamp", "the
    port's head of security, Idris Mensah": the person, not the function.  Any
    other mention is returned as it is.
    """
    if found.kind != "role":
        return found
    after = next((m for m in mentions if m.first >= found.last), None)
    if after is None or after.kind not in ("person", "name"):
        return found
    gap = [t.text for t in toks[found.last : after.first]]
    # "Der Vorsitzende des SV Ebersfelde 1921, Rolf Barthel": a club's year
    # may close the function's complement.
    if not all((w.isalpha() and w.islower()) or w == "," or w.isdigit() for w in gap):
        return found
    if gap[-1:] == [","]:
        return after if len(gap) <= 4 else found
    return after if not found.complement and len(gap) <= 2 else found


def modifies_next(mention: Mention, rest: list[Mention], toks: list[Token]) -> bool:
    """True for a lone name that only qualifies the full name after it."""
    # "Eastgate resident Colin Barraclough": a lone name before a lower-case
    # noun and a full name says where the person is from, not who speaks.
    if mention.kind not in ("name", "noun") or mention.last - mention.first != 1 or not rest:
        return False
    gap = toks[mention.last : rest[0].first]
    return (
        rest[0].kind in ("person", "name")
        and rest[0].last - rest[0].first >= 2
        and len(gap) == 1
        and gap[0].text.isalpha()
        and gap[0].text.islower()
    )


def without_branch_places(
    found: list[Mention], toks: list[Token], branches: frozenset[str], linkers: frozenset[str]
) -> None:
    """Drop the place in "the Tenbury branch of the Farmers' Alliance"; the body speaks.

    The body after "of" is then the subject, no longer governed by the preposition.
    """
    for k in range(len(found) - 2, -1, -1):
        place, body = found[k], found[k + 1]
        gap = [t.low for t in toks[place.last : body.first]]
        if (
            place.kind in ("name", "noun")
            and body.kind == "org"
            and len(gap) >= 2
            and gap[0] in branches
            and gap[1] in linkers
        ):
            body.governed = False
            body.first = place.first
            del found[k]


def described_next(
    toks: list[Token],
    k: int,
    lex: Lexicon,
    participle_tags: frozenset[str],
    nouns_capitalised: bool,
) -> bool:
    """True when the comma at ``k`` opens what the word before it is.

    ", a delivery start-up …", ", ein Familienunternehmen …": an apposition
    that says the word before names a body; so does a clause between a name
    and its verb of saying ("Fernwater, which supplies the area, said").
    """
    if not (k + 1 < len(toks) and toks[k].text == ","):
        return False
    says_later = any(t.low in lex.reporting_verbs for t in toks[k + 2 :])
    # Where nouns are capitalised ("der Vermieter der Halle, die X GmbH"), a
    # relative or a definite article after a noun says nothing of it.
    clause = toks[k + 1].low in lex.relatives and not nouns_capitalised
    if toks[k + 1].pos in participle_tags or clause:
        # "Solvane, launched in 2020 by …, says": a participle clause as well.
        return says_later
    definite = toks[k + 1].low in lex.definite and not nouns_capitalised
    if toks[k + 1].low not in lex.articles - lex.definite and not (definite and says_later):
        # A definite apposition only before a verb of saying: "Fernwater, the
        # company that supplies the area, said".
        return False
    bodies = lex.generic_org_nouns | lex.company_nouns
    return any(
        t.low in bodies or any(t.low.endswith(n) for n in lex.org_suffixes)
        for t in toks[k + 2 : k + 6]
    )

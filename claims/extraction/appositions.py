"""Names beside a function or a place: which of two mentions is the actor.

"chief executive Dr Helen Marsh" is the person, not the function; "Eastgate
resident Colin Barraclough" is the resident, not the place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .tokens import Token

if TYPE_CHECKING:
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

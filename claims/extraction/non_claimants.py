"""Names that name nobody: pronouns, bare common nouns, streets.

Whatever rule picked it, "It's", "You", "department" or "Harcourt Avenue" is
never the claimant of a sentence.
"""

from __future__ import annotations

from . import lexicon as lx
from .languages import available_languages, pack
from .stances import setting


def not_a_claimant(name: str, language: str) -> bool:
    """Pronouns, contractions and bare common nouns ("It's", "You", "ministry") name nobody."""
    words = name.split()
    if not words:
        return True
    known = language in available_languages()
    if known and (
        name.lower() in pack(language).word_list("never_claimants")
        # "teilte ein Sprecher mit" with no body to speak for: nobody named.
        or name.lower() in lx.for_language(language).spokespersons
    ):
        return True
    # "Harcourt Avenue", "Mühlenstraße": a street is a place, no speaker.
    if known and name.lower() not in pack(language).word_list("place_speakers"):
        endings = tuple(pack(language).word_list("street_endings"))
        last = words[-1].lower()
        if words[-1][:1].isupper() and (
            last in endings
            # A German street is one compound ("Mühlenstraße").
            or (
                len(words) == 1
                and setting(language, "nouns_capitalised")
                and last.endswith(endings)
            )
        ):
            return True
    # Where common nouns are written in lower case, a lower-case word alone is
    # one: "department", "leaders", "chef".
    return not setting(language, "nouns_capitalised") and len(words) == 1 and name[:1].islower()

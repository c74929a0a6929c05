"""Is a claimant a person or an organisation? A guess from the name alone.

ClaimReview types the claim's author as schema.org `Person` or `Organization`; the desk
can correct the guess on the claim page.
"""

from claims.extraction.lexicon import all_name_particles
from claims.extraction.name_shapes import is_org_word

PERSON = "person"
ORGANIZATION = "organization"


def guess_claimant_type(name: str) -> str:
    """`organization` for names with an organisation word or an acronym, else `person`."""
    words = [w.strip(".,;:()\"'“”„") for w in (name or "").split()]
    words = [w for w in words if w]
    if not words:
        return PERSON
    for word in words:
        for part in word.split("-"):
            if is_org_word(part) or _acronym(part):
                return ORGANIZATION
    # Lower-case words ("die Stadt", "the ministry of") point to a body, not a
    # name; the packs' name particles ("von", "van") do not.
    particles = all_name_particles()
    if any(w[:1].islower() for w in words if w.lower() not in particles):
        return ORGANIZATION
    return PERSON


def _acronym(word: str) -> bool:
    # "CDU", "AfD", "WHO": short, with at least two capitals.
    return 2 <= len(word) <= 5 and word.isalpha() and sum(c.isupper() for c in word) >= 2

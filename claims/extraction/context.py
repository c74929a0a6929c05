"""What one article has named so far: the memory claimants resolve against.

:class:`ClaimantContext` keeps the actors of one article in order of
mention (people, organisations, publishers, firms, titles, short forms), so
that a later pronoun, role, generic noun or document resolves to the most
recent fitting named source.  The resolving itself is in ``resolution``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .languages import fallback_language
from .mentions import Mention
from .name_shapes import company_descriptor, given_name_gender


def stem_word(word: str, lex: lx.Lexicon) -> str:
    # Fold case and an ending ("des Verbands" -> "verband", "the courts" -> "court").
    low = word.lower().strip(".,")
    for ending in lex.noun_endings:
        stem = low[: -len(ending)]
        if low.endswith(ending) and (stem in lex.generic_org_nouns or stem in lex.kind_nouns):
            return stem
    if low.endswith("s") and lex.compound_heads and low[:-1].endswith(lex.compound_heads):
        return low[:-1]  # "eines Konzernsprechers"
    return low


def other_kind(name: str, noun: str, language: str) -> bool:
    # A word of the name marks a kind of body, and not the kind ``noun`` says.
    # Only the pack's generic nouns say a kind: "Bund" or "Energy" in a name
    # fits any noun.
    lex = lx.for_language(language)
    for word in name.replace("-", " ").split():
        stem = stem_word(word.strip("()"), lex)
        if stem != noun and stem not in lex.company_nouns and stem in lex.generic_org_nouns:
            return True
    return False


def fold_genitive(word: str, lex: lx.Lexicon) -> str:
    """The word without a genitive ending, where an organisation's name has one."""
    # "Verkehrsministeriums" -> "Verkehrsministerium", "Schulamts" -> "Schulamt".
    low = word.lower()
    for ending in lex.noun_endings:
        stem = low[: -len(ending)]
        if low.endswith(ending) and len(stem) > 4 and stem.endswith(lex.org_suffixes):
            return word[: -len(ending)]
    return word


@dataclass
class ClaimantContext:
    """Memory across sentences of one article, for pronouns and anaphora."""

    # The article's language: which pack's word lists resolve references.
    language: str = field(default_factory=fallback_language)
    last_claimant: str | None = None
    roles: list[Mention] = field(default_factory=list)
    last_person: str | None = None
    # Named organisations in order of mention, and those that published a
    # document or decision; "the report" goes back to the latest publisher.
    organisations: list[str] = field(default_factory=list)
    publishers: list[str] = field(default_factory=list)
    # Organisations introduced as companies ("der Autozulieferer X").
    companies: list[str] = field(default_factory=list)
    # Bodies the sentence at hand names, not yet remembered: "the club's
    # accounts" after "built by Harwick Town Football Club" in one sentence.
    named_here: list[str] = field(default_factory=list)
    # The sentence at hand is the headline.
    in_title: bool = False
    # How often each organisation was named: the article's own subject is
    # named again and again, a firm in passing once.
    times_named: dict[str, int] = field(default_factory=dict)
    # Full names of people, so that a later surname alone is known as a person.
    people: list[str] = field(default_factory=list)
    # Claimant of the previous sentence of the same paragraph.
    previous: str | None = None
    # The previous sentence gave a view, plan or demand, not facts: its
    # speaker is no source for the plain facts that follow.
    after_view: bool = False
    # Organisations named only as someone's employer ("an analyst at X").
    employers: set[str] = field(default_factory=set)
    # People introduced with a title or function ("Schulamtssprecherin Svenja
    # Krämer"), latest last: "die Sprecherin" later means that person.
    titled: list[tuple[str, str]] = field(default_factory=list)
    # One-word names used so far ("Ferrovolt"), so that the word opening a
    # later sentence is read as that name.
    names: set[str] = field(default_factory=set)
    # Short forms given in brackets ("Deutsche Wasserhilfe (DWH)"), folded.
    short_forms: dict[str, str] = field(default_factory=dict)
    # Names earlier sentences were attributed to that are no person's, latest
    # last: a body the chunker did not know as one ("Landesbetrieb X") is
    # still what a later "die Behörde" may mean.
    cited_bodies: list[str] = field(default_factory=list)

    @property
    def lex(self) -> lx.Lexicon:
        return lx.for_language(self.language)

    def new_paragraph(self) -> None:
        self.previous = None
        self.after_view = False

    def remember_organisation(
        self, name: str, *, published: bool = False, company: bool = False
    ) -> None:
        # "des Landwirtschaftsministeriums" is the "Landwirtschaftsministerium".
        name = " ".join(fold_genitive(w, self.lex) for w in name.split())
        if re.fullmatch(r"[A-Z]+\d+[A-Z]*", name):
            return  # "the CH20 models": a product code, no body

        self.times_named[name] = self.times_named.get(name, 0) + 1
        lists = [self.organisations]
        if published:
            lists.append(self.publishers)
        if company:
            lists.append(self.companies)
        for names in lists:
            if name in names:
                names.remove(name)
            names.append(name)

    def remember_cited(self, claimant: str) -> None:
        """Remember a claimant that names a body: capitalised words, no person."""
        words = claimant.split()
        if (
            len(words) < 2
            or not all(w[:1].isupper() for w in words)
            or claimant in self.people
            or words[-1] in self.surnames()
        ):
            return
        if claimant in self.cited_bodies:
            self.cited_bodies.remove(claimant)
        self.cited_bodies.append(claimant)

    def body_of_kind(self, noun: str) -> str | None:
        """The latest body, named or cited, that a bare ``noun`` can mean.

        Names that say they are another kind of body are passed over: a word
        ending in another generic noun ("Polizeiinspektion X" is no "Verein")
        or opening a town's or district's body ("Stadt X").
        """
        lex = self.lex
        others = tuple(n for n in lex.generic_org_nouns | lex.institution_stems if n != noun)
        # A firm's legal form ("… AG") says it is a firm, no club or association.
        firm = noun in lex.company_nouns or company_descriptor(noun, lex)

        def fits(name: str) -> bool:
            words = [stem_word(w.strip("()"), lex) for w in name.replace("-", " ").split()]
            return (
                len(words) > 1
                and name not in self.people
                and name not in self.employers
                and not any(w.endswith(others) for w in words if not w.endswith(noun))
                and not any(w in lex.public_body_heads for w in words)
                and (firm or not any(w.strip(".") in lex.corporate_suffixes for w in words))
            )

        seen = [*self.organisations, *self.cited_bodies]
        return next((name for name in reversed(seen) if fits(name)), None)

    def remember_short_form(self, name: str) -> None:
        """Remember "X (ABC)" under "abc" when the short form fits the name.

        The first letters must agree, so that a party after a person's name
        ("Anna Lehmann (SPD)") is not taken for that person's short form.
        """
        full, _, short = name.rstrip(")").rpartition(" (")
        if full and short.isalpha() and short.isupper() and full[:1] == short[:1]:
            self.short_forms[short.lower()] = name

    def remember_person(self, name: str) -> None:
        # Latest last: "he" goes back to the man named most recently.
        if len(name.split()) > 1:
            if name in self.people:
                self.people.remove(name)
            self.people.append(name)

    def gender_of(self, name: str) -> str | None:
        """'f', 'm' or None, by a title or a given name the pack knows."""
        # "Caddick" alone is the "Fiona Caddick" named before.
        words = self.surnames().get(name, name).split()
        return next(
            (g for w in words[:-1] or words if (g := given_name_gender(w, self.language))), None
        )

    def person_of_gender(self, gender: str) -> str | None:
        """The person named most recently who may have ``gender``."""
        for name in [self.last_person, *reversed(self.people)]:
            if name and self.gender_of(name) in (None, gender):
                return name
        return None

    def remember_title(self, title: str, name: str) -> None:
        self.titled = [(t, n) for t, n in self.titled if n != name]
        self.titled.append((title.lower(), name))

    def person_titled(self, head: str) -> str | None:
        """The latest person introduced with the function ``head`` ("Sprecherin")."""
        head = stem_word(head, self.lex)
        for title, name in reversed(self.titled):
            if title.rsplit("-", 1)[-1].endswith(head):
                return name
        return None

    def surnames(self) -> dict[str, str]:
        """Last word of each remembered full name -> the full name."""
        return {name.split()[-1]: name for name in self.people}

    def latest_of_kind(self, noun: str) -> str | None:
        """The latest organisation a generic ``noun`` can mean, by what its name says.

        One named only as someone's employer comes last; one whose name says
        it is another kind of body ("the ministry" is no "Patients' League")
        not at all.
        """
        fitting = [o for o in self.organisations if not other_kind(o, noun, self.language)]
        found = next((o for o in reversed(fitting) if o not in self.employers), None)
        return found or (fitting[-1] if fitting else None)

    def organisation_of_kind(self, parts: tuple[str, ...]) -> str | None:
        """The latest organisation with a name part ending in one of ``parts``.

        One named only as someone's employer ("an analyst at X") comes last.
        """
        fitting = [
            name
            for name in reversed(self.organisations)
            if any(stem_word(w, self.lex).endswith(parts) for w in name.replace("-", " ").split())
        ]
        own = [name for name in fitting if name not in self.employers]
        return (own or fitting or [None])[0]

    def organisation_like(self, noun: str) -> str | None:
        """The latest organisation that ``noun`` ("Initiative", "company") can mean."""
        noun = stem_word(noun, self.lex)
        corporate = noun in self.lex.company_nouns
        for name in reversed(self.organisations):
            words = [stem_word(w, self.lex) for w in name.replace("-", " ").split()]
            if any(w != noun and w.endswith(noun) for w in words) or (
                len(words) > 1 and noun in words
            ):
                return name
            if corporate and any(w.strip(".") in self.lex.corporate_suffixes for w in words):
                return name
        if corporate and self.companies:
            # "the company": the firm the article keeps naming, the latest
            # one among equals.
            return self.most_named(self.companies)
        firm_endings = self.lex.kind_nouns.get("company", ())
        named_firm = next(
            (
                name
                for name in reversed(self.organisations)
                if " " in name
                and name.split()[-1].lower() in firm_endings
                and name not in self.employers
            ),
            None,
        )
        if corporate and named_firm:
            # "X Holdings", "Y Airways": the latest name whose last word says
            # it is a firm, before bodies that only might be one.
            return named_firm
        if corporate:
            # "das Unternehmen" after "Die Supermarktkette Frischkauf": the
            # latest body whose name says it is no other kind of body.
            # Among several, the one the article keeps naming.
            # A firm's name may end in "Group" or "Partners" (``kind_nouns``).
            firm_words = self.lex.company_nouns | set(self.lex.kind_nouns.get("company", ()))
            others = self.lex.generic_org_nouns - firm_words
            fitting = [
                name
                for name in reversed(self.organisations)
                if name not in self.employers
                and name not in self.people
                and not self._names_kind(name, tuple(others))
            ]
            if fitting:
                return max(fitting, key=lambda name: self.times_named.get(name, 0))
        return None

    def _names_kind(self, name: str, endings: tuple[str, ...]) -> bool:
        # A word of the name ends in one of ``endings`` ("Landesamt" in "amt").
        return any(stem_word(w, self.lex).endswith(endings) for w in name.replace("-", " ").split())

    def organisation_named(self, word: str) -> str | None:
        """The latest organisation whose first or last word is ``word``.

        "Zipline" after "Zipline Mobile", "the festival" after "Harbourlight
        Film Festival", "Department officials" after "Department of …".
        """
        low = stem_word(word, self.lex)
        for name in reversed(self.organisations):
            # "(VDA)" after "Verband der Automobilindustrie" is its short form.
            words = [stem_word(w.strip("()"), self.lex) for w in name.split()]
            if len(words) > 1 and low in (words[0], words[-1]):
                return name
        return None

    def organisation_by_initials(self, acronym: str) -> str | None:
        """The latest organisation whose capitalised words begin with ``acronym``'s letters.

        "ICB" is "NHS Wyre Valley Integrated Care Board": the letters are the
        initials of consecutive words of the name.
        """
        letters = acronym.lower()
        for name in reversed(self.organisations):
            words = name.replace("-", " ").split()
            initials = "".join(w[0].lower() for w in words if w[:1].isupper())
            if len(letters) >= 2 and letters in initials:
                return name
        return None

    def most_named(self, names: list[str] | None = None) -> str | None:
        """Of ``names`` (all organisations), the one named most often, latest on a tie.

        The body an article is about is named again and again, a firm in
        passing once.
        """
        names = self.organisations if names is None else names
        return max(reversed(names), key=lambda n: self.times_named.get(n, 0)) if names else None

    def latest_organisation(self) -> str | None:
        """The organisation named last that is not only someone's employer."""
        return next((o for o in reversed(self.organisations) if o not in self.employers), None)

    def organisation_sharing(self, prefix: str, generic: str) -> str | None:
        """The latest organisation named with ``prefix`` and of kind ``generic``.

        One word holding both ("Gesundheitsamt Ebertal" for "das
        Gesundheitsamt") wins over a name with the two in different words
        ("Landesamt für Gesundheitsschutz").
        """
        for name in reversed(self.organisations):
            words = [stem_word(w, self.lex) for w in name.replace("-", " ").split()]
            if any(w.startswith(prefix) and w.endswith(generic) for w in words):
                return name
        for name in reversed(self.organisations):
            words = [stem_word(w, self.lex) for w in name.replace("-", " ").split()]
            if not any(w.startswith(prefix) for w in words):
                continue
            if any(w.endswith(generic) for w in words) or (
                generic in self.lex.company_nouns
                and any(w in self.lex.corporate_suffixes for w in words)
            ):
                return name
        return None

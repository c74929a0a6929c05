"""What one sentence teaches the context for the sentences after it.

Names become organisations ("Meridian Generics, which supplies …", "Die Regionalbus
X streicht …", a name "it" goes back to), people (with the title they were introduced
with), employers and short forms; the person a later "er"/"she" means is set here.
The rules that decide a sentence's own claimant are in :mod:`.claimants`.
"""

from __future__ import annotations

from . import lexicon as lx
from .bodies import complement_organisation, described_as_body, names_a_body, relative_of_a_thing
from .context import ClaimantContext
from .languages import pack
from .mentions import Mention
from .name_shapes import is_title, names_a_person
from .resolution import generic_referent, is_generic, strip_article
from .stances import cue, setting
from .tokens import Token


def remember_sentence(
    ctx: ClaimantContext,
    mentions: list[Mention],
    toks: list[Token],
    sentence: str,
    claimant: str | None,
    language: str,
) -> None:
    published = cue(sentence, "publication", language)
    known_people = set(ctx.people)
    known_names = set(ctx.names)
    opening = mentions[0] if mentions else None
    things = pack(language).word_list("thing_pronouns")
    # The pronoun must come before any other name it could go back to.
    upto = next((m.first for m in mentions[1:] if m.kind in ("person", "name", "org")), len(toks))
    if (
        opening is not None
        and opening.kind == "name"
        and opening.first <= 1
        and opening.text not in known_people
        and any(
            toks[k].low in things
            or toks[k].low in lx.for_language(language).organisation_possessives
            for k in range(opening.last, upto)
        )
    ):
        # "Marshvale Water has been fined … after admitting it discharged
        # …": a name that "it" or "its" goes back to is a body's.
        ctx.remember_organisation(strip_article(opening.text, language))
    # Where nouns are capitalised, a run of capitalised words may be a noun
    # phrase ("Betriebsbedingte Kündigungen"), not a person's name.
    # A headline's capitalised words are a guess at best ("Northmoor Media
    # passes 60,000 subscribers"): there only a known first name makes a person.
    names_are_people = not setting(language, "nouns_capitalised") and not ctx.in_title
    employers: set[str] = set()  # named in this sentence only as someone's employer
    for m in mentions:
        if m.kind == "name" and (
            relative_of_a_thing(toks, m.last, language)
            or names_a_body(m.text, language)
            or described_as_body(mentions, toks, m, language)
            # Named before, so not a misread ("verlangte das Land Vertragsstrafen").
            or (m.text in known_names and named_with_article(m, toks, language))
        ):
            # "Meridian Generics, which supplies …": a thing, not a person;
            # "Evangelische Kirchengemeinde Hollfeld": a kind of body in its
            # name; "Brightwell Systems, a software company": described as one.
            ctx.remember_organisation(
                strip_article(m.text, language),
                company=described_as_body(
                    mentions, toks, m, language, lx.for_language(language).company_nouns
                ),
            )
        if m.kind == "role" and m.complement:
            ctx.roles.append(m)
            inner = complement_organisation(m.complement, language)
            if inner:
                # "researchers at the University of Michigan": the institution
                # is named, and "the researchers" later goes back to it.
                ctx.remember_organisation(inner)
                ctx.employers.add(inner)
                employers.add(inner)
        # "das Familienunternehmen" is the firm named before, no new body.
        refers_back = " " not in m.text.strip() and generic_referent(m.text, ctx) is not None
        if (
            m.kind == "org"
            and len(m.text) > 2
            and not is_generic(m.text, language)
            and not refers_back
        ):
            name = strip_article(m.text, language)
            # "the AIU's decision", "sein Schwarzbuch": an organisation with a
            # document of its own is a publisher.
            follows = toks[m.last].low if m.last < len(toks) else ""
            documents = lx.for_language(language).document_nouns
            owner = m.text.endswith(("'s", "’s")) or follows in documents
            if name not in employers:
                ctx.employers.discard(name.removesuffix("'s").removesuffix("’s"))
            ctx.remember_organisation(
                name.removesuffix("'s").removesuffix("’s"),
                published=owner or (published and name == claimant),
                company=m.company,
            )
        if m.kind in ("org", "name"):
            ctx.remember_short_form(strip_article(m.text, language))
            # "Die Genossenschaft" is a noun for a body, never a name of one.
            if m.text[:1].isupper() and not refers_back and not is_generic(m.text, language):
                ctx.names.add(m.text)
        if m.kind == "person" or (
            m.kind == "name"
            # "Einer der Betroffenen ist Günter Haselbach": a given name the
            # pack knows makes a person also where nouns are capitalised.
            # "von Annegret Grundler geführt": after a preposition too.
            and ((names_are_people and not m.governed) or names_a_person(m, language))
            and strip_article(m.text, language) not in ctx.organisations
        ):
            ctx.remember_person(m.text)
        if m.kind == "person":
            # "Schulamtssprecherin Svenja Krämer", "spokeswoman Alicia Moreno".
            # The title may open the mention ("Energy Minister Robert Calloway").
            opens = max(m.first, m.last - len(m.text.split()))
            title = next(
                (
                    toks[k].low
                    for k in range(opens, m.first - 2, -1)
                    if 0 <= k < len(toks) and is_title(toks[k].low, language)
                ),
                None,
            )
            if title:
                ctx.remember_title(title, m.text)
    # "Ferrovolt" again, wherever it stands: the article keeps naming it.
    for name in ctx.organisations:
        if name in sentence:
            ctx.times_named[name] = ctx.times_named.get(name, 0) + 1
    person = next((m for m in mentions if m.kind == "person"), None)
    if claimant and person is not None and person.text == claimant:
        ctx.last_person = claimant
    elif (
        claimant is None
        and mentions
        and (
            mentions[0].kind == "person"
            or (
                mentions[0].kind == "name"
                and (names_are_people or names_a_person(mentions[0], language))
            )
        )
        and mentions[0].first <= 1
    ):
        # A named person opening the sentence is who a following "er"/"she"
        # most likely refers to, even if this sentence is not a statement.
        ctx.last_person = ctx.last_claimant = mentions[0].text
    elif claimant and any(m.kind in ("person", "name") and m.text == claimant for m in mentions):
        ctx.last_person = claimant
    elif claimant is None and len(named := [m for m in mentions if m.kind == "person"]) == 1:
        # "Am schwersten traf es den Schäfer Jonas Wetterich.": the one person
        # this sentence names is who a following "er" or "der 47-Jährige" means.
        if " " in named[0].text and not named[0].governed:
            ctx.last_person = named[0].text
    elif claimant and any(
        m.kind == "role" and m.head in lx.for_language(language).spokespersons for m in mentions
    ):
        # "a spokeswoman for X said …; she added": "she" is the spokeswoman,
        # who speaks for X.
        ctx.last_person = claimant


def named_with_article(m: Mention, toks: list[Token], language: str) -> bool:
    """ "Die Regionalbus Ostheide streicht …": where nouns are capitalised, news
    puts no article before a person's name, so a name after one is a body's,
    unless it ends in a first name and a surname ("der Anwalt Jonas Reuter")."""
    if not setting(language, "nouns_capitalised"):
        return False
    lex = lx.for_language(language)
    words = [t for t in toks[m.first : m.last] if t.low not in lex.articles]
    if m.determiner not in lex.definite or len(words) < 2:
        return False
    proper = set(pack(language).setting("proper_noun_tags"))
    return not (words[-1].pos in proper and words[-2].pos in proper)

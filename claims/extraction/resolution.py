"""Resolving a mention to a claimant, using what earlier sentences named.

Articles name a source once and then refer back to it: by pronoun ("Er
sagte"), by role ("der Berater"), by a generic noun ("die Initiative", "the
company"), by a compound ("ein Gerichtssprecher", "nach Unternehmensangaben")
or by a document ("the ruling", "Das geht aus dem Bericht hervor").
:class:`ClaimantContext` remembers the actors of one article so that such
references resolve to the most recent fitting named source.
"""

from __future__ import annotations

from . import lexicon as lx
from .context import ClaimantContext, fold_genitive, stem_word
from .languages import pack
from .mentions import Mention
from .name_shapes import company_descriptor, is_acronym, is_org_word


def generic_referent(noun: str, ctx: ClaimantContext) -> str | None:
    """Resolve a generic organisation noun or compound to a named organisation.

    "die Initiative" -> "Bürgerinitiative ...", "die Richter" -> the court,
    "ein Gerichtssprecher" -> the court, "the company" -> "Brightwave Inc.".
    """
    kinds = ctx.lex.kind_nouns
    low = stem_word(noun, ctx.lex)
    found = _generic_referent(low, ctx)
    if found is None and low in kinds:
        found = ctx.organisation_of_kind(kinds[low])
    if found is None and company_descriptor(low, ctx.lex) and ctx.lex.company_nouns:
        # "the operator", "the grocer": a noun for a kind of firm means the
        # firm the article is about, as "the company" would.
        found = ctx.organisation_like(min(ctx.lex.company_nouns))
    if found is None:
        # None named before: the body of that kind this sentence names.
        endings = (low, *kinds.get(low, ()))
        found = next(
            (
                name
                for name in reversed(ctx.named_here)
                if " " in name
                and any(stem_word(w, ctx.lex).endswith(endings) for w in name.split())
            ),
            None,
        )
    return found


def _generic_referent(low: str, ctx: ClaimantContext) -> str | None:
    lex = ctx.lex
    if low in lex.role_organisations:
        found = ctx.organisation_like(lex.role_organisations[low])
        # "die Kammer" is a court's chamber where a court was named, and
        # else the chamber named ("Landesapothekerkammer X").
        if found or low not in lex.generic_org_nouns:
            return found
    if low in lex.generic_org_nouns:
        return ctx.organisation_like(low)
    # Compounds of a generic noun and a role or source noun:
    # "Gerichtssprecher", "Konzernsprecherin", "Unternehmensangaben".
    for suffix in lex.compound_heads:
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            stem = low[: -len(suffix)]
            if stem.endswith("-"):
                # "VDA-Angaben", "BKA-Sprecher": the part before the hyphen
                # names the organisation.
                short = stem[:-1]
                return ctx.organisation_named(short) or ctx.short_forms.get(short)
            linked = lex.generic_org_nouns | lex.institution_stems
            stem = stem[:-1] if stem.endswith("s") and stem[:-1] in linked else stem
            if stem in lex.generic_org_nouns:
                found = ctx.organisation_like(stem)
                if found or stem not in lex.kind_nouns:
                    return found
            # "Jugendamtssprecherin": a linking "s" after the body's word.
            named = ctx.organisation_named(stem) or (
                ctx.organisation_named(stem[:-1]) if stem.endswith("s") else None
            )
            if named:
                # "nach Brauereiangaben" after "Brauerei Moosleitner".
                return named
            if stem in lex.kind_nouns:
                # "nach Verlagsangaben" after "Verlagsgruppe Hallerbeck Medien".
                named = ctx.organisation_of_kind(lex.kind_nouns[stem])
                if named:
                    return named
            if stem in lex.institution_stems:
                # "ein Polizeisprecher": the police speak, named or not.
                kinds = lex.kind_nouns.get(stem)
                named = ctx.organisation_like(stem) or (
                    ctx.organisation_of_kind(kinds) if kinds else None
                )
                return named or stem.capitalize()
    # "die Flughafengesellschaft" after "Flughafen GmbH Kassel-Calden".
    for generic in sorted(lex.generic_org_nouns):
        if low.endswith(generic) and len(low) > len(generic) + 3:
            found = ctx.organisation_sharing(low[: -len(generic)].rstrip("s-"), generic)
            if found is None and generic in lex.company_nouns:
                # "das Familienunternehmen": the firm named before.
                found = ctx.organisation_like(generic)
            return found
    return None


def pronoun_gender(m: Mention, language: str) -> str | None:
    """'m' for "he", "er" or "der 47-Jährige", 'f' for "she" or "die 63-Jährige"."""
    words = pack(language).word_list
    low = m.text.lower()
    if low in words("masculine_pronouns") or (
        m.head == "age" and m.determiner in words("masculine_articles")
    ):
        return "m"
    if low in words("feminine_pronouns") or (
        m.head == "age" and m.determiner in words("feminine_articles")
    ):
        return "f"
    return None


def _possessive(m: Mention, lex: lx.Lexicon) -> str | None:
    return m.determiner if m.determiner in lex.possessives else None


def _body_compound(noun: str, lex: lx.Lexicon) -> bool:
    # "Unternehmensangaben", "Polizeiangaben": the first part is a kind of body.
    bodies = lex.generic_org_nouns | lex.company_nouns | lex.institution_stems | set(lex.kind_nouns)
    for head in lex.compound_heads:
        if noun.endswith(head) and len(noun) > len(head) + 2:
            stem = noun[: -len(head)].rstrip("-")
            if stem in bodies or stem.removesuffix("s") in bodies:
                return True
    return False


def _body(claimant: str | None, ctx: ClaimantContext) -> bool:
    # An anonymous source ("Vereinskreise") counts as one: it is no person.
    return (
        claimant is not None
        and claimant not in ctx.people
        and (claimant.split()[-1] not in ctx.surnames())
    )


def is_generic(name: str, language: str) -> bool:
    """True for "company", "die Initiative": a noun, not the name of an organisation."""
    lex = lx.for_language(language)
    words = name.split()
    if words and words[0].lower() in lex.articles:
        words = words[1:]
    return len(words) == 1 and (
        stem_word(words[0], lex) in lex.generic_org_nouns or words[0].lower() in lex.role_nouns
    )


def mention_claimant(m: Mention, ctx: ClaimantContext) -> tuple[str | None, bool]:
    """Text for a mention, resolving pronouns and anaphora; (claimant, specific)."""
    if m.members:
        return "; ".join(m.members), True
    if m.kind == "pronoun":
        # "he"/"she"/"er" almost always mean a person; German "sie" can be an
        # organisation ("die Bahn ... sie") or a group.
        person = m.text.lower() in ctx.lex.person_pronouns or m.head == "age"
        found = (ctx.last_person if person else None) or ctx.last_claimant
        wanted = pronoun_gender(m, ctx.language)
        if wanted and found and ctx.gender_of(found) not in (None, wanted):
            # "He said …" after a woman was quoted: the man named before her.
            # A pronoun's gender is sure, so never the other one: "…, sagte
            # sie" after Markus Ehrlich is not his, whoever else "sie" may be.
            # An age's article is not ("der 61-Jährigen" is hers in the genitive).
            found = ctx.person_of_gender(wanted) or (found if m.head == "age" else None)
        if m.head == "age" and ctx.last_person is None and ctx.people:
            # "Am schwersten traf es den Schäfer X. …, sagte der 47-Jährige":
            # the person named, though not yet as anyone's source.
            found = ctx.people[-1]
        elif person and ctx.last_person is None and ctx.people and found not in ctx.people:
            # "Chief inspector X described the conditions as … . '…,' she
            # said": a person named, though not as a source, before a body cited.
            found = (ctx.person_of_gender(wanted) if wanted else None) or ctx.people[-1]
        things = pack(ctx.language).word_list("thing_pronouns")
        if found is None and m.text.lower() in things:
            # "…, it said" before anyone was quoted: the body named last.
            found = ctx.latest_organisation()
        if (
            m.text.lower() in things
            and found is not None
            and (found == ctx.last_person or found in ctx.people)
        ):
            # "…, it said" after a quotation of the association's chair: the body.
            found = ctx.latest_organisation()
        return found, found is not None
    if m.kind == "vague":
        return None, False
    if m.kind in ("org", "name") and m.text.lower() in ctx.short_forms:
        # "laut IWN" after "Institut für Wohnungsmarktforschung Nordwest (IWN)".
        return ctx.short_forms[m.text.lower()], True
    if m.kind in ("org", "name") and is_acronym(m.text.strip()):
        # "the ICB said" after "NHS Wyre Valley Integrated Care Board".
        found = ctx.organisation_by_initials(m.text.strip())
        if found:
            return found, True
    possessive = _possessive(m, ctx.lex)
    if m.kind == "role" and m.complement and m.head in ctx.lex.spokespersons:
        # "ein Sprecher des Verbands", "eine Sprecherin des Unternehmens": the
        # body the spokesperson speaks for, as the article named it.
        owner = _complement_owner(m.complement, ctx)
        words = (owner or "").split()
        if len(words) > 1 and company_descriptor(words[0].lower(), ctx.lex):
            # "des Pharmagroßhändlers Medivera": the firm, not what it is.
            owner = " ".join(words[1:])
        if owner:
            return owner, True
    if (
        m.kind == "document"
        and len(m.text.split()) > 1
        and all(w[:1].isupper() for w in m.text.split())
    ):
        # "the National Health Survey": a document with a name of its own.
        return m.text, True
    if m.kind == "document":
        if possessive in ctx.lex.organisation_possessives and ctx.organisations:
            return ctx.organisations[-1], True
        inner = generic_referent(m.head, ctx)
        if inner:
            return inner, True
        owner = _complement_owner(m.complement, ctx) if m.complement else None
        if owner:
            # "nach Angaben des Verkehrsministeriums": who the document is of.
            return owner, True
        kinds = ctx.lex.kind_nouns.get(m.head, ())
        if len(kinds) == 1 and not m.definite and not possessive:
            # "Laut Anklage" with no prosecutor's office named: the body
            # whose document it is, by its noun.
            return kinds[0].capitalize(), True
        bare = not m.determiner and pack(ctx.language).setting("nouns_capitalised")
        # "nach bisherigen Ermittlungen" names no document of anyone's, and
        # "nach Unternehmensangaben" says whose figures they are.
        bare = bare and " " not in m.text.strip() and not _body_compound(m.head, ctx.lex)
        if m.definite or possessive or (bare and ctx.publishers):
            # "the ruling", "dem Bericht", "laut Bericht": whoever last
            # published something, else the body the article is about;
            # "nach seinen Angaben": the last claimant.
            found = ctx.last_claimant
            if ctx.publishers and not possessive:
                found = ctx.publishers[-1]
            elif not possessive and not _body(found, ctx) and ctx.previous != found:
                # A person quoted last speaks about the body's report, which
                # is still the body's; "In a statement, X said …. The
                # statement said": X's.
                found = ctx.most_named() or found
            return found, found is not None
        if bare and ctx.organisations:
            # "laut Lagebild": the body the sentence before cited, else the
            # one the article is about.
            found = ctx.previous if _body(ctx.previous, ctx) else ctx.most_named()
            return found, found is not None
        return None, False
    if m.kind in ("name", "org") and len(m.text.split()) == 1:
        # "Zipline" after "Zipline Mobile", "laut Verbraucherzentrale" after
        # "Verbraucherzentrale Nordheide": the short form of an organisation.
        found = ctx.organisation_named(m.text)
        if found:
            return found, True
    if m.kind == "org" and len(m.text.split()) <= 2 and not is_generic(m.text, ctx.language):
        # "Der Rechnungshof" after "Landesrechnungshof Hohenweser": the body
        # whose name holds a longer word ending in this one.
        low = stem_word(m.text.split()[-1], ctx.lex)
        found = next(
            (
                name
                for name in reversed(ctx.organisations)
                if any(
                    w != low and w.endswith(low) and len(low) > 5
                    for w in (stem_word(x, ctx.lex) for x in name.split())
                )
            ),
            None,
        )
        if found:
            return found, True
    if m.qualified and m.head in ctx.lex.kind_nouns:
        return None, False
    if (
        m.kind == "role"
        and m.definite
        and not m.complement
        and m.head in ctx.lex.role_organisations
    ):
        # "The judge said" after "Judge Rachel Ormerod": that judge, before the
        # court the noun can also stand for.
        titled = ctx.person_titled(m.head)
        if titled:
            return titled, True
    if m.kind in ("role", "org", "noun") and not m.complement and len(m.text.split()) <= 2:
        resolved = generic_referent(m.text.split()[-1], ctx)
        if resolved:
            return resolved, True
        if (
            m.kind in ("org", "role")
            and m.definite
            and not possessive
            and len(m.text.split()) == 1
            and stem_word(m.text, ctx.lex) in ctx.lex.generic_org_nouns
            and ctx.organisations
        ):
            # "Der Gewerkschaft zufolge" after "Die IG Metall …": a definite
            # generic noun goes back to the latest body it can mean.
            found = ctx.latest_of_kind(stem_word(m.text, ctx.lex))
            if found:
                return found, True
        if possessive and m.kind in ("role", "org"):
            if possessive in ctx.lex.organisation_possessives:
                # "its spokesman" before any body is named: nobody yet.
                found = ctx.organisations[-1] if ctx.organisations else None
            else:
                found = ctx.last_person
            if m.kind == "org" and is_generic(m.text.split()[-1], ctx.language):
                # "Laut seinem Institut": the institute named before, often
                # as the speaker's employer, not the speaker.
                found = ctx.organisation_like(m.text.split()[-1]) or found
            found = found or ctx.last_claimant
            if found:
                return found, True
    if (
        m.kind == "role"
        and not m.complement
        and ctx.publishers
        and m.head in pack(ctx.language).word_list("document_writers")
    ):
        # "Auditors found …" after "an audit by X": the audit's publisher.
        return ctx.publishers[-1], True
    if m.kind == "role" and not m.complement and m.determiner not in _indefinite(ctx.lex):
        # "nach Angaben der Sprecherin": the spokeswoman named before.
        titled = ctx.person_titled(m.head)
        if titled:
            return titled, True
    if (
        m.kind == "role"
        and not m.complement
        and m.determiner in _indefinite(ctx.lex)
        and m.text.split()[-1].lower() in ctx.lex.spokespersons
    ):
        # "wie eine Sprecherin bestätigte": an unnamed spokesperson speaks for
        # the organisation the text is citing, or the one it named last.
        speaks_for = ctx.previous if ctx.previous in ctx.organisations else None
        speaks_for = speaks_for or (ctx.organisations[-1] if ctx.organisations else None)
        if speaks_for:
            return speaks_for, True
    if m.kind == "role" and not m.complement:
        for earlier in reversed(ctx.roles):
            if earlier.head[:6] == m.head[:6] and earlier.complement:
                # "die Sprecherin" after "eine Sprecherin des Unternehmens":
                # the company that noun meant, where it is known.
                words = earlier.complement.split()
                owner = _complement_owner(earlier.complement, ctx) if len(words) <= 3 else None
                if owner and is_generic(words[-1], ctx.language):
                    return owner, True
                own = (
                    m.text.split(" ", 1)[-1]
                    if m.text.lower().split(" ", 1)[0] in ctx.lex.articles
                    else m.text
                )
                if m.definite:
                    return f"{earlier.text} {earlier.complement}", True
                return f"{own} {earlier.complement}", True
    if m.kind == "role" and m.complement:
        inner = generic_referent(m.complement.split()[-1], ctx)
        if m.head in ctx.lex.spokespersons:
            # "ein Sprecher des Verbands", "ein Sprecher des
            # Landesumweltministeriums": the organisation speaks.
            owner = inner or _complement_owner(m.complement, ctx)
            if owner and is_org_word(owner.split()[-1], ctx.language):
                return owner, True
        if inner:
            # "so ein Meteorologe des Dienstes": an unnamed member of the body
            # speaks for it.
            return inner, True
        return f"{m.text} {m.complement}", True
    if m.kind == "org":
        return " ".join(fold_genitive(w, ctx.lex) for w in m.text.split()), True
    return m.text, True


def _indefinite(lex: lx.Lexicon) -> frozenset[str]:
    return frozenset(lex.articles) - frozenset(lex.definite)


def _complement_owner(complement: str, ctx: ClaimantContext) -> str | None:
    """The organisation or person a document belongs to ("des Ministeriums")."""
    lex = ctx.lex
    words = complement.split()[1:]  # drop "des", "of"
    if words and words[0].lower() in lex.articles:
        words = words[1:]
    if not words or not words[-1][:1].isupper():
        return None
    if len(words) == 1:
        resolved = generic_referent(words[0], ctx) or ctx.person_titled(words[0].lower())
        if resolved is None and pack(ctx.language).setting("nouns_capitalised"):
            # "Jahresbericht der Bibliothek" after "Stadtbibliothek Lindenbrück":
            # the body whose name ends in the noun.
            resolved = ctx.organisation_like(words[0])
        if resolved:
            return resolved
        if is_generic(words[0], ctx.language) or stem_word(words[0], lex) in lex.role_nouns:
            return None
    return " ".join(fold_genitive(w, lex) for w in words)


def strip_article(text: str, language: str) -> str:
    """The name without a leading article ("the Agency" -> "Agency")."""
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in lx.for_language(language).articles else text


def bare_noun_referent(claimant: str, ctx: ClaimantContext, truncated: bool = False) -> str | None:
    """What a claimant left as a bare common noun ("Kreditinstitut", "Landrätin") means.

    Where nouns are capitalised a noun no rule resolved can stand as the
    claimant; it names nobody. The person introduced with that function, or
    the body of that kind named before, is meant. ``truncated``: in the
    sentence the noun opens a longer name ("Verband der Holzbetriebe Nord"),
    so only a body named before with that noun in it is meant.
    """
    word = claimant.strip()
    words = word.split()
    lex = ctx.lex
    if (
        len(words) == 3
        and words[0].lower() in lex.spokespersons
        and words[1].lower() in lex.definite
        and pack(ctx.language).setting("nouns_capitalised")
    ):
        # "Sprecher der Kasse" after "Regionale Pflegekasse Nordmark": the
        # body whose name holds the noun.
        noun = fold_genitive(words[2], lex)
        ending = stem_word(noun, lex)
        return generic_referent(noun, ctx) or ctx.organisation_of_kind((ending,))
    if (
        " " in word
        or not word.isalpha()
        or is_acronym(word)
        or not pack(ctx.language).setting("nouns_capitalised")
        or word in ctx.names
        or word in ctx.organisations
        or word in ctx.surnames()
    ):
        return None
    low = stem_word(word, lex)
    if low not in lex.generic_org_nouns and low not in lex.kind_nouns and low not in lex.role_nouns:
        if company_descriptor(low, lex) and not truncated:
            # "nach Angaben des Betreibers": a noun for what a firm does.
            return ctx.body_of_kind(low)
        return None
    found = ctx.person_titled(low) or generic_referent(word, ctx) or ctx.organisation_named(word)
    if found or truncated or low not in lex.generic_org_nouns or low in lex.institution_stems:
        return found
    # "nach Angaben des Vereins" after "Bergsteigerbund Grünwies", or after
    # sentences citing a body no rule took for one ("Landesbetrieb X"): the
    # latest body whose name says it is no other kind of body.
    return ctx.body_of_kind(low)

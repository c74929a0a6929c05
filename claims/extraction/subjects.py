"""The subject of a reporting verb: who says what a sentence reports.

"X said", "said chief executive X", "…, sagte der Landesvorsitzende X", "a
study by X found", "the company's annual report shows": which mention of the
sentence speaks, read from the token stream and the pack's words.
"""

from __future__ import annotations

from . import lexicon as lx
from .appositions import named_after_role
from .context import ClaimantContext
from .languages import pack
from .mentions import Mention
from .name_shapes import names_a_person
from .resolution import generic_referent, is_generic, mention_claimant, strip_article
from .stances import setting
from .tokens import Token


def restrictive_relative(toks: list[Token], i: int, language: str) -> bool:
    lex = lx.for_language(language)
    return i >= 2 and toks[i - 1].low in lex.relatives and toks[i - 2].text != ","


def reporting_verb(toks: list[Token], i: int, language: str) -> bool:
    low = toks[i].low
    if low not in lx.for_language(language).reporting_verbs:
        return False
    lex = lx.for_language(language)
    if low in lex.topic_verbs and i + 1 < len(toks) and toks[i + 1].low in lex.topic_prepositions:
        # "X writes about education": a topic, not something X said.
        return False
    if low in lex.noun_homographs and i > 0:
        # "27 U.S. states", "the reports": a noun after a number, article or name.
        before = toks[i - 1]
        if before.text[:1].isdigit() or before.text == "." or before.low in lex.noun_leads:
            return False
    return True


def place_before(mentions: list[Mention], subject: Mention) -> Mention | None:
    # A name right before a bare plural role ("Marlow Falls officials") or a
    # bare generic noun for a body ("the Corran National Park authority").
    if subject.kind not in ("role", "org") or subject.complement or subject.determiner:
        return None
    if subject.kind == "org" and not (subject.text.islower() and " " not in subject.text):
        return None
    return next(
        (m for m in mentions if m.last == subject.first and m.kind in ("name", "country", "org")),
        None,
    )


def _inserted_clause(toks: list[Token], verb: int, lex: lx.Lexicon) -> int | None:
    """Index of the comma opening ", who chairs X," or ", the ... company," before ``verb``."""
    if verb < 2 or toks[verb - 1].text != ",":
        return None
    participles = pack(lex.code).setting("participle_tags")
    for k in range(verb - 2, 0, -1):
        if toks[k].text == ",":
            opener = toks[k + 1]
            inserted = opener.low in lex.apposition_openers or opener.pos in participles
            return k if inserted else None
    return None


def possessive_owner(toks: list[Token], subject: Mention, ctx: ClaimantContext) -> str | None:
    # "the company's annual report", "the agency's figures": a generic noun
    # with a possessive before a document goes back to that organisation.
    if subject.kind != "document":
        return None
    # Up to two adjectives between ("the trust's latest annual report").
    for k in range(subject.first - 1, max(-1, subject.first - 4), -1):
        word = toks[k].text
        if word.endswith(("'s", "’s")):
            return generic_referent(word[:-2], ctx)
    # "Nach Wennemanns Angaben", "nach Angaben Wiesenthals": a person named
    # before, in the genitive, right before or after the document noun.
    surnames = ctx.surnames()
    inside = subject.text.split()
    near = [inside[0]] if len(inside) > 1 else []
    if subject.first > 0:
        near.append(toks[subject.first - 1].text)
    if subject.last < len(toks):
        near.append(toks[subject.last].text)
    for word in near:
        if len(word) > 3 and word.endswith("s") and word[:-1] in surnames:
            return surnames[word[:-1]]
    return None


def document_author(
    mentions: list[Mention], toks: list[Token], subject: Mention, verb: int, lex: lx.Lexicon
) -> Mention:
    """ "Records released by the agency show …": whoever the document is by.

    "A council report found …": a body's noun right before the document.
    """
    return next(
        (
            m
            for m in mentions
            if (
                subject.last <= m.first < verb
                and m.kind in ("org", "person", "name")
                and linked_complement(toks, m.first, lex)
            )
            or (m.kind == "org" and m.last == subject.first)
            # "Figures published in its annual report show": the report's owner.
            or (
                m.kind == "document"
                and subject.last <= m.first < verb
                and m.determiner in lex.organisation_possessives
            )
        ),
        subject,
    )


def linked_complement(toks: list[Token], k: int, lex: lx.Lexicon) -> bool:
    # "by the agency", "of the council": a complement, not a place ("in Ohio").
    if k > 0 and toks[k - 1].low in lex.articles:
        k -= 1
    return k > 0 and toks[k - 1].low in lex.complement_linkers


def verb_subject(
    mentions: list[Mention], toks: list[Token], verb: int, language: str, exclude: Mention | None
) -> Mention | None:
    lex = lx.for_language(language)
    end = next(
        (
            k
            for k in range(verb, len(toks))
            if toks[k].low in lex.complementizers or toks[k].text == ":"
        ),
        len(toks),
    )
    usable = [m for m in mentions if m is not exclude and m.first < end]
    # "..., which reported": the antecedent before the relative pronoun speaks.
    if verb >= 2 and toks[verb - 1].low in lex.relatives and toks[verb - 2].text == ",":
        before = [m for m in usable if m.last <= verb - 2]
        if before:
            return _named_before_apposition(before, toks, lex)
    # Where the subject does not follow the verb, a pronoun after the verb
    # opens what was said ("said it had sold …"), unless the sentence ends
    # with it ("…, said she."); "sagte er der Zeitung" is the speaker.
    inverted = bool(setting(language, "verb_second"))
    free = [
        m
        for m in usable
        if not m.governed
        and not (
            not inverted
            and m.kind == "pronoun"
            and m.first > verb
            and m.last < len(toks)
            and toks[m.last].text not in ".,;"
        )
    ]
    # "..., wie der VMH am Freitag mitteilte": the subject follows "wie".
    wie = next((k for k in range(verb - 1, -1, -1) if toks[k].low in lex.as_clause_openers), None)
    if wie is not None and (wie == 0 or toks[wie - 1].text == ","):
        inside = [m for m in free if wie < m.first < verb]
        if inside:
            return named_after_role(mentions, inside[0], toks)
    before = [m for m in free if m.last <= verb]
    adjacent = [m for m in usable if m.last == verb and m.governed and m.kind in ("person", "name")]
    if not inverted and adjacent and not before:
        # "Cabinet member for transport Alan Pryce said": the name before the
        # verb, though a preposition of the title stands before it.
        return adjacent[0]
    if before:
        if inverted:
            # "…, sagte der Landesvorsitzende X": after the reported clause the
            # subject follows the verb.
            close = [m for m in free if verb < m.first <= verb + 2]
            # Not "X, Analyst bei Y, sagte, Z habe …": a comma after the verb
            # opens what was said, and the name in it is no speaker.
            opens_clause = verb + 1 < len(toks) and toks[verb + 1].text == ","
            if verb > 0 and toks[verb - 1].text == "," and close and not opens_clause:
                return close[0]
            # The finite verb comes second: the clause's first free mention,
            # unless the article shows it is an object ("Den Sachschaden
            # schätzt die Polizei …"), when the subject follows the verb.
            oblique = pack(lex.code).word_list("oblique_articles")
            subjects = [m for m in before if m.determiner not in oblique or not m.determiner]
            after = [m for m in free if m.first > verb]
            if (
                subjects
                and subjects[0].kind == "name"
                and " " not in subjects[0].text
                and after
                and after[0].first == verb + 1
                and (
                    after[0].kind in ("org", "person")
                    or " " in after[0].text
                    # "Die Kosten schätzt das Unternehmen auf …".
                    or (after[0].definite and after[0].head in lex.company_nouns)
                )
            ):
                # "Die Umbaukosten beziffert der Landkreis X auf …": a lone noun
                # before the verb is its object when a body follows the verb.
                return after[0]
            if subjects:
                # "Der Vorsitzende des SV Ebersfelde 1921, Rolf Barthel, sagte":
                # the name in apposition to the function.
                return named_after_role(mentions, subjects[0], toks)
            return after[0] if after else None
        # "Sen. Maria Torres, who chairs the committee, said", "Brightwave
        # Inc., the streaming company, said": skip the inserted clause.
        comma = _inserted_clause(toks, verb, lex)
        if comma is not None:
            outside = [m for m in before if m.last <= comma]
            if outside:
                return outside[-1]
            # "The grocer, which operates stores across England and Wales,
            # said": a place in the inserted clause is no speaker.
            return None
        if (
            verb > 0
            and toks[verb - 1].low in lex.conjunctions
            and before[0].first <= 1
            and len(before) > 1
        ):
            # "The company employs 1,150 people in Ashbury and said …": a verb
            # joined to the first one shares its subject.
            return before[0]
        # English subjects sit right before the verb, inside the same clause.
        last = before[-1]
        if (
            last.kind == "role"
            and len(before) > 1
            and before[-2].kind in ("person", "name")
            and before[-2].last + 1 == last.first
            and toks[before[-2].last].text == ","
        ):
            # "Neil Hadfield, secretary of the X Society, pointed out": the
            # name, not its apposition.
            return before[-2]
        between = [t.text for t in toks[last.last : verb]]
        if "," not in between or not any(t.isalpha() for t in between):
            return last
        # "Councilmember Tom Becker, who voted against the plan, argued":
        # the sentence-initial subject, past an inserted clause.
        if before[0].first <= 1 and between[:1] == [","]:
            return before[0]
    after = [m for m in free if m.first > verb]
    opens_content = verb + 1 < len(toks) and (
        toks[verb + 1].text[:1].isdigit()
        or (
            toks[verb + 1].text.isalpha()
            and not toks[verb + 1].cap
            and toks[verb + 1].low not in lex.articles | lex.possessives | lex.role_nouns
        )
    )
    if after and not inverted and opens_content and after[0].first > verb + 4:
        # "The airport said growth came from new routes to Spain": deep in
        # what was said, a name is no speaker.
        return None
    # "said chief executive Dr Helen Marsh": the person, not the function.
    return named_after_role(free, after[0], toks) if after else None


def _named_before_apposition(before: list[Mention], toks: list[Token], lex: lx.Lexicon) -> Mention:
    # "Priya Natarajan, an analyst at X, who noted": the name, not the
    # apposition that describes it.
    last = before[-1]
    if last.kind == "role" and last.first > 0 and toks[last.first - 1].text == ",":
        named = [m for m in before if m.last == last.first - 1]
        if named and named[-1].kind in ("person", "name", "org"):
            return named[-1]
    return last


def possessive_owner_here(
    mentions: list[Mention], toks: list[Token], source: Mention, lex: lx.Lexicon
) -> Mention | None:
    """The subject a document's possessive points to, in the same sentence.

    The subject opens the sentence, or, where the document does ("In seinem
    am Mittwoch veröffentlichten Jahresbericht wirft der Landesrechnungshof
    …"), follows it.
    """
    if source.kind != "document":
        return None
    kinds = ("org", "person", "name", "pronoun", "role")
    if mentions[0] is not source:
        opening = mentions[0]
        possessive = source.determiner in lex.possessives
        return opening if possessive and opening.first <= 1 and opening.kind in kinds else None
    if not any(t.low in lex.possessives for t in toks[:2]):
        return None
    # The author is a body or a person ("der Landesrechnungshof", "inspector
    # X"), not a run of capitalised nouns ("Kilogramm Milch").
    subject = next(
        (
            m
            for m in mentions[1:]
            if m.kind in kinds
            and (m.kind != "name" or names_a_person(m, lex.code))
            and not m.governed
        ),
        None,
    )
    # "Nach seinen Angaben beschäftigt das Unternehmen 85 Menschen": a generic
    # noun after the verb is what was spoken of, and "seinen" the last speaker.
    if subject is None or is_generic(subject.text, lex.code):
        return None
    return subject


def bare_subject_noun(toks: list[Token], verb: int, lex: lx.Lexicon) -> int | None:
    """Where an article and a bare noun are the subject of ``verb``: the noun.

    Right before the verb ("the yard said"), or opening the sentence before
    an inserted clause ("The grocer, which runs 412 stores, said").
    """
    if verb >= 2 and toks[verb - 2].low in lex.definite and toks[verb - 1].text.isalpha():
        return verb - 1
    modifier = tuple(pack(lex.code).word_list("modifier_suffixes"))
    if (
        verb >= 3
        and toks[verb - 3].low in lex.definite
        and (
            (toks[verb - 2].text.isalpha() and not toks[verb - 2].cap)
            or bool(modifier and toks[verb - 2].low.endswith(modifier))
        )
        and toks[verb - 1].text.isalpha()
        and not toks[verb - 1].cap
    ):
        # "the regional carrier said", "the Carrick-based airline said": an
        # adjective before the noun.
        return verb - 1
    if (
        verb > 3
        and toks[0].low in lex.definite
        and toks[1].text.isalpha()
        and not toks[1].cap
        and toks[2].text == ","
        and toks[3].low in lex.relatives
        and toks[verb - 1].text == ","
    ):
        return 1
    return None


def inverted_subject(
    toks: list[Token], verb: int, language: str, ctx: ClaimantContext
) -> str | None:
    """The body meant by the bare noun right after ``verb`` where the finite verb comes second.

    "Die Kosten dafür schätzt die Stadt auf …", "Als Grund nennt das
    Diakoniewerk den Fachkräftemangel": something else opens the sentence and
    the subject, an article and a noun, follows the verb; it means the body of
    that noun named before.
    """
    if not setting(language, "verb_second") or verb < 2 or verb + 2 >= len(toks):
        return None
    article, noun = toks[verb + 1], toks[verb + 2]
    if article.low not in ctx.lex.definite or not noun.cap or not noun.text.isalpha():
        return None
    return generic_referent(noun.text, ctx) or ctx.organisation_named(noun.text)


def document_opening(
    mentions: list[Mention], toks: list[Token], lex: lx.Lexicon, ctx: ClaimantContext
) -> tuple[str | None, bool]:
    """ "A 2021 report by the X Inspectorate rated …": the author of a document
    that opens the sentence, whatever its verb."""
    doc = next((m for m in mentions if m.kind == "document" and m.first <= 3), None)
    first = mentions[0] if mentions else None
    if (
        doc is None
        and first is not None
        and first.first <= 3
        and not any(t.text in ",;:" for t in toks[: first.first])
        and first.kind in ("org", "person")
        and any(t.low in lex.document_nouns for t in toks[first.first : first.last])
    ):
        # The chunker read "A preliminary assessment by X" as X with its document.
        return mention_claimant(first, ctx)
    if doc is None or any(t.text in ",;:" for t in toks[: doc.first]):
        return None, False
    owner = possessive_owner(toks, doc, ctx)
    if owner:
        # "The council's report counts 19 collisions": the council's.
        ctx.remember_organisation(owner, published=True)
        return owner, True
    author = document_author(mentions, toks, doc, len(toks), lex)
    if author is doc or author.first > doc.last + 2:
        return None, False
    claimant, specific = mention_claimant(author, ctx)
    if specific and author.kind == "org":
        ctx.remember_organisation(strip_article(author.text, lex.code), published=True)
    return claimant, specific

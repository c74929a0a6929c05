"""Who makes a claim: rule-based attribution for German and English news.

The rules look for a source phrase ("laut X", "according to X", "nach
Auffassung der Richter", "heißt es in X", "wurde aus X mitgeteilt"), otherwise
the subject of a reporting verb ("X sagte", "said X", "Gleichzeitig wies ein
anderer Berater darauf hin"), otherwise a named actor that is the subject of
the sentence ("Russland hat ... abgelehnt", "World Athletics has placed ...").
References back to earlier sentences are resolved in :mod:`.resolution`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from .bodies import (
    apposition,
    bodies_named_here,
    body_for_noun,
    complement_organisation,
    described_as_body,
    marked_noun,
    opening_name,
    opens_longer_name,
)
from .chunking import chunker_tokens, mask_quotes, opens_with_quote
from .context import ClaimantContext, fold_genitive, other_kind
from .languages import available_languages, pack
from .mentions import Mention, _Chunker
from .name_shapes import names_a_person
from .non_claimants import not_a_claimant
from .remembering import remember_sentence
from .reported_speech import (
    first_person,
    impersonal_subjunctive,
    reported_speech_runs_on,
    reports_words,
    subjunctive_form,
)
from .resolution import (
    bare_noun_referent,
    generic_referent,
    is_generic,
    mention_claimant,
    strip_article,
)
from .sentences import split_with_tokens
from .sources import own_account, own_account_subject, source_mention
from .stances import stance_subject
from .subjects import (
    bare_subject_noun,
    document_author,
    document_opening,
    inverted_subject,
    linked_complement,
    place_before,
    possessive_owner,
    possessive_owner_here,
    reporting_verb,
    restrictive_relative,
    verb_subject,
)
from .tokens import Token

__all__ = ["Attribution", "ClaimantContext", "attribute", "mask_quotes"]

# The sentence rules' words and patterns are the language pack's
# (``claimants.toml``: relatives, modals, complementizers …; ``patterns.toml``:
# publication, event_stance, refers_back); this module holds none.


_HANDLE = re.compile(r"@\w+")


@dataclass
class Attribution:
    claimant: str | None
    attributed: bool  # a reporting verb, source phrase or reported speech
    vague: bool  # the only source is vague ("Experten", "some say")
    specific: bool  # the claimant is a named or clearly identified actor
    named_mentions: int  # persons, organisations, countries in the sentence
    # The claimant is a named speaker whose words the sentence reports ("Zipp
    # says riders made …", "X erklärte, dass …"), not a source the writer cites
    # for a claim of their own ("laut X", "…, das hat X bestätigt").
    reported: bool = False


def refers_back(sentence: str, language: str) -> bool:
    """True for a sentence that names the source of the previous one."""
    return language in available_languages() and bool(
        pack(language).pattern("refers_back").match(sentence)
    )


def attribute(
    sentence: str, language: str, ctx: ClaimantContext, tokens: list[Token] | None = None
) -> Attribution:
    """Find the claimant of one sentence and update the context.

    ``tokens`` are the sentence's tokens from the one token stream, with
    offsets into ``sentence``; without them the sentence is split here, by
    the same splitter.
    """
    if tokens is None:
        tokens = [tok for _, _, found in split_with_tokens(sentence, language) for tok in found]
    # An "@name" at the start of a reply addresses a reader; it names no actor.
    masked = _HANDLE.sub(lambda m: " " * len(m.group()), mask_quotes(sentence))
    toks = [tok for tok in chunker_tokens(tokens, sentence) if tok.kind != "mention"]
    lows = [t.low for t in toks]
    people = ctx.surnames()
    mentions = _Chunker(masked, toks, language, frozenset(people), frozenset(ctx.names)).mentions()
    named = sum(1 for m in mentions if m.kind in ("person", "org", "country", "name"))
    ctx.named_here = bodies_named_here(mentions, language)

    verbs = [i for i in range(len(lows)) if reporting_verb(toks, i, language)]
    if not verbs:
        finding = pack(language).word_list("finding_verbs")
        # "zeigte sich erleichtert" shows a mood, not a finding.
        reflexive = pack(language).word_list("reflexive_pronouns")
        verbs = [
            i
            for i, low in enumerate(lows)
            if low in finding and not (i + 1 < len(lows) and lows[i + 1] in reflexive)
        ]
    # "Senator X, the Ohio Democrat who wrote the bill, said": a verb in a
    # restrictive relative clause describes someone; the main verb reports.
    main = [i for i in verbs if not restrictive_relative(toks, i, language)]
    # "X habe gewarnt, sagte Y": the verb after the reported clause reports it.
    # "X expects …, its managing director Y told the paper": so is a verb
    # whose subject is all that stands between it and the last comma.
    closing = [
        i
        for i in main[1:]
        if toks[i - 1].text == ","
        or any(
            m.last == i and m.first > 0 and toks[m.first - 1].text == "," and m.first > main[0]
            for m in mentions
            if m.kind in ("person", "role", "org", "name")
        )
    ]
    verb = (closing or main or verbs or [None])[0]
    lowered = " " + " ".join(lows) + " "
    lex = lx.for_language(language)
    ctx.language = language
    source_marker = any(f" {m} " in lowered for m in lex.source_markers)
    subjunctive = any(
        low in lex.subjunctive and not first_person(lows, i, lex) for i, low in enumerate(lows)
    ) or impersonal_subjunctive(lows, lex)
    # Any verb in the reported-speech mood ("Zugleich sinke …") carries on the
    # source just named; only the common forms above make reported speech of
    # a sentence with its own speaker.
    runs_on = subjunctive or any(
        subjunctive_form(tok, language) and not first_person(lows, i, lex)
        for i, tok in enumerate(toks)
    )

    claimant: str | None = None
    specific = False
    vague = False
    reported = False

    source = source_mention(mentions, toks, language)
    if source is not None and source.kind == "document" and source.complement:
        # "Nach Angaben des Betreibers, der Energieversorgung X (EVOS), …":
        # the name in apposition to the document's owner.
        source = next(
            (
                m
                for m in mentions
                if m.first == source.last + 1
                and m.kind in ("org", "name")
                and " " in m.text
                and toks[source.last].text == ","
            ),
            source,
        )
    if source is not None and source.kind in ("org", "role") and is_generic(source.text, language):
        # "according to the regional transport authority, Transport Westmarch."
        source = next(
            (
                m
                for m in mentions
                if m.kind in ("org", "name") and apposition(toks, source, m, closing=".")
            ),
            source,
        )
    if (
        source is not None
        and source.kind == "document"
        and not source.complement
        # "nach seinen Angaben": the possessive says whose document it is.
        and source.determiner not in lex.possessives
        # "Laut Anklage": a document whose author its name says (the prosecution).
        and generic_referent(source.head, ctx) is None
    ):
        # "Nach Angaben der 61-Jährigen": the person the age noun means.
        aged = next(
            (
                m
                for m in mentions
                if m.kind == "pronoun"
                and m.head == "age"
                and source.last <= m.first <= source.last + 1
            ),
            None,
        )
        if aged is not None:
            source = aged
        # "according to a study published on Monday by X": the publisher,
        # named later in the sentence, is the source.
        publisher = (
            None
            if aged is not None
            else next(
                (
                    m
                    for m in mentions
                    if m.first >= source.last
                    and (
                        m.kind in ("org", "person", "name")
                        or (m.kind == "role" and complement_organisation(m.complement, language))
                        # "published by the force": a noun for a body named before.
                        or (
                            m.kind == "role"
                            and not m.complement
                            and linked_complement(toks, m.first, lex)
                            and generic_referent(m.head, ctx)
                        )
                    )
                ),
                None,
            )
        )
        if publisher is not None and publisher.kind == "role":
            # "a study by researchers at X University published in the
            # Journal of …": the researchers' institution, not the journal;
            # "published by the force": the body the noun means.
            claimant = (
                complement_organisation(publisher.complement, language)
                if publisher.complement
                else generic_referent(publisher.head, ctx)
            )
            if claimant:
                ctx.remember_organisation(claimant, published=True)
            specific, source, publisher = True, None, None
        if publisher is not None:
            # "an audit by the accountancy firm Harlow Pike": a name after a
            # noun for a body is one, and "the report" later is its.
            body = publisher.kind == "org" or (
                publisher.kind == "name"
                and publisher.first > 0
                and toks[publisher.first - 1].low in lex.generic_org_nouns | lex.company_nouns
            )
            if body and not is_generic(publisher.text, language):
                ctx.remember_organisation(strip_article(publisher.text, language), published=True)
            source = publisher
    if source is not None and source.determiner in lex.organisation_possessives:
        # "The company reported ..., according to its annual report".
        owner = next((m for m in mentions if m.last <= source.first and m.kind == "org"), None)
        source = owner or source
    owner = possessive_owner(toks, source, ctx) if source is not None else None
    if owner:
        # "according to the zoo's annual report": the zoo's.
        claimant, specific = owner, True
    document = source if source is not None else (mentions[0] if mentions else None)
    owner_here = (
        possessive_owner_here(mentions, toks, document, lex)
        if document is not None and not specific
        else None
    )
    if owner_here is not None:
        # "Die Gewerkschaft hatte …, an denen sich nach ihren Angaben …",
        # "In seinem Jahresbericht wirft der Landesrechnungshof …": the
        # possessive goes back to the subject of the sentence.
        found, spec = mention_claimant(owner_here, ctx)
        if spec:
            claimant, specific = found, True
            if owner_here.kind == "org":
                ctx.remember_organisation(strip_article(found, language), published=True)
    if source is not None and not specific:
        claimant, specific = mention_claimant(source, ctx)
        vague = not specific and source.kind == "vague"
        generic = claimant is None or is_generic(claimant, language)
        if generic and source.kind == "org" and is_generic(source.text, language):
            # "X contributed …, according to council records": the body named
            # earlier in the same sentence.
            named_here = _named_before(mentions, source, language)
            # "homes managed by X …, according to a survey published by the
            # housing association": the one body this sentence named by "by".
            linked = [
                m
                for m in mentions
                if m.kind in ("org", "name")
                and m.last <= source.first
                and not is_generic(m.text, language)
                and linked_complement(toks, m.first, lex)
            ]
            if named_here is None and len(linked) == 1:
                named_here = linked[0]
                ctx.remember_organisation(strip_article(named_here.text, language))
            if named_here is not None:
                claimant, specific = mention_claimant(named_here, ctx)
    elif source_marker and (noun := marked_noun(lows, toks, lex)) is not None:
        # "according to the regulator", "according to the panel": a noun no
        # list knows, for the body named before whose name it fits.
        found = body_for_noun(toks[noun].text, toks[:noun], ctx)
        if found:
            claimant, specific = found, True
    elif ctx.last_claimant and any(low in lex.source_adverbs for low in lows):
        # "demnach": according to the source just named.
        claimant, specific = ctx.last_claimant, True
    # "Nach Informationen aus Vereinskreisen": the circles, not the body
    # whose report a bare document noun would otherwise mean.
    bare_document = source is not None and source.kind == "document" and not source.complement
    described = (
        None
        if claimant and not bare_document
        else pack(language).pattern("anonymous_source").search(masked)
    )
    if described is not None:
        # "a person familiar with the inquiry said", "aus Vereinskreisen".
        claimant, specific, vague = described.group("source"), True, False
    own = own_account(lows, lex)
    if own is not None and not specific:
        # "Der Mieterbund hat nach eigenen Angaben …", "By its own account,
        # the trust raised …": the subject is its own source.
        opening = mentions[0] if mentions and mentions[0].first <= 1 else None
        if opening is not None and opening.kind == "pronoun":
            # "Die 71-Jährige bezieht nach eigenen Angaben …", "Sie hat nach
            # eigenen Angaben …": whom the opening pronoun means.
            claimant, specific = mention_claimant(opening, ctx)
        else:
            claimant = own_account_subject(mentions, toks, own, ctx)
            specific = claimant is not None
    if not specific and verb is not None:
        subject = verb_subject(mentions, toks, verb, language, exclude=source)
        if subject is not None and subject.kind == "document":
            subject = document_author(mentions, toks, subject, verb, lex)
        owner = possessive_owner(toks, subject, ctx) if subject is not None else None
        if owner:
            # "the company's annual report shows": the company's.
            ctx.remember_organisation(owner, published=True)
            claimant, specific = owner, True
            reported = reports_words(toks, verb, language, subjunctive)
            subject = None
        if (
            subject is not None
            and subject.kind == "role"
            and subject.head in lex.spokespersons
            and not subject.complement
        ):
            # "A company spokeswoman said": the organisation the noun before means.
            org = next((m for m in mentions if m.last == subject.first and m.kind == "org"), None)
            if org is None:
                # "A spokesperson for the hospital said": the body after "for".
                org = next(
                    (
                        m
                        for m in mentions
                        if m.kind == "org"
                        and subject.last < m.first <= subject.last + 2
                        and linked_complement(toks, m.first, lex)
                    ),
                    None,
                )
            if org is None and mentions and mentions[0].kind == "org" and mentions[0].first <= 1:
                # "The company employs 70 people, a spokeswoman said": the
                # body the sentence opens with.
                org = mentions[0]
            if org is not None and is_generic(org.text, language):
                # "Hallbrook District Council had received …, a council
                # spokesperson said": the council this sentence names.
                org = _named_before(mentions, org, language) or org
            speaks_for = mention_claimant(org, ctx)[0] if org is not None else None
            if org is not None and (speaks_for is None or is_generic(speaks_for, language)):
                speaks_for = ctx.organisations[-1] if ctx.organisations else None
            if speaks_for:
                claimant, specific = speaks_for, True
                subject = None
        if (
            subject is not None
            and (subject.kind == "org" or subject.head in lex.generic_org_nouns)
            and is_generic(subject.text, language)
        ):
            # "FEMA has sent 140 staff, the agency said": the organisation
            # named earlier in the same sentence, not an older one.
            # "The faculty union, the Northgate Association …, said": the name
            # in apposition.
            generic_subject = subject
            subject = next(
                (
                    m
                    for m in mentions
                    if (m.kind == "org" or described_as_body(mentions, toks, m, language))
                    and (m.last <= subject.first or apposition(toks, subject, m))
                    # Not a body introduced as new ("habe man ein eigenes
                    # Ausbildungszentrum eröffnet, teilte das Unternehmen mit").
                    and m.determiner not in lex.articles - lex.definite
                    and not is_generic(m.text, language)
                    # Not "funded by the X Foundation …, the university said":
                    # a body of another kind behind a preposition.
                    and not (m.governed and other_kind(m.text, subject.head, language))
                ),
                subject,
            )
            opening = opening_name(mentions, toks, lex, ctx)
            if (
                subject is generic_subject
                and opening is not None
                and opening.last < verb
                # Not where the noun has a name of its own ("the X Park
                # authority") or an earlier body of its kind fits.
                and place_before(mentions, subject) is None
                and generic_referent(subject.head, ctx) is None
            ):
                # "Northvale Post will cut …, the company said": the name that
                # opens the sentence is the body the noun means.
                ctx.remember_organisation(
                    strip_article(opening.text, language),
                    company=generic_subject.head in lex.company_nouns,
                )
                subject = opening
        kinds = lex.kind_nouns.get(subject.head, ()) if subject is not None else ()
        if subject is not None and subject.kind == "role" and kinds:
            # "The X Festival drew …, organisers said": the event of this sentence.
            subject = next(
                (
                    m
                    for m in mentions
                    if m.kind in ("org", "name")
                    and m.last <= subject.first
                    and any(w.lower().endswith(kinds) for w in m.text.split())
                ),
                subject,
            )
        if subject is not None:
            cand, spec = mention_claimant(subject, ctx)
            if subject.kind == "role" and cand in (
                f"{subject.text} {subject.complement}",
                subject.text,
            ):
                # "…, wie eine Sprecherin der Behörde sagte" after "Die
                # Staatsanwaltschaft X hat …", "beim Amtsgericht X …, wie ein
                # Gerichtssprecher mitteilte": the body of that kind named in
                # this sentence, not yet remembered.
                cand = _body_of_complement(mentions, subject, language) or cand
            place = place_before(mentions, subject)
            if place is not None:
                # "Marlow Falls officials said": the officials of that place;
                # "Department officials" after "Department of …": that body.
                named_org = ctx.organisation_named(place.text) if place.kind == "org" else None
                cand, spec = named_org or f"{place.text} {subject.text}", True
            if spec:
                claimant, specific, vague = cand, True, False
                reported = reports_words(toks, verb, language, subjunctive)
            elif subject.kind == "vague":
                vague = True
        elif not specific and (noun := bare_subject_noun(toks, verb, lex)) is not None:
            # "the festival said" after "The Harbourlight Film Festival …",
            # "the yard said" after "The Kessling shipyard …", "The grocer,
            # which runs 412 stores, said": a noun no list holds.
            found = body_for_noun(toks[noun].text, toks[: noun - 1], ctx) or (
                generic_referent(toks[noun].text, ctx)
                if noun == 1 or toks[noun - 1].low not in lex.definite
                else None
            )
            if found:
                claimant, specific = found, True
                reported = reports_words(toks, verb, language, subjunctive)
        if not specific and (found := inverted_subject(toks, verb, language, ctx)):
            claimant, specific = found, True
            reported = reports_words(toks, verb, language, subjunctive)
    if claimant is None and not vague:
        claimant, specific = document_opening(mentions, toks, lex, ctx)
    if claimant is None and not vague:
        claimant, specific = stance_subject(mentions, toks, sentence, language, ctx)
    if (
        claimant is None
        and not vague
        and mentions
        and mentions[0].kind == "vague"
        and (mentions[0].first == 0 or (mentions[0].first == 1 and lows[0] in lex.articles))
    ):
        vague = True
    attributed = verb is not None or source_marker or subjunctive or source is not None
    attributed = attributed or own is not None
    # A place after a preposition ("in Seebrück") is no actor of its own.
    # Nor is a noun for a body ("Der Verein habe 612 Mitglieder").
    actors = sum(
        1
        for m in mentions
        if m.kind in ("person", "org", "country", "name")
        and not m.governed
        and not is_generic(m.text, language)
    )
    # In the reported-speech mood a body may be what is spoken of ("Das
    # Landesamt habe dem Betreiber … angedroht"); only another person is a
    # speaker of their own.
    people_here = sum(1 for m in mentions if names_a_person(m, language) and not m.governed)
    if (
        claimant is None
        and (actors == 0 or (subjunctive and verb is None and people_here == 0))
        and ctx.last_claimant
        and reported_speech_runs_on(lows, language, runs_on, vague, ctx)
    ):
        # Reported speech running on without a verb: "Zudem seien die Zahlen ...",
        # "Stattdessen setze man auf ...", "Residents would get free permits."
        claimant, specific, vague, attributed = ctx.last_claimant, True, False, True
    if (
        claimant is None
        and not vague
        and named == 0
        and ctx.previous
        # A person's words go on in a quotation, in reported speech or
        # through a pronoun; after a view, only in a further quotation.
        and (opens_with_quote(sentence) or not (ctx.after_view or _a_person(ctx.previous, ctx)))
    ):
        # A further fact in the same paragraph, with no actor of its own, comes
        # from the body or document just cited ("The decline was the largest
        # since ...").
        claimant, specific = ctx.previous, True

    if claimant and is_generic(claimant, language):
        # "Die Initiative „Geburt bleibt in Talbrück“ hat …": the name the
        # noun carries in quotation marks.
        quoted = re.search(
            rf"\b{re.escape(claimant)}\s+[„“\"]([A-ZÄÖÜ][^„“”\"]{{2,60}})[“”\"]", sentence
        )
        if quoted:
            claimant = quoted.group(1)
            ctx.remember_organisation(claimant)
    if claimant and not_a_claimant(strip_article(claimant, language).strip(" ,;:"), language):
        claimant, specific = None, False
    if claimant:
        bare = strip_article(claimant, language)
        truncated = opens_longer_name(toks, bare, lex)
        claimant = bare_noun_referent(bare, ctx, truncated) or claimant
    remember_sentence(ctx, mentions, toks, sentence, claimant, language)
    if claimant:
        claimant = strip_article(claimant, language).strip(" ,;:")
        claimant = people.get(claimant, claimant)
        if claimant.isupper() and claimant.lower() in ctx.short_forms:
            # "Die GLH verlangt …" after "Gewerkschaft Lebensmittel und Handwerk (GLH)".
            claimant = ctx.short_forms[claimant.lower()]
        ctx.last_claimant = claimant
        ctx.remember_cited(claimant)
    ctx.previous = claimant or None
    return Attribution(
        claimant or None,
        attributed,
        vague and not specific,
        specific,
        named,
        reported=reported and claimant is not None,
    )


def _body_of_complement(mentions: list[Mention], role: Mention, language: str) -> str | None:
    lex = lx.for_language(language)
    if role.complement:
        noun = fold_genitive(role.complement.split()[-1], lex).lower()
    else:
        # "Gerichtssprecher": the part before a spokesperson's word.
        spoken = next((w for w in lex.spokespersons if role.head.endswith(w)), None)
        noun = role.head[: -len(spoken)].rstrip("s-") if spoken else ""
        if len(noun) < 4:
            return None
    found = _body_before(mentions, noun, role.first, language)
    return found.text if found is not None else None


def _named_before(mentions: list[Mention], noun: Mention, language: str) -> Mention | None:
    """The body named before a generic noun in the same sentence with that noun in its
    name ("Hallbrook District Council …, a council spokesperson said"), or a name of the
    noun's kind ("Eastmere County Council …, according to figures released by the
    authority")."""
    return _body_before(mentions, noun.head, noun.first, language)


def _body_before(mentions: list[Mention], noun: str, before: int, language: str) -> Mention | None:
    # The first body named before token ``before`` whose name holds ``noun`` or
    # a word of the noun's kind (``kind_nouns``).
    kinds = lx.for_language(language).kind_nouns.get(noun, (noun,))
    return next(
        (
            m
            for m in mentions
            if m.kind == "org"
            and m.last <= before
            and (noun in m.text.lower() or any(w.lower().endswith(kinds) for w in m.text.split()))
            and not is_generic(m.text, language)
        ),
        None,
    )


def _a_person(name: str, ctx: ClaimantContext) -> bool:
    return name == ctx.last_person or name in ctx.people

"""Mentions of actors in one sentence: people, roles, organisations, documents.

A small chunker over the sentence's tokens from the one token stream
(:mod:`.tokens`) finds noun phrases that can make a claim ("Außenminister
Marco Rubio", "ein Sprecher der Mitteldeutschen Regiobahn", "the National
Association of Manufacturers", "Experten") and classifies them.  Which mention
is the claimant is decided in :mod:`.claimants`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import lexicon as lx
from .appositions import described_next, modifies_next, without_branch_places
from .languages import pack
from .name_shapes import (
    business_name,
    clean_name,
    company_descriptor,
    counted,
    ends_in_person,
    given_name_gender,
    head_kind,
    is_acronym,
    is_org,
    term_short_form,
    without_clitic,
)
from .tokens import Token


@dataclass
class Mention:
    kind: str  # person, role, org, country, pronoun, vague, document, name, common
    first: int  # token index of the first token (article included)
    last: int  # token index after the mention
    text: str  # cleaned text used as claimant
    head: str = ""  # lower-case head noun for role mentions
    complement: str = ""  # "des US-Präsidenten Donald Trump"
    definite: bool = False
    determiner: str = ""  # lower-case article or possessive, if any
    governed: bool = False  # inside a prepositional phrase
    company: bool = False  # introduced as a company ("der Autozulieferer X")
    members: list[str] = field(default_factory=list)
    # A bare role noun right after a capitalised word that is no mention of
    # its own ("State officials", "County officials"): whose they are is said
    # by that word, not by an organisation named earlier.
    qualified: bool = False

    @property
    def specific(self) -> bool:
        return self.kind not in ("vague", "document", "pronoun")


class _Chunker:
    """Finds mentions of actors in one (quote-masked) sentence."""

    def __init__(
        self,
        text: str,
        tokens: list[Token],
        language: str,
        surnames: frozenset[str] = frozenset(),
        names: frozenset[str] = frozenset(),
    ) -> None:
        self.text = text
        self.toks = tokens
        self.lang = language
        self.lex = lx.for_language(language)
        language_pack = pack(self.lex.code)
        self.adjective = language_pack.pattern("inflected_adjective")
        self.indefinite_tags = frozenset(language_pack.setting("indefinite_tags"))
        self.adverb_tags = frozenset(language_pack.setting("adverb_tags"))
        # The grammar the rules ask about, as the pack's settings describe it.
        self.nouns_capitalised = language_pack.setting("nouns_capitalised")
        self.adjectives_inflected = language_pack.setting("adjectives_inflected")
        self.organisation_complements = language_pack.setting("organisation_complements")
        self.participle_tags = frozenset(language_pack.setting("participle_tags"))
        self.proper_tags = frozenset(language_pack.setting("proper_noun_tags"))
        self.branch_nouns = language_pack.word_list("branch_nouns")
        self.branch_linkers = language_pack.word_list("branch_linkers")
        self.modifier_suffixes = tuple(language_pack.word_list("modifier_suffixes"))
        # Surnames of people named earlier in the article: "Okafor" alone is
        # a person once "Helen Okafor" has been named.
        self.surnames = surnames
        # One-word names the article has used before ("Ferrovolt" in the
        # headline): the same word opening a sentence is that name again, not
        # a capitalised common word.
        self.names = names

    def mentions(self) -> list[Mention]:
        found: list[Mention] = []
        i = 0
        while i < len(self.toks):
            mention = self._parse(i)
            if mention is None:
                i += 1
                continue
            if mention.kind != "common":
                found.append(mention)
            i = max(mention.last, i + 1)
        without_branch_places(found, self.toks, self.branch_nouns, self.branch_linkers)
        return [m for k, m in enumerate(found) if not modifies_next(m, found[k + 1 :], self.toks)]

    def _indefinite(self, tok: Token) -> bool:
        # By the word, its lemma ("Anderen" → ander) or its tag ("Alle": PIAT).
        lex = self.lex
        return (
            tok.low in lex.quantifiers
            or tok.lemma.lower() in lex.quantifier_lemmas
            or tok.pos in self.indefinite_tags
        )

    def _governed(self, i: int) -> bool:
        # Walk back over articles/adjectives to see whether a preposition
        # governs the noun phrase ("in einem Interview mit NBC").
        j = i - 1
        lex = self.lex
        while j >= 0 and (self.toks[j].low in lex.articles or self._inflected(self.toks[j])):
            j -= 1
        if not self.adjectives_inflected:
            # "of brokerage X", "at the investment firm X": where modifiers do
            # not inflect, up to two lower-case words may stand between.
            k = j
            while (
                k >= 0 and j - k < 2 and self.toks[k].text.islower() and self.toks[k].text.isalpha()
            ):
                if self.toks[k].low in lex.prepositions:
                    return True
                k -= 1
                while k >= 0 and self.toks[k].low in lex.articles:
                    k -= 1
            return k >= 0 and self.toks[k].low in lex.prepositions
        return j >= 0 and self.toks[j].low in lex.prepositions

    def _modifier(self, tok: Token) -> bool:
        # Between an article and its noun: an inflected adjective where
        # adjectives inflect, else any lower-case word.
        return self._inflected(tok) if self.adjectives_inflected else tok.text.isalpha()

    def _inflected(self, tok: Token) -> bool:
        # An inflected adjective in lower case ("des aktuellen Präsidenten").
        return bool(self.adjective.match(tok.text))

    def _cap_word(self, k: int) -> bool:
        tok = self.toks[k]
        if not tok.cap or not tok.text[0].isalpha():
            return False
        following = self.toks[k + 1].text if k + 1 < len(self.toks) else ""
        if len(tok.text) == 1 and following != ".":
            return False  # "mg/L", "Plan B": a letter, not an initial
        low = tok.low
        lex = self.lex
        if k == 0 or self._after_boundary(k):
            if low in lex.sentence_adverbs or low in lex.articles:
                return False
            if low in lex.prepositions or low in lex.pronouns:
                return False
            if low in lex.not_name_openers or tok.pos in self.adverb_tags:
                return False
        # "the Carrick-based airline", "the state-owned lender": an adjective.
        if self.modifier_suffixes and low.endswith(self.modifier_suffixes):
            return False
        # "Thursday's board meeting": a day, with or without its clitic.
        if low in lex.weekdays or without_clitic(low) in lex.weekdays:
            return False
        if low in lex.months:
            # "Jan. 14" is a date, "Jan Ullrich" a name.
            following = self.toks[k + 1].text if k + 1 < len(self.toks) else ""
            if (
                len(low) > 4
                or following == "."
                or following[:1].isdigit()
                or not following[:1].isupper()
            ):
                return False
        return True

    def _after_boundary(self, k: int) -> bool:
        return k > 0 and self.toks[k - 1].text in (",", ":", ";", "—", "–", "(")

    def _parse(self, i: int) -> Mention | None:
        toks = self.toks
        tok = toks[i]
        lex = self.lex
        if tok.low in lex.pronouns:
            return Mention("pronoun", i, i + 1, tok.text)
        j = i
        definite = False
        if tok.low in lex.articles:
            definite = tok.low in lex.definite
            j += 1
        age = pack(lex.code).pattern("age_noun")
        if j > i and j < len(toks) and definite and age.match(toks[j].text):
            # "die 63-Jährige", "the 57-year-old": a person by age, resolved
            # like a pronoun.
            return Mention("pronoun", i, j + 1, toks[j].text, head="age", determiner=tok.low)
        adjectives = 0
        while (
            j > i
            and j < len(toks)
            and adjectives < 3
            and not toks[j].cap
            and self._modifier(toks[j])
            and toks[j].low not in lex.role_nouns
            and toks[j].low not in lex.vague_sources
            and (toks[j].low not in lex.document_nouns)
            # "A preliminary assessment by X": a preposition ends the phrase.
            and toks[j].low not in lex.prepositions
        ):
            if toks[j].low in lex.reporting_verbs and (not self.adjectives_inflected or i == 0):
                # "Das sagte VDA-Präsidentin …": a pronoun opening the
                # sentence before its verb, not an article before a participle.
                break
            j += 1
            adjectives += 1
        words = self._head_words(j)
        if not words:
            return None
        end = j + len(words)
        # Skip "." tokens belonging to abbreviations inside the run.
        words = [w for w in words if w.text != "." and w.text not in "()"]
        kind = head_kind(words, self.lang)
        if kind == "org" and len(words) == 1 and term_short_form(self.toks, i):
            # "twenty-foot equivalent units (TEU)": letters for a term, no body.
            return Mention("common", i, end, words[0].text)
        if kind == "org" and words[0].low in lex.public_body_heads and self._governed(i):
            # "im Landkreis Wendlingen": after a preposition, the place.
            kind = "name"
        if kind == "name" and self._noun_before_given_name(words, j > i):
            # "den Schäfer Jonas Wetterich", "Landwirt Jonas Brettschneider":
            # where the middle one of three capitalised words is a given name
            # (known, or tagged so after an article), the first is a noun of
            # function, whatever the tagger makes of an invented surname.
            kind, words = "person", words[1:]
        if kind == "org" and ends_in_person(words, self.lang):
            # "Der Wendelsheimer Gemeinderat Markus Feldhahn": a body's word
            # before a known first name and a surname says what the person is.
            kind, words = "person", words[-2:]
        if len(words) > 1 and kind in ("name", "noun", "org") and self._indefinite(words[0]):
            # "Andere Produkte", "Weitere Filialen", "Other Products": a counted
            # common noun is nobody in particular; with a vague word it is a
            # vague source ("Viele Experten").
            if not any(w.low in lex.vague_sources for w in words):
                return Mention("common", i, end, self.text[words[0].start : words[-1].end])
            kind = "vague"
        if kind == "noun" and len(words) == 1 and words[0].text in self.surnames:
            kind = "person"
        if (
            kind == "noun"
            and len(words) == 1
            and (
                (words[0].text in self.names and any(t.low in lex.reporting_verbs for t in toks))
                or described_next(
                    self.toks, end, self.lex, self.participle_tags, self.nouns_capitalised
                )
            )
        ):
            # Only as someone who says something or is described ("X, a
            # start-up, …"): a one-word name opening a plain sentence may as
            # well be a place ("Harnford was hit …").
            kind = "name"
        if kind == "noun":
            # A lone capitalised word is a name only where a common noun is
            # unlikely: where nouns are capitalised, clause-initial beside a
            # reporting verb ("Zelensky betonte"); elsewhere anywhere but
            # clause-initial unless a reporting verb follows ("Hartmann said").
            single_initial = len(words) == 1 and (
                j == 0 or self._after_boundary(j) or (j == 1 and toks[0].low in lex.definite)
            )
            verb_next = end < len(toks) and toks[end].low in lex.reporting_verbs
            # Inversion at the end of a sentence: "..., sagte Kessler."
            verb_next = verb_next or (
                len(words) == 1
                and j > 0
                and toks[j - 1].low in lex.reporting_verbs
                and (end == len(toks) or toks[end].text in ".,;:")
            )
            # "…“, sagte Brehm.": right after a reporting verb that follows the
            # quotation, a lone capitalised word closing the sentence is its speaker.
            # So is one followed by whom it was said to or when ("…“, sagte
            # Hollmann der Zeitung.", "…“, sagte Brehm am Montag.").
            closes_inversion = (
                len(words) == 1
                and j > 0
                and toks[j - 1].low in lex.reporting_verbs
                and (j == 1 or toks[j - 2].text == ",")
                and (
                    end == len(toks)
                    or toks[end].text == "."
                    or toks[end].low in lex.articles
                    or toks[end].low in lex.prepositions
                    # "…“, sagte Stanić, der drei Monate im Krankenhaus lag."
                    or (
                        toks[end].text == ","
                        and end + 1 < len(toks)
                        and toks[end + 1].low in lex.relatives
                    )
                )
            )
            if not words[0].cap:
                return None
            if (
                self.nouns_capitalised
                and not (single_initial and verb_next)
                and not closes_inversion
            ):
                return None
            if not self.nouns_capitalised and single_initial and not verb_next:
                return None
            kind = "name"
        if kind == "name" and len(words) == 1 and words[0].low in lex.vague_sources:
            kind = "vague"
        if (
            kind == "vague"
            and len(words) == 1
            and i > 0
            and toks[i - 1].low in pack(lex.code).word_list("comparison_adverbs")
        ):
            # "fast doppelt so viele wie …", "as many as": a quantity, no source.
            return Mention("common", i, end, words[0].text)
        if kind == "name" and self.nouns_capitalised and i > 0 and counted(toks[i - 1], lex):
            return None  # "mehrere Kisten Wein", "zwei Rucksäcke Werkzeug"
        described = (
            kind == "name"
            and j == i
            and i > 0
            and not toks[i - 1].cap
            and company_descriptor(toks[i - 1].low, lex)
        )
        if described:
            # "energy supplier Northfield Power", "the retailer Pellow's": a
            # name right after a noun for a kind of firm is that firm.
            kind = "org"
        mention = Mention(
            kind,
            i,
            end,
            clean_name(words, kind, self.text, self.lang),
            head=words[-1].low,
            definite=definite,
            determiner=tok.low if j > i else "",
            governed=self._governed(i),
            # Opening the sentence, the firm is its subject, as a rule the
            # article's; one in passing ("that the carrier X launched") is not.
            company=(described and i <= 4 and all(t.text != "," for t in toks[:i]))
            or (
                kind == "org"
                and len(words) > 1
                and (company_descriptor(words[0].low, lex) or business_name(words[0].low, lex))
            ),
        )
        if kind == "role" and j == i and i > 0 and toks[i - 1].cap and toks[i - 1].text.isalpha():
            mention.qualified = True
        if kind == "org" and without_clitic(words[-1].text) != words[-1].text:
            owned = self._owned_by(mention)
            if owned is not None:
                return owned
        takes_complement = kind in ("role", "vague", "document")
        if takes_complement or (kind == "org" and self.organisation_complements):
            self._attach_complement(mention)
        self._attach_acronym(mention)
        self._attach_members(mention)
        if kind == "role" and not mention.members:
            self._attach_apposition(mention)
        return mention

    def _noun_before_given_name(self, words: list[Token], after_article: bool) -> bool:
        given = given_name_gender(words[1].text, self.lex.code) is not None
        return (
            ((after_article and words[1].pos in self.proper_tags) or given)
            and self.nouns_capitalised
            and len(words) == 3
            and all(w.cap and w.text.isalpha() for w in words)
            and not any(is_org(w.low, self.lex) or is_acronym(w.text) for w in words)
        )

    def _owned_by(self, owner: Mention) -> Mention | None:
        # "the Federal Rail Agency's figures show", "the Agency's spokesman
        # said": the organisation's own document or spokesperson speaks for it,
        # as "figures from the Agency" and "a spokesman for the Agency" do.
        owned = self._parse(owner.last) if owner.last < len(self.toks) else None
        if owned is None or owned.complement or owned.members:
            return None
        if owned.kind == "document" or (
            owned.kind == "role" and owned.head in self.lex.spokespersons
        ):
            owner.last = owned.last
            return owner
        return None

    def _attach_acronym(self, mention: Mention) -> None:
        # "Gewerkschaft der Lokführer (GDL)": keep the acronym, it is how the
        # organisation is usually named later.
        toks, k = self.toks, mention.last
        if (
            k + 2 < len(toks)
            and toks[k].text == "("
            and is_acronym(toks[k + 1].text)
            and (toks[k + 2].text == ")")
        ):
            if mention.kind == "person":
                # "Jan Ullrich (CDU)": the party is not part of the name.
                mention.last = k + 3
                return
            if mention.kind == "role" and not mention.complement:
                mention.kind = "org"
            if mention.complement:
                mention.text = f"{mention.text} {mention.complement}"
                mention.complement = ""
            mention.text = f"{mention.text} ({toks[k + 1].text})"
            mention.last = k + 3

    def _attach_apposition(self, mention: Mention) -> None:
        # "die Leiterin des Gesundheitsamts, Dr. Katrin Albers": the name in
        # apposition is the better claimant than the role.
        k = mention.last
        if k + 1 < len(self.toks) and self.toks[k].text == ",":
            sub = self._parse(k + 1)
            # "According to the regulator, the company had …": a noun for a
            # body after the comma opens the clause; only a name is apposed.
            if sub is not None and sub.kind in ("person", "name", "org") and sub.text[:1].isupper():
                mention.kind = sub.kind
                mention.text = sub.text
                mention.complement = ""
                mention.last = sub.last

    def _head_words(self, j: int) -> list[Token]:
        toks = self.toks
        lex = self.lex
        words: list[Token] = []
        k = j
        while k < len(toks):
            tok = toks[k]
            if (
                self.nouns_capitalised
                and len(words) == 1
                and words[0].low in lex.document_nouns
                and tok.text[:1].isupper()
            ):
                # "nach seinen Angaben Wanderer …", "laut Bilanz Bergsteiger":
                # a document noun ends the phrase; the next noun starts anew.
                break
            if self._cap_word(k) or (
                not words
                and (
                    tok.low in lex.role_nouns
                    or tok.low in lex.vague_sources
                    or tok.low in lex.document_nouns
                )
            ):
                words.append(tok)
                k += 1
                if (
                    tok.low in lex.dotted_words
                    and k < len(toks)
                    and toks[k].text == "."
                    and toks[k].start == tok.end
                ):
                    words.append(toks[k])
                    k += 1
                continue
            # A legal form in mixed case closes the name: "Liftgesellschaft
            # Grauhorn eG".
            if words and tok.low in lex.corporate_suffixes and tok.text != tok.low:
                words.append(tok)
                k += 1
                continue
            # Organisation names joined by a pack's name_linkers: "National
            # Association of Manufacturers".
            if (
                words
                and tok.low in lex.name_linkers
                and k + 1 < len(toks)
                and (self._cap_word(k + 1) or toks[k + 1].low in lex.name_link_articles)
                and any(is_org(w.low, lex) for w in words)
            ):
                words.append(tok)
                k += 1
                continue
            # "Procter & Gamble", "Westfield Power & Light": an ampersand
            # joins the words of a firm's name in any language.
            if words and tok.text == "&" and k + 1 < len(toks) and self._cap_word(k + 1):
                words.append(tok)
                k += 1
                continue
            # "Industrie- und Handelskammer": a truncated compound.
            if (
                words
                and tok.text == "-"
                and tok.start == words[-1].end
                and k + 2 < len(toks)
                and toks[k + 1].low in lex.conjunctions
                and self._cap_word(k + 2)
            ):
                words.extend(toks[k : k + 2])
                k += 2
                continue
            # "Gewerkschaft Pflege und Dienste (GPD)": a conjunction inside
            # an organisation's name, which a short form in brackets closes.
            if words and tok.low in lex.conjunctions and any(is_org(w.low, lex) for w in words):
                tail = k + 1
                while tail < len(toks) and tail - k <= 3 and self._cap_word(tail):
                    tail += 1
                if (
                    tail > k + 1
                    and tail + 2 < len(toks)
                    and toks[tail].text == "("
                    and is_acronym(toks[tail + 1].text)
                    and toks[tail + 2].text == ")"
                ):
                    words.extend(toks[k:tail])
                    k = tail
                    continue
            # "(AGMN)" after an organisation name.
            if (
                words
                and tok.text == "("
                and k + 2 < len(toks)
                and is_acronym(toks[k + 1].text)
                and toks[k + 2].text == ")"
            ):
                k += 3
                continue
            break
        while words and not words[-1].cap and words[-1].text != ".":
            if (
                words[-1].low in lex.corporate_suffixes
                or words[-1].low in lex.role_nouns
                or words[-1].low in lex.vague_sources
                or (words[-1].low in lex.document_nouns)
            ):
                break
            words.pop()
        return words

    def _attach_complement(self, mention: Mention) -> None:
        # "Berater des aktuellen US-Präsidenten Donald Trump",
        # "adviser to Donald Trump", "a study ... by the X Network".
        toks = self.toks
        k = mention.last
        if k < len(toks) and toks[k].low in self.lex.complement_linkers:
            j = k + 1
            while j < len(toks) and (
                toks[j].low in self.lex.articles or (not toks[j].cap and self._inflected(toks[j]))
            ):
                j += 1
            words = self._head_words(j)
            words = [w for w in words if w.text != "."]
            if words and any(w.cap for w in words):
                mention.complement = self.text[toks[k].start : words[-1].end]
                mention.last = j + len(words)
                inner = head_kind(words, self.lang)
                if mention.kind in ("document", "vague") and inner not in ("noun", "vague"):
                    # "Angaben des Robert Koch-Instituts": the publisher speaks.
                    mention.kind = "org" if inner in ("org", "name") else inner
                    mention.text = clean_name(words, inner, self.text, self.lang)
                    mention.head = words[-1].low
                    mention.complement = ""

    def _attach_members(self, mention: Mention) -> None:
        # "Vertreter der Trump-Administration—insbesondere Außenminister Marco
        # Rubio und Sondergesandter Steve Wítkoff—": the named members speak.
        toks = self.toks
        k = mention.last
        if k < len(toks) and toks[k].text in (",", "—", "–", "(", "-"):
            k += 1
        window = " ".join(t.low for t in toks[k : k + 2])
        marker = next((m for m in self.lex.list_markers if window.startswith(m)), None)
        if marker is None:
            return
        k += len(marker.split())
        while k < len(toks) and toks[k].text not in (",", "—", "–", ")", ";"):
            sub = self._parse(k)
            if (
                sub is not None
                and sub.kind in ("person", "name", "role")
                and sub.text[:1].isupper()
            ):
                mention.members.append(sub.text)
                k = sub.last
            elif toks[k].low in self.lex.conjunctions or (sub is None and toks[k].cap):
                k += 1
            else:
                break
        if mention.members:
            mention.last = k

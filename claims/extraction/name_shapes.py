"""What kind of name a run of capitalised words is, and how much of it is the name.

"Außenminister Marco Rubio" is a person with a title, "Autozulieferer
Brandtner Automotive" a company with a descriptor, "Tom Abney KC" a person with
letters, "Gewerkschaft der Lokführer (GDL)" an organisation.  The chunker in
:mod:`.mentions` asks these rules; the words are the language packs'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon as lx
from .chunking import APOSTROPHES as _APOSTROPHES
from .languages import available_languages, pack
from .tokens import Token

if TYPE_CHECKING:
    from .mentions import Mention


def is_title(low: str, language: str) -> bool:
    # "GDL-Chef", "Ex-Minister": the part after the hyphen decides.  Each
    # language's own titles: an English "chef" is a cook, not a "Chef".
    lex = lx.for_language(language)
    titles, suffixes = lex.titles, lex.title_suffixes
    last = low.rsplit("-", 1)[-1]
    return (
        low in lex.personal_letters
        or last in titles
        or low in titles
        or bool(suffixes and len(low) > 8 and low.endswith(suffixes))
    )


def without_clitic(word: str) -> str:
    # "Agency's" is the word "Agency" with a clitic glued on (see
    # :func:`chunker_tokens`); the clitic hides neither its meaning nor its name.
    for apostrophe in _APOSTROPHES:
        stem, found, clitic = word.rpartition(apostrophe)
        if found and stem[-1:].isalpha() and clitic.isalpha():
            return stem
    return word


def is_org(low: str, lex: lx.Lexicon) -> bool:
    low = without_clitic(low)
    return low in lex.org_words or (len(low) > 4 and low.endswith(lex.org_suffixes))


def is_org_word(word: str, language: str | None = None) -> bool:
    """True for a word that marks an organisation ("University", "Landesamt").

    Without a language (a claimant's name on its own) any pack's words count.
    """
    if not word[:1].isupper():
        return False
    low = word.lower().strip(".,")
    codes = (language,) if language else available_languages()
    return any(is_org(low, lx.for_language(code)) for code in codes)


def is_acronym(text: str) -> bool:
    return len(text) >= 2 and text.isupper() and text.isalpha()


def counted(tok: Token, lex: lx.Lexicon) -> bool:
    return tok.text[:1].isdigit() or tok.low in lex.quantifiers


def company_descriptor(low: str, lex: lx.Lexicon) -> bool:
    # Also in the genitive: "des Mobilfunkanbieters Vantel".
    endings = lex.company_descriptor_suffixes
    return bool(endings) and (low.endswith(endings) or low.removesuffix("s").endswith(endings))


def business_name(low: str, lex: lx.Lexicon) -> bool:
    endings = lex.business_name_heads
    return bool(endings) and low.removesuffix("s").endswith(endings)


def function_noun(words: list[Token], language: str) -> bool:
    """A common noun before a first name and a surname: "Gesundheitsökonomin Ulrike Sandtner".

    Where nouns are capitalised the tagger tells a noun of function from a
    name; a pack's endings of such nouns (German "-in") stand in where it
    takes the first name for a noun.  A word of an organisation's name rules it out
    ("Stadtwerke Lindenau GmbH").
    """
    if len(words) != 3 or not pack(language).setting("nouns_capitalised"):
        return False
    lex = lx.for_language(language)
    proper = set(pack(language).setting("proper_noun_tags"))
    first, given, surname = words
    if any(is_org(w.low, lex) or is_acronym(w.text) for w in words):
        return False
    endings = tuple(pack(language).word_list("function_noun_endings"))
    return (
        first.pos[:1] == "N"
        and first.pos not in proper
        and surname.pos in proper
        and (given.pos in proper or bool(endings and first.low.endswith(endings)))
    )


def head_kind(words: list[Token], language: str) -> str:
    lex = lx.for_language(language)
    lows = [w.low for w in words]
    if len(words) > 1 and company_descriptor(lows[0], lex) and words[1].cap:
        return "org"  # "Autozulieferer Brandtner Automotive"
    if len(words) > 1 and business_name(lows[0], lex) and words[1].cap:
        return "org"  # "Brauerei Hollerbach"
    if len(words) > 1 and lows[0] in lex.public_body_heads and words[1].cap:
        return "org"  # "Gemeinde Grünwalde"
    if len(words) > 1 and without_clitic(lows[-1]) in lex.kind_nouns.get("company", ()):
        return "org"  # "Calder Vale Water", "Corrant Air": a firm's last word
    if any(low in lex.vague_sources for low in lows[-1:]):
        return "vague"
    named_org = len(words) > 1 and any(is_org(low, lex) for low in lows)
    document = lows[-1] in lex.document_nouns or lows[0] in lex.document_nouns
    # "nach Ministeriumsangaben", "nach VDA-Angaben": a compound of a document noun.
    document = document or bool(
        lex.document_compound_endings and lows[-1].endswith(lex.document_compound_endings)
    )
    if not named_org and document:
        return "document"
    titled = [k for k, low in enumerate(lows[:-1]) if is_title(low, language)]
    if titled and not words[titled[-1] + 1].cap:
        # "Police and Crime Commissioner for Westmoor": a title joined to the
        # place or body it serves is an office; no name follows it.
        return "role"
    if (
        (titled or function_noun(words, language))
        and words[-1].cap
        # "Wendmoor General Hospital": a name ending in a body's word is no person.
        and not is_org(lows[-1], lex)
    ):
        return "person"
    if len(words) > 2 and lows[-1] in lex.personal_letters and all(w.cap for w in words):
        return "person"  # "Tom Abney KC"
    if "&" in lows[1:-1] or any(
        is_org(low, lex) or (is_acronym(w.text) and low not in lex.personal_letters)
        for low, w in zip(lows, words, strict=True)
    ):
        return "org"
    if len(words) == 1 and any(
        lows[0].endswith(noun) and len(lows[0]) > len(noun) + 3 for noun in lex.company_nouns
    ):
        return "org"  # "das Familienunternehmen": a compound of a noun for a firm
    if len(words) == 1 and lows[0] in lex.countries:
        return "country"
    if lows[-1] in lex.role_nouns or is_title(lows[-1], language):
        return "role"
    if len(words) >= 2 and all(w.cap for w in words):
        return "name"
    return "noun"


def clean_name(words: list[Token], kind: str, sentence: str, language: str) -> str:
    # Keep titles and descriptors off the name: "Außenminister Marco Rubio"
    # -> "Marco Rubio", "Zeitung Axios" -> "Axios".  Everything before the
    # last title goes with it ("Swiss Environment Minister Daniel Roth").
    lex = lx.for_language(language)
    if kind in ("person", "name", "org"):
        cut = 0
        for i, w in enumerate(words[:-1]):
            if (kind != "org" and is_title(w.low, language)) or w.low in lex.descriptors:
                cut = i + 1
            elif i == 0 and (
                (kind == "person" and function_noun(words, language))
                or (kind == "org" and company_descriptor(w.low, lex))
            ):
                cut = 1
            elif kind == "org" and not w.cap and w.low in lex.role_nouns and words[i + 1].cap:
                cut = i + 1  # "the animal welfare group Captive Watch"
        words = words[cut:]
        if kind == "person" and len(words) > 2 and words[-1].low in lex.personal_letters:
            words = words[:-1]  # "Tom Abney KC" is Tom Abney
    end = words[-1].end
    if kind == "org":
        end = words[-1].start + len(without_clitic(words[-1].text))  # "the Agency's"
    last = words[-1].low
    abbreviated = last in lex.corporate_suffixes or (last in lex.dotted_words and len(last) <= 3)
    if kind == "org" and abbreviated and sentence[end : end + 1] == ".":
        # "Northgate Homes Inc.", but not the full stop after "the Weather Office".
        end += 1
    return sentence[words[0].start : end]


def ends_in_person(words: list[Token], language: str) -> bool:
    """A run of capitalised words closing on a known first name and a surname."""
    if len(words) < 3:
        return False
    lex = lx.for_language(language)
    given, surname = words[-2], words[-1]
    return (
        given_name_gender(given.text, language) is not None
        and not is_title(given.low, language)
        and surname.cap
        and surname.text.isalpha()
        and not is_org(surname.low, lex)
        and surname.low not in lex.corporate_suffixes
    )


def term_short_form(toks: list[Token], i: int) -> bool:
    """Letters in brackets after a lower-case word: "equivalent units (TEU)"."""
    return (
        i >= 2
        and toks[i - 1].text == "("
        and toks[i - 2].text.isalpha()
        and toks[i - 2].text.islower()
        and is_acronym(toks[i].text)
    )


def given_name_gender(word: str, language: str) -> str | None:
    """'f' or 'm' for a given name or a title the pack lists ("Fiona", "Herr"), else None."""
    low = word.lower().strip(".")
    words = pack(language).word_list
    if low in words("female_given_names") or low in words("feminine_titles"):
        return "f"
    if low in words("male_given_names") or low in words("masculine_titles"):
        return "m"
    return None


def names_a_person(m: Mention, language: str) -> bool:
    # "Stadtrat Jonas Erlbach" is a councillor, not the council: a given name
    # the pack knows before the last word makes a person.
    if m.kind == "person":
        return True
    words = m.text.split()
    return len(words) > 1 and any(given_name_gender(w, language) for w in words[:-1])

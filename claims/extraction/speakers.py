"""Who speaks in first-person text: bylines, speaker labels, sender handles.

A news report quotes others; a speech, an interview answer, a press release,
a post or a debate turn is said by one speaker, who is the claimant of every
sentence that does not name another source.  The speaker comes from the
text itself: its opening line ("Speech by Mayor Elena Brooks", "Interview mit
Pflegedienstleiterin Sabine Krüger", "@handle", a press-release marker and
the issuer in the headline) or a label before a colon ("HALL:", "Webb:").
What counts as such a line is data in the language pack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .languages import LanguagePack
from .lexicon import for_language

_NAME = r"[A-ZÄÖÜ][\w'’.-]*(?:[ \t]+[A-ZÄÖÜ][\w'’.-]*){0,2}"
# "Name:", and the sender labels of a feed: "Display Name (@handle):" and a
# bare "@handle:".  A display name before a handle may be written any way.
_LABEL = re.compile(
    r"^(?:(?P<display>[^\s:()@][^\n:()@]{0,60}?)[ \t]+\(@(?P<handle>\w{1,40})\)"
    r"|@(?P<bare>\w{1,40})"
    rf"|(?P<label>{_NAME}))"
    r"[ \t]*:[ \t]+(?=\S)"
)
_HANDLE = re.compile(r"^@(?P<handle>\w{2,40})\s*$")
# The leading run of capitalised words of a headline: its issuer.
_ISSUER = re.compile(r"^(?P<name>(?:[A-ZÄÖÜ][\w&.'’-]*[ \t]+){0,5}[A-ZÄÖÜ][\w&.'’-]*)")
_OPENING_LINES = 3
_THREAD_MIN_LINES = 4


@dataclass(frozen=True)
class Label:
    """A speaker label at the start of a line; ``speaker`` is "" for a moderator."""

    speaker: str
    end: int  # offset just after the label and its colon


def _clean_name(name: str, pk: LanguagePack) -> str | None:
    # "Mayor Elena Brooks" → "Elena Brooks", "union steward Marcus Webb" →
    # "Marcus Webb": titles and lower-case descriptions go.
    words = name.strip(" \t,.;:–—-\"'„“”»«").split()
    titles = pk.word_list("titles")
    suffixes = tuple(pk.word_list("title_suffixes"))
    while words and (
        words[0][:1].islower()
        or words[0].lower().strip(".") in titles
        or (suffixes and len(words[0]) > 8 and words[0].lower().endswith(suffixes))
    ):
        words.pop(0)
    return " ".join(words) or None


def document_speaker(body_lines: list[str], pk: LanguagePack) -> str | None:
    """The speaker of the whole text, from its opening lines, or None."""
    opening = [line.strip() for line in body_lines if line.strip()][:_OPENING_LINES]
    for line in opening:
        handle = _HANDLE.match(line)
        if handle:
            return handle.group("handle")
        found = pk.pattern("document_speaker").search(line)
        if found:
            name = next((g for g in found.groups() if g), "")
            cleaned = _clean_name(name, pk)
            if cleaned:
                return cleaned
    if any(pk.pattern("press_release").match(line) for line in opening):
        # The issuer leads the headline: "Northfield Dairy Cooperative recalls ...".
        for line in opening:
            if pk.pattern("press_release").match(line):
                continue
            issuer = _ISSUER.match(line)
            words = issuer.group("name").split() if issuer else []
            # "Die Feldkorn Backwaren GmbH ruft … zurück": the article is no part of it.
            if words and words[0].lower() in for_language(pk.code).articles:
                words = words[1:]
            if len(words) >= 2:
                return " ".join(words)
    return None


def _label_name(found: re.Match[str]) -> str:
    return (found.group("display") or found.group("bare") or found.group("label")).strip()


def _label_counts(body_lines: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in body_lines:
        found = _LABEL.match(line.strip())
        if found:
            counts[_label_name(found)] = counts.get(_label_name(found), 0) + 1
    return counts


def is_thread(body_lines: list[str]) -> bool:
    """True for a thread of comments or a feed: most lines open with a sender label."""
    filled = sum(1 for line in body_lines if line.strip())
    labelled = sum(_label_counts(body_lines).values())
    return labelled >= _THREAD_MIN_LINES and labelled * 2 >= filled


def speaker_labels(body_lines: list[str], author: str | None) -> frozenset[str]:
    """The labels that mark turns in this text.

    A capitalised word before a colon is also how a headline or a list item
    starts ("Verkehrskontrollen: 312 Verstöße"); a label counts as a speaker
    when it is written in capitals ("HALL:"), opens at least two lines, or is
    part of the name of the text's speaker.
    """
    counts = _label_counts(body_lines)
    author_words = set((author or "").split())
    # A thread of comments: most lines open with their sender's name, each
    # perhaps only once ("Petra Wagner: …", "Uwe Richter: …").  A name with
    # its handle ("Jas Gill (@jasgill):") is a sender wherever it stands.
    # A bare "@USER:" is no shouted transcript label.
    thread = is_thread(body_lines)
    found = [m for line in body_lines if (m := _LABEL.match(line.strip()))]
    handles = {_label_name(m) for m in found if m.group("handle")}
    bare = {_label_name(m) for m in found if m.group("bare")}
    return frozenset(
        label
        for label, count in counts.items()
        if thread
        or count >= 2
        or (label.isupper() and label not in bare)
        or label in handles
        or set(label.split()) & author_words
    )


def speaker_label(
    sentence: str,
    pk: LanguagePack,
    accepted: frozenset[str] | None = None,
    author: str | None = None,
) -> Label | None:
    """The label of a line opening with "NAME:", or None if it is no speaker.

    ``accepted`` (from :func:`speaker_labels`) limits which labels count.  An
    answer label ("Antwort:", "A:") gives the turn to ``author``, the text's
    own speaker, if the opening lines name one.
    """
    found = _LABEL.match(sentence)
    if not found:
        return None
    label = _label_name(found)
    first = label.split()[0].lower()
    if first in pk.word_list("not_speakers") or label.lower() in pk.word_list("not_speakers"):
        return None
    if label.lower() in pk.word_list("answer_speakers"):
        return Label(author or "", found.end())
    if label.lower() in pk.word_list("non_claimant_speakers") or first in pk.word_list(
        "non_claimant_speakers"
    ):
        return Label("", found.end())  # "Frage:", "MODERATOR:": a turn without a claimant
    if accepted is not None and label not in accepted:
        return None
    if label.isupper() and len(label) > 3 and not found.group("bare"):
        label = label.title()  # transcripts shout: "HALL" is Hall
    return Label(_clean_name(label, pk) or label, found.end())

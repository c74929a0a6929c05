"""The public entry point: body text in, scored sentences and candidates out."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .claimants import ClaimantContext, attribute, refers_back
from .language import SUPPORTED_LANGUAGES, detect_language
from .scoring import score_sentence
from .sentences import LINE_BREAK, line_spans, split_sentences

DEFAULT_THRESHOLD = 0.5


@dataclass(frozen=True)
class Sentence:
    """One sentence of the body; ``body[start:end] == text``."""

    text: str
    start: int
    end: int
    claimant: str | None
    checkworthiness: float
    reasons: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Candidate(Sentence):
    """A sentence scored at or above the threshold: proposed for checking."""


@dataclass(frozen=True)
class Extraction:
    language: str
    title: str | None
    sentences: list[Sentence]
    candidates: list[Candidate]


def _title_span(lines: list[tuple[int, int]], body: str) -> tuple[int, int] | None:
    for start, end in lines:
        line = body[start:end]
        if line.strip():
            return start + len(line) - len(line.lstrip()), start + len(line.rstrip())
    return None


def _line_without_full_stop(body: str, line: tuple[int, int], start: int, end: int) -> bool:
    # A whole line without terminal punctuation is a headline or subheading
    # ("Was bisher bekannt ist"), not a sentence making a claim.
    line_start, line_end = line
    if body[line_start:start].strip() or body[end:line_end].strip():
        return False
    return body[start:end].rstrip("\"'“”’«»)]").endswith((".", "!", "?", ":")) is False


def _give_source_to_previous(
    sentences: list[Sentence], candidates: list[Candidate], claimant: str
) -> None:
    # "Die Zahl stieg um 18,5 Prozent. Das geht aus dem Jahresbericht des
    # Ministeriums hervor.": the source sentence names who made the claim before.
    previous = sentences[-1]
    if previous.claimant is not None:
        return
    sentences[-1] = replace(previous, claimant=claimant)
    if candidates and candidates[-1].start == previous.start:
        candidates[-1] = replace(candidates[-1], claimant=claimant)


def extract_claims(
    body: str,
    language: str | None = None,
    *,
    has_title_line: bool = True,
    threshold: float = DEFAULT_THRESHOLD,
) -> Extraction:
    """Split ``body`` into sentences, score each and return the candidates."""
    lang = language if language in SUPPORTED_LANGUAGES else detect_language(body)
    lines = line_spans(body)
    title_span = _title_span(lines, body) if has_title_line else None
    title = body[title_span[0] : title_span[1]] if title_span else None

    # A single pasted sentence without a full stop is a claim, not a headline.
    multiline = sum(1 for s, e in lines if body[s:e].strip()) > 1
    context = ClaimantContext()
    sentences: list[Sentence] = []
    candidates: list[Candidate] = []
    previous_end = 0
    line_index = 0
    for start, end in split_sentences(body, lang):
        text = body[start:end]
        if LINE_BREAK.search(body, previous_end, start):
            context.new_paragraph()
        previous_end = end
        while lines[line_index][1] < start:
            line_index += 1
        in_title = title_span is not None and title_span[0] <= start < title_span[1]
        headline = in_title or (
            multiline and _line_without_full_stop(body, lines[line_index], start, end)
        )
        attribution = attribute(text, lang, context)
        if attribution.claimant and sentences and refers_back(text):
            _give_source_to_previous(sentences, candidates, attribution.claimant)
        score = score_sentence(text, lang, attribution, is_headline=headline)
        fields = dict(
            text=text,
            start=start,
            end=end,
            claimant=attribution.claimant,
            checkworthiness=score.value,
            reasons=score.reasons,
        )
        sentences.append(Sentence(**fields))
        if score.value >= threshold:
            candidates.append(Candidate(**fields))
    return Extraction(language=lang, title=title, sentences=sentences, candidates=candidates)

"""The public entry point: body text in, scored sentences and candidates out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .chunking import opens_with_quote, quote_mark, quote_spans
from .claimants import Attribution, ClaimantContext, attribute, refers_back
from .language import SUPPORTED_LANGUAGES, detect_language
from .languages import LanguagePack, pack
from .model import active_model
from .scoring import score_sentence
from .sentences import LINE_BREAK, line_spans, split_with_tokens
from .speakers import document_speaker, is_thread, speaker_label, speaker_labels
from .tokens import Token, tokens_in

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
    # Which weights scored the sentences (the model card's id).
    model_id: str = ""
    # "comment" for a short reader comment or post, else None (see ``text_genre``).
    genre: str | None = None
    # The model's input per sentence, in the order of ``sentences``; what
    # training and the benchmarks read.  Not part of any output format.
    features: list[dict[str, float]] = field(default_factory=list, repr=False)


_TITLE_MAX_WORDS = 20


def _title_span(lines: list[tuple[int, int]], body: str) -> tuple[int, int] | None:
    # A text of one line (a pasted comment, a post) has no title, and neither
    # has one whose first line is already a long sentence with its full stop.
    filled = [(start, end) for start, end in lines if body[start:end].strip()]
    if len(filled) < 2:
        return None
    start, end = filled[0]
    line = body[start:end]
    stripped = line.strip()
    if len(stripped.split()) > _TITLE_MAX_WORDS and stripped.endswith((".", "!")):
        return None
    return start + len(line) - len(line.lstrip()), start + len(line.rstrip())


_HEADLINE_MAX_WORDS = 14
COMMENT = "comment"
ARTICLE = "article"  # scoring only: ``Extraction.genre`` stays "comment" or None
_COMMENT_MAX_CHARS = 1_200
_COMMENT_MAX_LINES = 3


def text_genre(body: str) -> str | None:
    """Return "comment" for a short text that opens with a sentence, not a headline.

    Reader comments and posts are a few sentences without a title; a news
    article, a press release or a transcript opens with a title line and runs
    longer.  Read from the text alone: at most 1,200 characters and three
    lines, the first of which ends like a sentence or a lead-in ("hier:").
    """
    filled = [line.strip() for line in body.splitlines() if line.strip()]
    if not filled or len(body.strip()) > _COMMENT_MAX_CHARS or len(filled) > _COMMENT_MAX_LINES:
        return None
    first = filled[0].rstrip("\"'“”’«»)]")
    if len(filled) == 1 or first.endswith((".", "!", "?", ":")) or re.search(r"\S+://\S+$", first):
        return COMMENT
    return None


def _line_without_full_stop(
    body: str, line: tuple[int, int], start: int, end: int, tokens: list[Token]
) -> bool:
    # A whole line without terminal punctuation is a headline or subheading
    # ("Was bisher bekannt ist"), not a sentence making a claim.  A line that
    # ends in a link, or runs long, is a comment or a post that lacks its
    # full stop: links are evidence, not headline furniture.
    line_start, line_end = line
    if body[line_start:start].strip() or body[end:line_end].strip():
        return False
    if tokens and (tokens[-1].kind in ("URL", "email_address", "hashtag", "emoticon")):
        return False
    if sum(1 for t in tokens if t.kind == "regular") > _HEADLINE_MAX_WORDS:
        return False
    return body[start:end].rstrip("\"'“”’«»)]").endswith((".", "!", "?", ":")) is False


def _give_source_to_previous(
    sentences: list[Sentence],
    candidates: list[Candidate],
    claimant: str,
    *,
    force: bool = False,
    index: int = -1,
) -> None:
    # "Die Zahl stieg um 18,5 Prozent. Das geht aus dem Jahresbericht des
    # Ministeriums hervor.": the source sentence names who made the claim before.
    previous = sentences[index]
    if previous.claimant is not None and not force:
        return
    sentences[index] = replace(previous, claimant=claimant)
    for k, candidate in enumerate(candidates):
        if candidate.start == previous.start:
            candidates[k] = replace(candidate, claimant=claimant)


def _open_quote(text: str) -> bool:
    # A double quotation mark outside any closed quotation: the quote starts
    # or ends in another sentence.
    spans = quote_spans(text)
    return any(
        quote_mark(ch) == "double" and not any(a <= k < b for a, b in spans)
        for k, ch in enumerate(text)
    )


def _quoted_before(sentences: list[Sentence], text: str) -> list[int]:
    """Indices of the earlier sentences of a quotation that ``text`` closes.

    '"The city paid for it three times. It was never repaved," she said.':
    the first sentence opens the quotation, the second closes it and names
    the speaker of both.
    """
    if not _open_quote(text) or opens_with_quote(text):
        return []
    found: list[int] = []
    for k in range(len(sentences) - 1, max(-1, len(sentences) - 4), -1):
        before = sentences[k].text.strip()
        found.append(k)
        if opens_with_quote(before) and _open_quote(before):
            return found
        if any(quote_mark(ch) for ch in before):
            return []
    return []


def _quotation_only(text: str) -> bool:
    # „Allein die Hersteller haben … geschaffen.“ — a quotation and nothing else.
    stripped = text.strip()
    return [(0, len(stripped))] == quote_spans(stripped)


def _speaker_claimant(
    attribution: Attribution,
    text: str,
    language_pack: LanguagePack,
    speaker: str | None,
    author: str | None,
) -> str | None:
    # In first-person text whoever speaks is the claimant of what they say,
    # unless the sentence reports someone else ("das sagt das Statistische
    # Bundesamt").  A moderator's turn ("") has no speaker of its own.
    claimant = attribution.claimant
    voice = speaker if speaker is not None else author
    if claimant is not None and claimant.lower() in language_pack.word_list("self_references"):
        claimant = None
    if not voice:
        return claimant
    first_person = bool(language_pack.pattern("first_person").search(text))
    if claimant is None or (first_person and not attribution.attributed):
        return voice
    return claimant


def extract_claims(
    body: str,
    language: str | None = None,
    *,
    has_title_line: bool = True,
    threshold: float = DEFAULT_THRESHOLD,
) -> Extraction:
    """Split ``body`` into sentences, score each and return the candidates."""
    lang = language if language in SUPPORTED_LANGUAGES else detect_language(body)
    model = active_model()
    lines = line_spans(body)
    genre = text_genre(body)
    # A comment opens with a sentence: it has no title even where one is expected.
    title_span = _title_span(lines, body) if has_title_line and genre != COMMENT else None
    title = body[title_span[0] : title_span[1]] if title_span else None

    # A single pasted sentence without a full stop is a claim, not a headline;
    # so is a line of a comment, which often lacks its full stop.
    multiline = sum(1 for s, e in lines if body[s:e].strip()) > 1 and genre != COMMENT
    context = ClaimantContext()
    language_pack = pack(lang)
    body_lines = [body[s:e] for s, e in lines]
    author = document_speaker(body_lines, language_pack)
    turn_labels = speaker_labels(body_lines, author)
    thread = is_thread(body_lines)
    # A titled text of several lines that is neither a thread nor a transcript
    # reads as news: its words are weighed by the article layer as well.
    scored_as = ARTICLE if title_span and multiline and not thread and not turn_labels else genre
    speaker: str | None = None  # the current "NAME:" label; "" for a moderator
    # Who speaks the quotation a sentence opened and no sentence has closed.
    quotation_speaker: str | None = None
    sentences: list[Sentence] = []
    candidates: list[Candidate] = []
    features: list[dict[str, float]] = []
    previous_end = 0
    line_index = 0
    for start, end, tokens in split_with_tokens(body, lang):
        text = body[start:end]
        if LINE_BREAK.search(body, previous_end, start):
            context.new_paragraph()
        previous_end = end
        while lines[line_index][1] < start:
            line_index += 1
        in_title = title_span is not None and title_span[0] <= start < title_span[1]
        label = None
        if not in_title and not body[lines[line_index][0] : start].strip():
            label = speaker_label(text, language_pack, turn_labels, author)
            if label is not None:
                speaker = label.speaker
        # In a thread a line opening with its sender is a comment, which often
        # lacks its full stop ("Anna: Die Bauern kassieren doch Milliarden").
        headline = in_title or (
            multiline
            and not (thread and label is not None)
            and _line_without_full_stop(body, lines[line_index], start, end, tokens)
        )
        # The label is not part of what is said: "HALL: The county now ...".
        said = label.end if label else 0
        context.in_title = in_title
        attribution = attribute(
            text[said:], lang, context, tokens_in(tokens, start + said, end, offset=start + said)
        )
        if attribution.claimant and sentences and refers_back(text, lang):
            # "„…“ Das sagte X.": the quotation before is X's, whoever the
            # sentences before it cited.
            force = _quotation_only(sentences[-1].text)
            _give_source_to_previous(sentences, candidates, attribution.claimant, force=force)
        if attribution.claimant and attribution.specific and attribution.attributed:
            for k in _quoted_before(sentences, text):
                _give_source_to_previous(
                    sentences, candidates, attribution.claimant, force=True, index=k
                )
        opens_quotation = opens_with_quote(text) and _open_quote(text)
        if (
            quotation_speaker
            and not opens_quotation
            and not (attribution.specific and attribution.attributed)
        ):
            # The rest of a quotation that runs over several sentences is its
            # speaker's ('"We are not there yet. We have opened 28 beds."').
            attribution = replace(attribution, claimant=quotation_speaker)
        if thread and speaker and not attribution.reported:
            # A sender speaks for their own line, also where it cites a source
            # ("laut Bundesagentur …") or opens with a noun; only what it
            # reports another named speaker as saying is theirs.
            claimant = speaker
        else:
            claimant = _speaker_claimant(attribution, text, language_pack, speaker, author)
        # Token offsets are into the body; ``offset`` maps them onto ``text``.
        score = score_sentence(
            text,
            lang,
            attribution,
            is_headline=headline,
            tokens=tokens,
            offset=start,
            model=model,
            genre=scored_as,
        )
        features.append(score.features)
        fields = dict(
            text=text,
            start=start,
            end=end,
            claimant=claimant,
            checkworthiness=score.value,
            reasons=score.reasons,
        )
        sentences.append(Sentence(**fields))
        if opens_quotation:
            quotation_speaker = claimant
        elif quotation_speaker and _open_quote(text):
            quotation_speaker = None  # the quotation closes here
        if score.value >= threshold:
            candidates.append(Candidate(**fields))
        # A view, plan, demand or reaction is no account of facts: the plain
        # facts after it are not its speaker's.  A sentence that only names
        # the source of the one before ("Das teilte X mit.") is.
        context.after_view = score.value < threshold and not (
            refers_back(text, lang) or language_pack.pattern("attribution_only").match(text)
        )
    return Extraction(
        language=lang,
        title=title,
        sentences=sentences,
        candidates=candidates,
        model_id=model.model_id,
        genre=genre,
        features=features,
    )


def score_sentences(
    body: str, language: str | None = None, *, has_title_line: bool = True
) -> list[Sentence]:
    """Every sentence of ``body`` with its score and reason codes, chosen or not.

    For triage views that show why a sentence was or was not proposed; the
    score is comparable to :data:`DEFAULT_THRESHOLD`.
    """
    return extract_claims(body, language, has_title_line=has_title_line).sentences

"""Transparent check-worthiness rules.

Each sentence starts from a neutral base score; positive signals (who said
what, figures, named actors, concrete events) raise it and negative signals
(opinion, vague sources, predictions, advice, headlines, questions) lower it.
Every signal that moved the score is reported as a reason code, so an editor
can see why a sentence was or was not proposed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .claimants import Attribution
from .languages import LanguagePack, available_languages, fallback_language, pack
from .lexical import FIGURE_KINDS, WORD_KINDS, word_features
from .meaning import meaning_features
from .model import LinearModel, active_model
from .tokens import Token


def gettext_noop(message: str) -> str:
    """Marks a label for the translation catalogue; Django translates it where it is shown."""
    return message


REASON_LABELS: dict[str, str] = {
    # Positive signals.
    "attributed_statement": gettext_noop("Attributed statement"),
    "figure_or_date": gettext_noop("Contains a figure or date"),
    "named_actor": gettext_noop("Names a specific actor"),
    "verifiable_event": gettext_noop("Describes a verifiable event"),
    # Negative signals.
    "opinion": gettext_noop("Opinion or assessment"),
    "anaphoric_assessment": gettext_noop("Comments on a previous statement"),
    "vague_source": gettext_noop("Vague or anonymous source"),
    "prediction": gettext_noop("Prediction about the future"),
    "advice": gettext_noop("Advice or demand"),
    "headline": gettext_noop("Headline"),
    "question": gettext_noop("Question"),
    "no_comment": gettext_noop("Declined to comment"),
    # Cues read from the token stream; the learned model weighs them.
    "record_or_superlative": gettext_noop("Record or superlative"),
    "comparison": gettext_noop("Comparison"),
    "absolute_claim": gettext_noop("Absolute claim"),
    "cites_link": gettext_noop("Cites a link"),
    "past_event": gettext_noop("Reports a past event"),
    # No cue fired, but the sentence's words carried it over the cut.
    "typical_wording": gettext_noop("Worded like check-worthy statements"),
}
POSITIVE_REASONS = (
    "attributed_statement",
    "figure_or_date",
    "named_actor",
    "verifiable_event",
    "record_or_superlative",
    "comparison",
    "absolute_claim",
    "cites_link",
    "past_event",
    "typical_wording",
)
NEGATIVE_REASONS = tuple(code for code in REASON_LABELS if code not in POSITIVE_REASONS)

# The hand-set rule weights the learned model replaced; kept as the fallback
# when no weights file can be read, and as the baseline the benchmarks show.
BASE = 0.25
WEIGHTS = {
    "attributed_statement": 0.30,
    "figure_or_date": 0.25,
    "named_actor": 0.15,
    "verifiable_event": 0.20,
    "opinion": -0.35,
    "anaphoric_assessment": -0.40,
    "vague_source": -0.35,
    "prediction": -0.30,
    "advice": -0.35,
    "headline": -0.70,
    "question": -0.50,
    "no_comment": -0.60,
}


_QUOTATION = re.compile(r"[„“\"‘]([^„“”\"‘’]+)[“”\"’]")
# A sentence that is mostly a quotation: '"We let our customers down," he said.'
_QUOTE_LED = re.compile(
    r"^[\"„“‘‚«»]([^\"“”’‘«»]+)[\"“”’‘«»]\s*,?\s*([^\s,]+\s+){1,10}?[^\s,]+"
    # the speaker's age, then perhaps a short description: "…, said Maya, 15,
    # one of the pupils."  Without an age a description may carry a finding
    # of the speaker's own ("…, said lead author X, an epidemiologist").
    r"(,\s*\d{1,3}(,\s*(?P<described>[^\d,.;]{2,40}))?)?"
    r"[.!?]?$"
)
# The second half of a quotation the splitter cut off from its first
# ('I take the blame for that," he said.'): no opening mark, a closing mark
# followed by a comma or space (not an apostrophe), then a short speaker tail,
# which may end in a clause about the speaker (', who was on board.').
_QUOTE_TAIL = re.compile(
    r"^([^\"„“”‘’«»]+)[\"“”’«»](?=[\s,])\s*,?\s*([^\s,]+\s+){1,10}?[^\s,]+"
    r"(,\s+[^\"„“”‘’«»,;]{1,80})?[.!?]?$"
)
# The first sentence of a quotation that runs on into the next one ('"I have
# never seen it this bad.'): an opening mark and no closing mark at all.
_QUOTE_OPEN = re.compile(r"^[\"„“‘‚«»]([^\"„“”’‘‚«»]+)$")
_SHORT_QUOTE = 5  # words; "Ask me again in 2027" is colour, not a claim
# A label put on something ("sprach von einem „schwarzen Tag für die Kultur in
# der Region“") is a phrase of a few words; a longer quotation says more.
_LABEL_WORDS = 8
_REPORTING = {
    lang: re.compile(
        r"\b(" + "|".join(sorted(lx.for_language(lang).reporting_verbs)) + r")\b", re.IGNORECASE
    )
    for lang in available_languages()
}


def _quoted_fragment(text: str) -> bool:
    # A quotation inside the sentence, of a few words, opening in lower case:
    # the speaker's phrase, not a title ("told the „Saalfurter Tagblatt“").
    return any(
        match.start() > 0
        and match.group(1)[:1].islower()
        and len(match.group(1).split()) <= _LABEL_WORDS
        for match in _QUOTATION.finditer(text)
    )


@dataclass(frozen=True)
class Score:
    value: float
    reasons: list[str]
    features: dict[str, float] = field(default_factory=dict)


_CURRENCY = frozenset("$€£%")
_LINK_KINDS = frozenset({"URL", "email_address"})


_COMMENT = "comment"  # pipeline.COMMENT; the pipeline imports this module
_YEAR = re.compile(r"(1[89]|20)\d\d(/\d\d)?")


def _has_figure(
    text: str, tokens: list[Token], pk: LanguagePack, offset: int, *, dates: bool = True
) -> bool:
    """Whether the sentence carries a figure; with ``dates=False``, one that is no date."""
    # Token classes, not regexes over characters: digits inside a URL
    # ("asa2024.com") or an ordinal century ("21st Century") are no figure.
    trivial = [m.span() for m in pk.pattern("trivial_figure").finditer(text)]
    undated = [] if dates else [m.span() for m in pk.pattern("date").finditer(text)]
    for i, tok in enumerate(tokens):
        figure = tok.kind in FIGURE_KINDS or (tok.kind == "symbol" and tok.text in _CURRENCY)
        # "Im Vorjahr waren es 121.": the tokenizer reads a number before the
        # closing full stop as an ordinal; at the end of a sentence it counts.
        figure = figure or (
            tok.kind == "ordinal" and i == len(tokens) - 1 and tok.text[:-1].isdigit()
        )
        if not figure or any(s <= tok.start - offset < e for s, e in trivial + undated):
            continue
        if not dates and _is_year(tok, tokens[i + 1] if i + 1 < len(tokens) else None):
            continue
        return True
    if not tokens and re.search(r"\d|[$€£]", text):
        return True  # the splitter's fallback path has no tokens
    return any(
        not any(s <= m.start() < e for s, e in undated) for m in pk.pattern("figure").finditer(text)
    )


def _is_year(tok: Token, following: Token | None) -> bool:
    # "bis 2030", "in 2027": a year; "2000 Stellen", "2027 euros" count something.
    counted = following is not None and following.pos[:1] == "N"
    return bool(_YEAR.fullmatch(tok.text)) and not counted


def _plan(tokens: list[Token], pk: LanguagePack) -> bool:
    """A modal of will or schedule with a bare infinitive in its clause ("will … setzen").

    A perfect infinitive ("soll … angenommen haben", "soll … gewesen sein") reports
    an allegation, and so does a bare "haben"/"sein" ("soll … Kontakte haben"):
    no plan anywhere in the sentence then.
    """
    modals = pk.pattern("plan_modal")
    infinitives = set(pk.setting("infinitive_tags"))
    if not infinitives:
        return False
    auxiliaries = set(pk.setting("perfect_auxiliaries"))
    # "Ich werde … gehen" is the speaker's own future, not the reported one.
    reported_only = pk.word_list("subjunctive")
    first_person = pk.word_list("self_references")
    found = False
    clause: list[Token] = []
    for tok in [*tokens, None]:
        if tok is not None and any(c.isalnum() for c in tok.text):
            clause.append(tok)
            continue
        verbs = [t for t in clause if t.pos[:1] == "V"]
        modal = next((t for t in verbs if modals.match(t.low)), None)
        if modal is not None and modal.low in reported_only:
            modal = None if any(t.low in first_person for t in clause) else modal
        if modal is not None:
            rest = [t for t in verbs if t is not modal]
            # An auxiliary right before a noun is a possessive the tagger
            # misread ("sein Mandant werde … äußern"), no perfect infinitive.
            following = {id(a): b for a, b in zip(clause, clause[1:], strict=False)}
            if any(t.lemma in auxiliaries and following.get(id(t), t).pos[:1] != "N" for t in rest):
                return False
            found = found or any(t.pos in infinitives or t.low == t.lemma.lower() for t in rest)
        clause = []
    return found


def _rule_reasons(
    text: str,
    pk: LanguagePack,
    attribution: Attribution,
    is_headline: bool,
    tokens: list[Token],
    offset: int,
    genre: str | None = None,
) -> list[str]:
    """The transparent cues of one sentence, as reason codes."""
    reasons: list[str] = []
    specific = attribution.specific and attribution.claimant is not None
    # Attributed to an identified speaker: opinions, advice and forecasts in
    # the reported clause are that speaker's claims, which can be checked.
    shielded = specific and attribution.attributed

    # A cause a named speaker gives ("führt … darauf zurück, dass", "blamed …
    # on") is the speaker's statement, though no verb of saying frames it.
    cause = bool(specific or attribution.named_mentions) and bool(pk.pattern("cause").search(text))
    if (attribution.attributed or cause) and not attribution.vague:
        reasons.append("attributed_statement")
    if _has_figure(text, tokens, pk, offset):
        reasons.append("figure_or_date")
    if specific or attribution.named_mentions:
        reasons.append("named_actor")
    # A closure, a merger or a rule taking effect set for a date is a decision
    # taken ("wird zum 1. März geschlossen"), neither a plan nor a view.
    decided = bool(pk.pattern("decided_change").search(text))
    if pk.pattern("events").search(text) or decided:
        reasons.append("verifiable_event")

    if is_headline:
        reasons.append("headline")
    if text.rstrip("\"'“”’«» )").endswith("?") or pk.pattern("open_question").search(text):
        reasons.append("question")
    anaphoric = bool(pk.pattern("anaphoric").match(text))
    if (
        anaphoric
        and re.match(r"^\w+\s+\w+\s", text)
        and not pk.pattern("copula_second").match(text)
    ):
        anaphoric = bool(pk.pattern("anaphor_noun").match(text)) or bool(
            pk.pattern("evidence_verb_second").match(text)
        )
    if anaphoric and (
        pk.pattern("record").match(text) or pk.pattern("anaphoric_figure").match(text)
    ):
        anaphoric = False
    if anaphoric:
        reasons.append("anaphoric_assessment")
    # A quoted personal view ("We let our customers down") stays an opinion
    # even when attributed: only a figure inside the quote makes it checkable.
    quoted = _QUOTE_LED.match(text)
    if (
        quoted
        and quoted.group("described")
        and pk.pattern("clause_opener").search(quoted.group("described"))
    ):
        # "…, said X, 61, whose house was destroyed": a clause of its own
        # follows the speaker, so the sentence is more than its quotation.
        quoted = None
    quoted = quoted or _half_quote(text, pk)
    quote = quoted.group(1) if quoted else ""
    # A quotation running on past this sentence counts only with an experience
    # or a judging word in it: a speaker's "we" may well report facts there.
    opening = _QUOTE_OPEN.match(text.rstrip())
    quotes = [*_QUOTATION.findall(text), opening.group(1) if opening else ""]
    experience = any(pk.pattern("experience").search(q) for q in quotes if q)
    experience = experience or bool(opening and pk.pattern("opinion").search(opening.group(1)))
    # A span of time in a quotation ("drei Sommer lang", "in the last ten
    # years") measures the speaker's experience, not an amount to check.
    counted = pk.pattern("duration").sub(" ", quote)
    quote_figure = bool(re.search(r"\d|[$€£]", counted) or pk.pattern("figure").search(counted))
    # A sentence that is a quotation and its speaker, with no figure in the
    # quotation, is the speaker's view or colour, in the first person or not
    # ("„Es war ein einziges Chaos“, sagte …"): on the project's blind
    # batches 22 of 24 such sentences were labelled no claim.
    quoted_view = experience or bool(
        quoted and (len(quote.split()) <= _SHORT_QUOTE or not quote_figure)
    )
    if (
        quoted_view
        and (len(quote.split()) <= _SHORT_QUOTE or experience or (quoted and not quote_figure))
        and "figure_or_date" in reasons
    ):
        # A year in "Ask me again in 2027", the years of an experience ("never
        # seen … in 40 years"); the speaker's age or the day in the tail of a
        # quoted view ('"…," said X, 71.') is no figure of the view either.
        reasons.remove("figure_or_date")
    label = pk.pattern("label").search(text)
    if label and (
        len(label.group(2).split()) > _LABEL_WORDS
        or re.search(r"\d", label.group(2))
        or pk.pattern("figure").search(label.group(2))
    ):
        label = None
    # Reported speech that puts a few of the speaker's own words in quotation
    # marks ('said the authority had "no good options left"') quotes the
    # verdict, not a fact; without a figure anywhere it stays a view.
    # A document quoted after "according to" states a finding instead.
    fragment = (
        not quoted
        and attribution.reported
        and "figure_or_date" not in reasons
        and _quoted_fragment(text)
    )
    bare = pk.pattern("bare_label").search(text)
    if bare and len(bare.group("phrase").split()) <= _LABEL_WORDS and not re.search(r"\d", text):
        # "sprach von einem wichtigen Signal", "called it a victory for tenants".
        label = label or bare
    label = label or fragment
    # An accusation without a figure or a verdict on something stays the
    # speaker's view, however well the speaker is named.
    assessment = pk.pattern("assessment").search(text)
    judging = not shielded and not decided and pk.pattern("opinion").search(text)
    if quoted_view or label or assessment or judging:
        reasons.append("opinion")
    if pk.pattern("no_content").match(text):
        reasons.append("anaphoric_assessment")
    if attribution.vague or pk.pattern("vague").search(text) and not specific:
        reasons.append("vague_source")
    # A plan or an intention is no fact yet, whoever announces it; its date
    # ("am 4. Dezember", "until 2027") is a schedule, not a figure to check.
    # With an amount ("will 1.200 Stellen abbauen") it keeps its figure.
    # In reader comments a modal mostly passes on hearsay ("Das soll … kosten")
    # or the writer's view of others' aims, which are claims there.
    modal_plan = genre != _COMMENT and _plan(tokens, pk)
    expectation = bool(pk.pattern("expectation").search(text))
    # An amount to check: a figure that is not only a date.
    has_amount = _has_figure(text, tokens, pk, offset, dates=False)
    # What may happen ("könnte Ende Februar fallen") is speculation; with an
    # amount ("could lose up to 90%") it is an estimate to check.
    speculation = bool(pk.pattern("speculation").search(text)) and not has_amount
    # A forecast by likelihood ("dürfte auf über 1.000 Euro klettern", "are
    # expected to take six weeks"): the amount is what is forecast, which no
    # one can check yet, so it counts as no figure, whoever voices it.
    forecast = bool(pk.pattern("forecast").search(text))
    if forecast and "figure_or_date" in reasons:
        reasons.remove("figure_or_date")
    announced = bool(pk.pattern("announced_intention").search(text))
    plan = not decided and (
        announced
        or modal_plan
        or expectation
        or speculation
        or forecast
        or bool(pk.pattern("plan").search(text))
    )
    # A named speaker's forecast counts only with an amount to check later;
    # without one, as with advice, who foretells it does not make it a fact.
    predicted = bool(pk.pattern("prediction").search(text)) and not decided
    if predicted and not has_amount and "attributed_statement" in reasons:
        reasons.remove("attributed_statement")
    # A named speaker's plan with an amount ("said the yard would hire 150
    # workers") is that speaker's statement to check, like a forecast with one.
    plan = plan and not (shielded and has_amount and "attributed_statement" in reasons)
    if plan or (predicted and (not shielded or not has_amount)):
        reasons.append("prediction")
    dates_only = "figure_or_date" in reasons and not has_amount
    # "Das sagte X am Mittwoch in Berlin.": what was said is in the sentence
    # before; this one only names who said it and when, and saying it is not
    # the event to check.
    attribution_only = bool(pk.pattern("attribution_only").match(text))
    if attribution_only:
        if "anaphoric_assessment" not in reasons:
            reasons.append("anaphoric_assessment")
        # Nor is the document's publication ("den X am Dienstag vorgestellt
        # hat") or its publisher, whom the sentence before already names.
        dropped = ("attributed_statement", "verifiable_event", "named_actor")
        reasons[:] = [r for r in reasons if r not in dropped]
    obligation = pk.pattern("obligation").search(text) and "figure_or_date" not in reasons
    advice = pk.pattern("advice").search(text)
    if advice and shielded:
        # Advice leading the sentence stays advice when attributed ("Parents
        # should ..., she said"); reported after the verb it is the speaker's
        # position ("Er betonte, dass ... geführt werden sollten").
        verb = _REPORTING[pk.code].search(text) if pk.code in _REPORTING else None
        advice = advice if verb is None or advice.start() < verb.start() else None
        if advice and "attributed_statement" in reasons:
            # Who gives the advice does not make the advice checkable.
            reasons.remove("attributed_statement")
    # A demand with an amount is a position that can be checked; a deadline
    # alone ("eine Übergangsfrist bis Mitte 2027") leaves it a demand.
    # Where the pack says a verb only ever asks ("fordert 300 Euro mehr"), the
    # amount is the one asked for: no figure to check, and still a demand.
    firm_demand = bool(pk.pattern("firm_demand").search(text))
    demand = pk.pattern("demand").search(text) and (
        "figure_or_date" not in reasons or dates_only or firm_demand
    )
    if advice or demand or pk.pattern("imperative").match(text) or (not shielded and obligation):
        reasons.append("advice")
    if demand and "attributed_statement" in reasons:
        # As with advice, who demands does not make the demand checkable.
        reasons.remove("attributed_statement")
    amount = "figure_or_date" in reasons and has_amount
    if (announced or plan) and not amount and "attributed_statement" in reasons:
        # Nor does who announces an intention make it a fact ("kündigte an,
        # Berufung einzulegen"); an amount ("450 Stellen abzubauen") does.
        reasons.remove("attributed_statement")
    # A date alone in anything else foretold ("will stay shut until Monday") is
    # a schedule as well.
    # A year is left out: "eligible again in 2028" states the term a ruling set.
    foretold = "prediction" in reasons and not any(_YEAR.fullmatch(t.text) for t in tokens)
    if (dates_only and (plan or demand or attribution_only or foretold)) or (
        demand and firm_demand and "figure_or_date" in reasons
    ):
        reasons.remove("figure_or_date")
    if (expectation or forecast or assessment or label) and "figure_or_date" not in reasons:
        # Who expects, judges or labels does not make the expectation, the
        # verdict or the label checkable, and the event expected ("a floor
        # vote") has not happened.
        reasons[:] = [r for r in reasons if r not in ("attributed_statement", "verifiable_event")]
    if pk.pattern("no_comment").search(text):
        reasons.append("no_comment")

    # Cues the hand-set rules never had; the learned weights decide their worth.
    exceptions = pk.word_list("not_superlatives")
    # "the worst … was over" judges the present; its superlative is no record.
    judged = assessment.span() if assessment else (0, 0)
    superlative = any(
        t.degree == "sup"
        and not any(t.low.startswith(word) for word in exceptions)
        and not judged[0] <= t.start - offset < judged[1]
        for t in tokens
    )
    # A verdict with no figure ("the most important day in decades") weighs
    # the moment; its "in decades" is the verdict's, not a record to look up.
    record = pk.pattern("record_claim").search(text) and not (assessment and not has_amount)
    if superlative or record:
        reasons.append("record_or_superlative")
    if pk.pattern("comparison").search(text) or _compares(tokens, pk):
        reasons.append("comparison")
    if pk.pattern("absolute").search(text):
        reasons.append("absolute_claim")
    if any(t.kind in _LINK_KINDS for t in tokens):
        reasons.append("cites_link")
    # That someone welcomed or criticised something ("hailed the survey as …")
    # is in the past tense, but the reaction is not the event to check.
    reaction = bool(assessment) and "figure_or_date" not in reasons
    if _past_event(tokens, pk) and not pk.pattern("attribution_only").match(text) and not reaction:
        reasons.append("past_event")
    return reasons


def _half_quote(text: str, pk: LanguagePack) -> re.Match[str] | None:
    # Only with a verb of saying in the tail: a closing mark alone may end a
    # title ("… im Programm „Frühling“ zu sehen").
    tail = _QUOTE_TAIL.match(text)
    verb = _REPORTING.get(pk.code)
    if tail and verb is not None and verb.search(text, tail.end(1)):
        return tail
    return None


def _compares(tokens: list[Token], pk: LanguagePack) -> bool:
    # A comparative adjective with its particle later in the sentence
    # ("wird wesentlich höher besteuert als", "more jobs than"), where the
    # pattern only knows the adjacent forms.
    particles = pk.word_list("comparison_particles")
    seen = False
    for tok in tokens:
        if tok.degree == "comp":
            seen = True
        elif seen and tok.low in particles:
            return True
    return False


def _past_event(tokens: list[Token], pk: LanguagePack) -> bool:
    # A past-tense tag decides where the tagger has one (English "VVD"); a
    # participle counts only beside a finite perfect or past-passive
    # auxiliary, as the pack names them (German "hat … beschlossen").
    past_tags = set(pk.setting("past_verb_tags"))
    # The saying is not the event: "said" alone reports no past event.
    saying = lx.for_language(pk.code).reporting_verbs
    if any(t.pos in past_tags and t.low not in saying for t in tokens):
        return True
    participles = set(pk.setting("participle_tags"))
    if not participles or not any(t.pos in participles for t in tokens):
        return False
    finite = set(pk.setting("finite_auxiliary_tags"))
    lemmas = set(pk.setting("perfect_auxiliaries"))
    forms = set(pk.setting("past_auxiliary_forms"))
    return any(t.pos in finite and (t.lemma in lemmas or t.low in forms) for t in tokens)


def sentence_features(
    text: str,
    language: str,
    attribution: Attribution,
    *,
    is_headline: bool = False,
    tokens: list[Token] | None = None,
    offset: int = 0,
    genre: str | None = None,
) -> tuple[list[str], dict[str, float]]:
    """Reason codes and the full feature vector (reasons plus shape cues).

    ``genre`` ("comment") decides whether a pack that limits its word
    features to some kinds of text (``lexical_genres``) adds them.
    """
    tokens = tokens or []
    pk = pack(language if language in available_languages() else fallback_language())
    reasons = _rule_reasons(text, pk, attribution, is_headline, tokens, offset, genre)
    features = {code: 1.0 for code in reasons}
    words = [t for t in tokens if t.kind in WORD_KINDS]
    # Shape cues a reviewer need not read but the model uses.
    features["short"] = 1.0 if len(words) < 6 else 0.0
    features["long"] = 1.0 if len(words) > 25 else 0.0
    features["first_person"] = 1.0 if pk.pattern("first_person").search(text) else 0.0
    # A document named inside an announced intention ("gegen das Urteil
    # vorzugehen") frames no fact; the rules dropped the attribution there.
    intention = bool(pk.pattern("announced_intention").search(text)) and (
        "attributed_statement" not in reasons
    )
    framed = bool(pk.pattern("fact_frame").search(text)) and not intention
    features["fact_frame"] = 1.0 if framed else 0.0
    features["address"] = 1.0 if pk.pattern("address").search(text) else 0.0
    proper = set(pk.setting("proper_noun_tags"))
    features["proper_noun"] = 1.0 if any(t.pos in proper for t in words[1:]) else 0.0
    features["exclamation"] = 1.0 if text.rstrip().endswith("!") else 0.0
    features.update(word_features(tokens, words, pk, genre))
    features.update(meaning_features(text, pk, genre))
    return reasons, {k: v for k, v in features.items() if v}


def score_sentence(
    text: str,
    language: str,
    attribution: Attribution,
    *,
    is_headline: bool = False,
    tokens: list[Token] | None = None,
    offset: int = 0,
    model: LinearModel | None = None,
    genre: str | None = None,
) -> Score:
    """Score one sentence; ``attribution`` comes from the claimant rules.

    ``tokens`` are the sentence's tokens; their offsets minus ``offset`` index ``text``.
    ``genre`` ("comment") picks the model's threshold for that kind of text.
    """
    reasons, features = sentence_features(
        text,
        language,
        attribution,
        is_headline=is_headline,
        tokens=tokens,
        offset=offset,
        genre=genre,
    )
    value = (model or active_model()).score(features, language, genre)
    if not reasons and value >= 0.5:
        # A reviewer is always told why a sentence was proposed; the reason
        # is not a feature, so the weights never see it.
        reasons = ["typical_wording"]
    return Score(round(value, 2), reasons, features)


def rule_score(reasons: list[str]) -> float:
    """The former hand-set score of a set of reasons (baseline and fallback)."""
    value = BASE + sum(WEIGHTS.get(r, 0.0) for r in reasons)
    return min(1.0, max(0.0, value))

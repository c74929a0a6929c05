"""Transparent check-worthiness rules.

Each sentence starts from a neutral base score; positive signals (who said
what, figures, named actors, concrete events) raise it and negative signals
(opinion, vague sources, predictions, advice, headlines, questions) lower it.
Every signal that moved the score is reported as a reason code, so an editor
can see why a sentence was or was not proposed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from .claimants import Attribution


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
}
POSITIVE_REASONS = ("attributed_statement", "figure_or_date", "named_actor", "verifiable_event")

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


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(patterns), re.IGNORECASE)


_MONTHS = (
    r"Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember|Mai|May|January|February|March|June|July|October|December|"
    r"Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept?|Okt|Oct|Nov|Dez|Dec"
)
_FIGURE = re.compile(
    r"\d|[$€£]|\b(Prozent|percent|per cent|Millionen?|Milliarden?|Mio|Mrd|"
    r"million|billion|trillion|Hälfte|Drittel|Viertel|half|third|quarter|"
    r"dozens?|hundreds?|thousands?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|"
    r"zehn|zwölf|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"gestern|yesterday|erstmals|for the first time|verdoppelt\w*|verdreifacht\w*|"
    r"halbiert\w*|doubled|tripled|halved)\b|\b(" + _MONTHS + r")\b"
)

_EVENTS = {
    "de": _rx(
        r"\b(Treffen|traf|trafen|getroffen|abgestimmt|stimmte|stimmten|Abstimmung|"
        r"unterzeichnet\w*|vereinbart\w*|beschlossen|beschloss\w*|abgelehnt|"
        r"lehnte|lehnten|zugestimmt|stationier\w*|getötet|tötete\w*|starben|"
        r"gestorben|verletzt|festgenommen|verhaftet|gestiegen|stieg|stiegen|"
        r"gesunken|sank|sanken|gemessen|veröffentlicht\w*|vorgestellt|"
        r"behandelt|informiert|eröffnet|verabschiedet|gewählt|ernannt|"
        r"entlassen|zurückgetreten|gezahlt|investiert|ausgegeben|gekauft|"
        r"verkauft|gebaut|saniert|eingeführt|verboten|angegriffen|Angriff|"
        r"geliefert|lieferte\w*|verhängt|Interview|geantwortet|beantragt\w*|"
        r"angeordnet|ordnete\w*|angeklagt|verurteilt|vorbestraft)\b"
    ),
    "en": _rx(
        r"\b(met|meeting|summit|voted|vote|signed|agreed|rejected|approved|"
        r"passed|killed|died|arrested|rose|fell|dropped|increased|decreased|"
        r"declined|grew|shrank|shrunk|lost|gained|delivered|spent|collected|"
        r"cut|launched|published|released|measured|elected|appointed|resigned|"
        r"fired|deployed|invaded|attacked|banned|imposed|raised|removed|"
        r"combined|applied|climbed|interview|charged|convicted|sentenced|"
        r"ordered|sued)\b"
    ),
}

_OPINION = {
    "de": _rx(
        r"\b(bedeutend\w*|wichtig\w*|entscheidend\w*|bemerkenswert\w*|"
        r"beunruhigend\w*|besorgniserregend\w*|alarmierend\w*|erfreulich\w*|"
        r"dramatisch\w*|enttäuschend\w*|vielversprechend\w*|bedauerlich\w*|"
        r"skandalös\w*|katastrophal\w*|Signal|Zeichen|angespannt\w*|"
        r"intellektuell\w*|durchdacht\w*|richtig|falsch|hervorragend\w*|"
        r"unfair\w*|ungerecht\w*|unverhältnismäßig\w*|empörend\w*|Skandal\w*|"
        r"absehbar\w*|überfällig\w*|unverantwortlich\w*)\b",
        # An accusation without a figure: "warf der Regierung vor, ... zu verschleppen".
        r"\b(warf|warfen|wirft|werfen)\b(?!.*\d).*\bvor\b",
        r"\bbleibt\s+\w+",
        r"\b[Ii]ch (finde|glaube|meine|bin überzeugt)\b",
    ),
    "en": _rx(
        r"\b(significant|important|crucial|worrying|remarkable|alarming|"
        r"dramatic|encouraging|disappointing|troubling|concerning|"
        r"promising|unfortunate|shocking|disastrous|outrageous|excellent|"
        r"wake-up call|signal|hard to overstate|clearly|tense|unfair|unjust|"
        r"deeply|outrageous|ridiculous)\b",
        r"\bremains\s+\w+",
        # The author's own stance in a column: "I am not arguing that ...".
        r"\bI(?: am|'m|’m) (?:not )?(?:arguing|saying|suggesting)\b",
        r"\bI (?:believe|think|doubt)\b",
    ),
}

_ANAPHORIC = {
    "de": re.compile(
        r"^(Das|Dies|Dieses|Diese|Dieser)\s+(\w+\s+)?"
        r"(ist|war|sind|waren|wäre|zeigt|zeigte|weist|deutet|bedeutet|"
        r"verdeutlicht|unterstreicht|macht|dürfte|könnte|bleibt)\b"
    ),
    "en": re.compile(
        r"^(This|That|These|Those)\s+(\w+\s+)?"
        r"(is|was|are|were|shows|showed|means|marks|underscores|highlights|"
        r"suggests|signals|could|would|remains)\b"
    ),
}
# "Diese Äußerung ist": a demonstrative with a noun is only an assessment if
# the noun is about speech or events, not about figures ("Diese Zahl stieg").
_ANAPHOR_NOUN = re.compile(
    r"^\w+\s+(Äußerung|Aussage|Entwicklung|Nachricht|Entscheidung|Ankündigung|"
    r"Forderung|Haltung|Situation|Lage|statement|development|news|decision|"
    r"announcement|move|situation)\b",
    re.IGNORECASE,
)

_VAGUE = {
    "de": _rx(
        r"\b(Experten|Expertinnen|Beobachter|Kritiker|Analysten|Fachleute|"
        r"Insider|Kreisen)\b"
    ),
    "en": _rx(
        r"\b(experts? say|some say|many believe|observers|critics|analysts say|"
        r"it is said|people say)\b"
    ),
}

_PREDICTION = {
    "de": _rx(
        r"\b(wird|werden)\b[^.,;]*\b\w+(en|ern|eln)\s*[.!?]?$",
        # "künftig" alone marks a decided rule ("bekommt künftig 37 Euro mehr");
        # with "wird" or "dürfte" the patterns around it catch the forecast.
        r"\b(voraussichtlich|dürften?|prognostiziert\w*|in Zukunft)\b",
        r"\b(wird|werden)\s+(weiter|wohl|vermutlich|wahrscheinlich)\b",
    ),
    "en": _rx(
        r"\bwill\b(?! not be)",
        r"\b(is|are) (expected|likely|set|poised) to\b",
        r"\b(likely|forecast|in the coming \w+|over the coming)\b",
    ),
}

_ADVICE = {
    "de": _rx(
        r"\b(sollten|sollte|müsste|müssten|notwendig\w*|erforderlich\w*|"
        r"empfehlen|empfiehlt|nötig\w*|unerlässlich\w*|gilt es)\b"
    ),
    "en": _rx(r"\b(should|ought to|it is necessary|is essential|recommend\w*)\b"),
}
# A demand is a position, not a fact, unless it names an amount.
_DEMAND = {
    "de": _rx(r"\b(forderte|forderten|fordert|fordern|verlangte|verlangten|verlangt)\b"),
    "en": _rx(r"\b(called for|calls for|demanded|demands|urged|urges)\b"),
}
# "Think about the parent who ...", "Stellen Sie sich vor": the reader is addressed.
_IMPERATIVE = {
    "de": re.compile(r"^(Stellen Sie sich|Denken Sie|Bedenken Sie|Man stelle sich)\b"),
    "en": re.compile(r"^(Think|Imagine|Consider|Remember|Picture|Look at|Ask yourself)\b"),
}
# "called the work of local crews “heroic.”", "nannte das Gesetz „Planwirtschaft“":
# a label in a short quotation is a judgement, however precisely attributed.
_LABEL = re.compile(
    r"\b(nannte|nannten|nennt|bezeichnete\w*|called|calls|described|describes|dubbed)\b"
    r"[^„“\"‘]{0,80}[„“\"‘]([^„“”\"‘’]+)[“”\"’]"
)
# "anything I've seen in 30 years": a quoted personal experience, not a record.
_EXPERIENCE = re.compile(
    r"\b(I(?:'ve|’ve| have)?|ich habe|habe ich)\s+(?:\w+\s+)?"
    r"(seen|saw|felt|heard|experienced|gesehen|erlebt|gespürt|gehört)\b"
)
_QUOTATION = re.compile(r"[„“\"‘]([^„“”\"‘’]+)[“”\"’]")
# "must"/"müssen" is advice unless it states a rule with a date, deadline or
# amount ("companies must notify residents within 45 days").
_OBLIGATION = {
    "de": _rx(r"\b(muss|müssen|musste|mussten)\b"),
    "en": _rx(r"\b(must|need to|needs to|have to|has to)\b"),
}
# "This is the third breach this year": a countable record, not an assessment.
_RECORD = re.compile(
    r"^\w+\s+(is|was|ist|war)\s+(the|der|die|das)\s+(\w+\s+)?"
    r"(first|second|third|fourth|fifth|largest|biggest|highest|lowest|"
    r"\w+est|erste|zweite|dritte|vierte|fünfte|größte|höchste|niedrigste|\w+ste)\b",
    re.IGNORECASE,
)
# A sentence that is mostly a quotation: '"We let our customers down," he said.'
_QUOTE_LED = re.compile(
    r"^[\"„“‘‚«»]([^\"“”’‘«»]+)[\"“”’‘«»]\s*,?\s*([^\s,]+\s+){1,10}?[^\s,]+[.!?]?$"
)
# First person, a sweeping "whoever", or a feeling: a view, not a fact.
_FIRST_PERSON = re.compile(
    r"\b(I|we|We|ich|wir|Wir|Ich)\b|^(Wer|Whoever|Anyone who)\b|"
    r"\b(fühlen|fühlt|gefühlt|feel|feels|felt)\b"
)
_SHORT_QUOTE = 5  # words; "Ask me again in 2027" is colour, not a claim
# "X declined to comment", "wollte sich nicht äußern": nothing was said.
_NO_COMMENT = {
    "de": _rx(
        r"\bnicht\b[^.]*\b(äußern|kommentieren)\b",
        r"\bäußerte\w* sich (zunächst |bislang )?nicht\b",
        r"\bließ\w* [^.]*unbeantwortet\b",
    ),
    "en": _rx(
        r"\b(declined|refused) to comment\b",
        r"\b(did not|didn't|neither)\b[^.]*\b(respond|responded|reply|replied) to "
        r"(a |an )?(request|requests|inquiry|inquiries)\b",
        r"\bcould not be reached\b",
    ),
}
_REPORTING = {
    lang: re.compile(r"\b(" + "|".join(sorted(verbs)) + r")\b", re.IGNORECASE)
    for lang, verbs in lx.REPORTING_VERBS.items()
}
# "Okafor disputes that.", "Der Minister wies das zurück.": a reply with no content.
_NO_CONTENT = {
    "de": re.compile(
        r"^[^,]{0,60}\b(bestritt|bestreitet|widersprach|widerspricht|wies|weist|dementierte)"
        r"\s+(das|dies|dem|diese\w*)(\s+\w+)?\.$"
    ),
    "en": re.compile(
        r"^[^,]{0,60}\b(disputes|disputed|denies|denied|rejects|rejected|challenges|"
        r"challenged)\s+(that|this|it|those claims|the claim)\.$"
    ),
}
# "Das sind 18,5 Prozent mehr", "That is 12% more": a figure, not a comment.
_ANAPHORIC_FIGURE = re.compile(
    r"^(Das|Dies|That|This)\s+(ist|sind|war|waren|is|was|are|were)\s+"
    r"(rund |etwa |knapp |fast |mehr als |about |nearly |almost |more than )?\d",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Score:
    value: float
    reasons: list[str]


def score_sentence(
    text: str,
    language: str,
    attribution: Attribution,
    *,
    is_headline: bool = False,
) -> Score:
    """Score one sentence; ``attribution`` comes from the claimant rules."""
    lang = language if language in _EVENTS else "en"
    reasons: list[str] = []
    specific = attribution.specific and attribution.claimant is not None
    # Attributed to an identified speaker: opinions, advice and forecasts in
    # the reported clause are that speaker's claims, which can be checked.
    shielded = specific and attribution.attributed

    if attribution.attributed and not attribution.vague:
        reasons.append("attributed_statement")
    if _FIGURE.search(text):
        reasons.append("figure_or_date")
    if specific or attribution.named_mentions:
        reasons.append("named_actor")
    if _EVENTS[lang].search(text):
        reasons.append("verifiable_event")

    if is_headline:
        reasons.append("headline")
    if text.rstrip("\"'“”’«» )").endswith("?"):
        reasons.append("question")
    anaphoric = bool(_ANAPHORIC[lang].match(text))
    if (
        anaphoric
        and re.match(r"^\w+\s+\w+\s", text)
        and not re.match(r"^\w+\s+(ist|war|sind|waren|is|was|are|were)\b", text)
    ):
        anaphoric = bool(_ANAPHOR_NOUN.match(text)) or bool(
            re.match(r"^\w+\s+(zeigt|weist|deutet|bedeutet|shows|means|suggests)\b", text)
        )
    if anaphoric and (_RECORD.match(text) or _ANAPHORIC_FIGURE.match(text)):
        anaphoric = False
    if anaphoric:
        reasons.append("anaphoric_assessment")
    # A quoted personal view ("We let our customers down") stays an opinion
    # even when attributed: only a figure inside the quote makes it checkable.
    quoted = _QUOTE_LED.match(text)
    quote = quoted.group(1) if quoted else ""
    experience = any(_EXPERIENCE.search(q) for q in _QUOTATION.findall(text))
    quoted_view = experience or bool(
        quoted
        and (len(quote.split()) <= _SHORT_QUOTE or not _FIGURE.search(quote))
        and (
            _FIRST_PERSON.search(quote)
            or _OPINION[lang].search(quote)
            or len(quote.split()) <= _SHORT_QUOTE
        )
    )
    if quoted_view and len(quote.split()) <= _SHORT_QUOTE and "figure_or_date" in reasons:
        reasons.remove("figure_or_date")  # a year in "Ask me again in 2027"
    label = _LABEL.search(text)
    if label and (len(label.group(2).split()) > _SHORT_QUOTE or _FIGURE.search(label.group(2))):
        label = None
    if quoted_view or label or (not shielded and _OPINION[lang].search(text)):
        reasons.append("opinion")
    if _NO_CONTENT[lang].match(text):
        reasons.append("anaphoric_assessment")
    if attribution.vague or _VAGUE[lang].search(text) and not specific:
        reasons.append("vague_source")
    if not shielded and _PREDICTION[lang].search(text):
        reasons.append("prediction")
    obligation = _OBLIGATION[lang].search(text) and "figure_or_date" not in reasons
    advice = _ADVICE[lang].search(text)
    if advice and shielded:
        # Advice leading the sentence stays advice when attributed ("Parents
        # should ..., she said"); reported after the verb it is the speaker's
        # position ("Er betonte, dass ... geführt werden sollten").
        verb = _REPORTING[lang].search(text)
        advice = advice if verb is None or advice.start() < verb.start() else None
        if advice and "attributed_statement" in reasons:
            # Who gives the advice does not make the advice checkable.
            reasons.remove("attributed_statement")
    demand = _DEMAND[lang].search(text) and "figure_or_date" not in reasons
    if advice or demand or _IMPERATIVE[lang].match(text) or (not shielded and obligation):
        reasons.append("advice")
    if _NO_COMMENT[lang].search(text):
        reasons.append("no_comment")

    value = BASE + sum(WEIGHTS[r] for r in reasons)
    value = min(1.0, max(0.0, value))
    return Score(round(value, 2), reasons)

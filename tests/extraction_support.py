"""Helpers the extraction tests share: one sentence's score, whether it is proposed."""

from claims.extraction import DEFAULT_THRESHOLD, extract_claims


def sentences(body: str, language: str):
    return extract_claims(body, language, has_title_line=False).sentences


def score(sentence: str, language: str):
    """The one sentence ``sentence`` is split into, with its score and reasons."""
    found = sentences(sentence, language)
    assert len(found) == 1
    return found[0]


def threshold(language: str) -> float:
    # Scores are shifted so that the pipeline proposes a sentence at this cut,
    # whatever the model's own threshold for the language.
    return DEFAULT_THRESHOLD


def proposed(sentence: str, language: str) -> bool:
    # The pipeline's own cut: a candidate is what the desk would be shown.
    return bool(extract_claims(sentence, language, has_title_line=False).candidates)


def candidates(body: str, language: str) -> list[str]:
    """The texts of the sentences the pipeline proposes, in order."""
    return [c.text for c in extract_claims(body, language, has_title_line=False).candidates]


def claimants(body: str, language: str, title: bool = False) -> list[str | None]:
    """The claimant of each sentence of ``body``, in order."""
    extraction = extract_claims(body, language, has_title_line=title)
    return [s.claimant for s in extraction.sentences]

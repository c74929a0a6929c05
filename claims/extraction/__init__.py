"""Claim extraction: plain functions over strings, no Django.

``extract_claims`` splits an article into sentences (with exact character
offsets into the input), finds who makes each claim and scores how
check-worthy it is, with reason codes that explain the score.
"""

from .claimants import ClaimantContext, attribute
from .decoding import (
    MAX_DOCUMENT_BYTES,
    ExtractionInputError,
    decode_document,
    validate_body,
)
from .language import SUPPORTED_LANGUAGES, detect_language
from .pipeline import (
    DEFAULT_THRESHOLD,
    Candidate,
    Extraction,
    Sentence,
    extract_claims,
    score_sentences,
)
from .scoring import REASON_LABELS
from .sentences import split_sentences
from .similarity import SIMILAR_THRESHOLD, claim_summary, similarity

__all__ = [
    "DEFAULT_THRESHOLD",
    "MAX_DOCUMENT_BYTES",
    "REASON_LABELS",
    "SIMILAR_THRESHOLD",
    "SUPPORTED_LANGUAGES",
    "Candidate",
    "ClaimantContext",
    "Extraction",
    "ExtractionInputError",
    "Sentence",
    "attribute",
    "claim_summary",
    "decode_document",
    "detect_language",
    "extract_claims",
    "score_sentences",
    "similarity",
    "split_sentences",
    "validate_body",
]

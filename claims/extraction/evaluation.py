"""Scoring of extraction output against hand-labelled gold files.

Shared by ``bench/extraction.py`` and the tests so both measure the same
thing.  Standard library only (plus this package).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .lexicon import all_countries
from .pipeline import Extraction, extract_claims

MIN_OVERLAP = 0.5  # share of the gold span a candidate must cover


@dataclass
class ArticleResult:
    name: str
    language: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact_offsets: int = 0
    gold_sentences: int = 0
    claimants_correct: int = 0
    claimants_total: int = 0
    # Found check-worthy sentences whose gold names nobody, and how many of them
    # still got a claimant: attributing everything cannot raise accuracy unseen.
    unattributed_total: int = 0
    false_attributions: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def offset_exactness(self) -> float:
        return self.exact_offsets / self.gold_sentences if self.gold_sentences else 1.0

    @property
    def claimant_accuracy(self) -> float:
        return self.claimants_correct / self.claimants_total if self.claimants_total else 1.0

    @property
    def false_attribution_share(self) -> float:
        if not self.unattributed_total:
            return 0.0
        return self.false_attributions / self.unattributed_total

    def add(self, other: ArticleResult) -> None:
        for name in (
            "tp",
            "fp",
            "fn",
            "exact_offsets",
            "gold_sentences",
            "claimants_correct",
            "claimants_total",
            "unattributed_total",
            "false_attributions",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def load_gold(path: str | Path) -> tuple[dict, str]:
    """Return the gold document and the article text it refers to."""
    path = Path(path)
    gold = json.loads(path.read_text(encoding="utf-8"))
    body = (path.parent / gold["article"]).read_text(encoding="utf-8")
    return gold, body


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _tokens(text: str) -> list[str]:
    words = re.findall(r"[\w.]+", _fold(text))
    out = []
    for word in words:
        word = word.strip(".")
        if len(word) >= 2:
            out.append(all_countries().get(word, word))
    return out


def _same_token(a: str, b: str) -> bool:
    # Tolerate German genitive/plural endings ("Instituts" vs "Institut").
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 5 and long_.startswith(short) and len(long_) - len(short) <= 2


def _surname(tokens_with_case: list[str]) -> str | None:
    caps = [t for t in tokens_with_case if t[:1].isupper()]
    pick = caps[-1] if caps else (tokens_with_case[-1] if tokens_with_case else None)
    if pick is None:
        return None
    folded = _tokens(pick)
    return folded[-1] if folded else None


def claimant_matches(predicted: str | None, gold: str) -> bool:
    """True if any ';'-part of ``gold`` shares a surname token with ``predicted``.

    The surname of a part is its last capitalised word ("Trump" in "adviser
    to Donald Trump"); the comparison ignores case and diacritics, and also
    accepts the prediction's last word appearing in the gold part ("Kessler"
    for "Andrea Kessler", "Stadtwerke" for "Stadtwerke Lindenau").
    """
    if not predicted:
        return False
    pred_tokens = _tokens(predicted)
    if not pred_tokens:
        return False
    for part in gold.split(";"):
        words = re.findall(r"[^\W_][\w.'’-]*", part)
        words = [w for piece in words for w in piece.split("-") if w]
        surname = _surname(words)
        part_tokens = _tokens(part.replace("-", " "))
        if surname and any(_same_token(surname, t) for t in pred_tokens):
            return True
        pred_last = _tokens(predicted.replace("-", " "))[-1]
        if any(_same_token(pred_last, t) for t in part_tokens):
            return True
    return False


def evaluate(gold: dict, body: str, extraction: Extraction, name: str = "") -> ArticleResult:
    result = ArticleResult(name or gold.get("article", ""), extraction.language)
    produced = {(s.start, s.end) for s in extraction.sentences}
    candidates = [(c.start, c.end, c) for c in extraction.candidates]
    matched: set[int] = set()

    for sentence in gold["sentences"]:
        span = (sentence["start"], sentence["end"])
        result.gold_sentences += 1
        if span in produced:
            result.exact_offsets += 1
        length = max(1, span[1] - span[0])
        hits = [
            i
            for i, (s, e, _) in enumerate(candidates)
            if _overlap((s, e), span) / length >= MIN_OVERLAP
        ]
        label = sentence.get("checkworthy")
        if label is None:
            matched.update(hits)  # ignored sentences neither reward nor penalise
            continue
        if not label:
            continue
        if hits:
            result.tp += 1
            matched.update(hits)
            if sentence.get("claimant"):
                result.claimants_total += 1
                if claimant_matches(candidates[hits[0]][2].claimant, sentence["claimant"]):
                    result.claimants_correct += 1
            else:
                result.unattributed_total += 1
                if candidates[hits[0]][2].claimant:
                    result.false_attributions += 1
        else:
            result.fn += 1
    result.fp = sum(1 for i in range(len(candidates)) if i not in matched)
    return result


def evaluate_file(path: str | Path) -> ArticleResult:
    gold, body = load_gold(path)
    extraction = extract_claims(body, gold.get("language"))
    return evaluate(gold, body, extraction, Path(path).name.replace(".gold.json", ""))

"""A German adverb that opens a sentence is capitalised, but it names no one.

"Darin räumte er ein …", "Zugleich betonte sie …": the tagger knows these words
as adverbs, so they start no name and the pronoun after them is the source.
"""

from tests.extraction_support import claimants


def test_a_pronominal_adverb_opening_a_sentence_is_no_claimant():
    body = (
        "Die frühere Geschäftsführerin Marion Aschauer hat vor Gericht ausgesagt.\n"
        "Darin räumte sie ein, Rechnungen über 80.000 Euro zurückgehalten zu haben."
    )
    assert claimants(body, "de")[1] == "Marion Aschauer"


def test_an_adverb_opening_a_sentence_is_no_claimant():
    body = (
        "Der Bürgermeister Tobias Wendling stellte den Haushalt vor.\n"
        "Zugleich räumte er ein, dass die Schulden auf 14 Millionen Euro gestiegen seien."
    )
    assert claimants(body, "de")[1] == "Tobias Wendling"

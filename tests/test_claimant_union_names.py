"""Long organisation names with "und", their short forms, and "ihre Angaben".

Unions and offices carry names like "Gewerkschaft Bau und Ausbau (GBA)"; a
later "nach GBA-Angaben" is theirs. "Nach ihren Angaben" in a sentence that
opens with the union is the union's, not the last person quoted.
"""

from tests.extraction_support import claimants


def test_a_name_joined_by_und_and_closed_by_a_short_form_is_one_organisation():
    body = (
        "Die Gewerkschaft Bau und Ausbau (GBA) hat 14 Baustellen bestreikt.\n"
        "Nach GBA-Angaben legten dabei 900 Beschäftigte die Arbeit nieder."
    )
    assert claimants(body, "de")[1] == "Gewerkschaft Bau und Ausbau (GBA)"


def test_their_own_figures_belong_to_the_subject_opening_the_sentence():
    body = (
        "Die Gewerkschaft Bau und Ausbau (GBA) verlangt 8 Prozent mehr Lohn.\n"
        "„Wir bleiben hart“, sagte GBA-Verhandlungsführer Tobias Wenck.\n"
        "Die Gewerkschaft hatte dreimal gestreikt, woran sich nach ihren Angaben"
        " jeweils 700 Beschäftigte beteiligten."
    )
    assert claimants(body, "de")[1:] == ["Tobias Wenck", "Gewerkschaft Bau und Ausbau (GBA)"]


def test_a_group_named_in_quotation_marks_after_its_noun_is_that_name():
    body = (
        "Die Initiative „Rettet das Freibad Lohberg“ hat nach eigenen Angaben"
        " 4.100 Unterschriften gesammelt."
    )
    assert claimants(body, "de") == ["Rettet das Freibad Lohberg"]

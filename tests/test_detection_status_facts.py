"""Facts without a figure that state a decided status or a cause are proposed.

A takeover agreed ("wird von der X AG übernommen"), a road that stays closed,
a ruling not yet final, an agreement reached, a cause stated as such
("Hintergrund ist die neue Verordnung"): each is on the record. The
same sentence as a hope, a condition or a wish stays out.
"""

import pytest

from tests.extraction_support import proposed


@pytest.mark.parametrize(
    "fact",
    [
        "Die Mühle Sanderath wird von der Kornfeld Nahrungsmittel AG übernommen.",
        "Die Landstraße zwischen Ahlen und Brück bleibt bis auf Weiteres gesperrt.",
        "Das Urteil des Landgerichts ist noch nicht rechtskräftig.",
        "Der Kompromiss wurde in der Nacht zum Freitag in Kassel erzielt.",
    ],
)
def test_a_decided_status_without_a_figure_is_proposed(fact):
    assert proposed(fact, "de")


@pytest.mark.parametrize(
    "view",
    [
        (
            "Die Mühle soll nach dem Willen des Bürgermeisters übernommen werden,"
            " falls sich ein Käufer findet."
        ),
        "Ob die Mühle überlebt, bleibt abzuwarten.",
    ],
)
def test_the_same_words_as_a_wish_or_an_open_question_stay_out(view):
    assert not proposed(view, "de")


@pytest.mark.parametrize(
    "cause",
    [
        "Hintergrund ist die neue Abwasserverordnung des Landes.",
        "Grund sind die gestiegenen Kosten für Heizöl und Strom.",
    ],
)
def test_a_cause_stated_as_such_is_proposed(cause):
    assert proposed(cause, "de")

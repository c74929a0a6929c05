"""News precision: stock reactions of a named speaker are no claim.

"The decision was not taken lightly", "families were let down", "staff are
exhausted", "räumte Versäumnisse ein", "verwies auf die Lage", "appellierte an
…" and congratulations report how someone reacts, not what happened. Each
stands beside a claim in similar words that the pipeline still proposes.
"""

import pytest

from tests.extraction_support import proposed as _proposed


@pytest.mark.parametrize(
    ("reaction", "fact", "language"),
    [
        (
            "Board chair Rhona Pettit said the decision to close the depot had not been"
            " taken lightly.",
            "Board chair Rhona Pettit said the decision to close the depot would cost 84 jobs.",
            "en",
        ),
        (
            "Parents' spokesman Idris Kane said pupils had been let down by the trust.",
            "Parents' spokesman Idris Kane said 212 pupils had lost their school places.",
            "en",
        ),
        (
            "The nurses' union said its members were exhausted.",
            "The nurses' union said its members had worked 41,000 hours of overtime.",
            "en",
        ),
        (
            "Mayor Tanya Holt congratulated the volunteers and the organisers.",
            "Mayor Tanya Holt said the volunteers had collected 3.2 tonnes of litter.",
            "en",
        ),
        (
            "Klinikchef Oliver Brandt räumte Fehler ein.",
            "Klinikchef Oliver Brandt räumte ein, dass 14 Operationen verschoben wurden.",
            "de",
        ),
        (
            "Die Stadtverwaltung verwies auf die schwierige Haushaltslage.",
            "Die Stadtverwaltung verwies auf ein Defizit von 12 Millionen Euro.",
            "de",
        ),
        (
            "Polizeipräsidentin Vera Lenz appellierte an Autofahrer, langsamer zu fahren.",
            "Polizeipräsidentin Vera Lenz sagte, 14 Autofahrer seien zu schnell gefahren.",
            "de",
        ),
    ],
)
def test_a_stock_reaction_of_a_named_speaker_is_not_proposed(reaction, fact, language):
    assert not _proposed(reaction, language)
    assert _proposed(fact, language)

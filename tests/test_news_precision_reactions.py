"""News precision: stock reactions of a named speaker are no claim.

"The decision was not taken lightly", "families were let down", "staff are
exhausted", "working closely with", "came as no surprise", "painful but
necessary", "reacted angrily", "räumte Versäumnisse ein", "verwies auf die
Lage", "nannte den Beschluss voreilig", "im Stich gelassen", "appellierte an …",
"questioned whether", "is urging residents to", a threat to leave
and congratulations report how someone reacts, not what happened. Each
stands beside a claim in similar words that the pipeline still proposes.
"""

import pytest

from tests.extraction_support import candidates
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
        (
            "The hauliers' federation said it was working closely with the port.",
            "The hauliers' federation said 312 lorries had queued at the port on Friday.",
            "en",
        ),
        (
            "The tenants' association said the rent rise came as no surprise.",
            "The tenants' association said the rent rise added £42 a month.",
            "en",
        ),
        (
            "Managing director Aled Pryce said the closures were painful but necessary.",
            "Managing director Aled Pryce said the closures would cut 140 jobs.",
            "en",
        ),
        (
            "The cyclists' group reacted angrily to the decision.",
            "The cyclists' group said 31 riders had been injured on the road.",
            "en",
        ),
        (
            "Bürgermeisterin Hanna Vogt nannte den Beschluss voreilig und unausgegoren.",
            "Bürgermeisterin Hanna Vogt sagte, der Beschluss koste 2,4 Millionen Euro.",
            "de",
        ),
        (
            "Der Kämmerer verwies in der Sitzung auf die hohen Zinsen.",
            "Der Kämmerer verwies in der Sitzung auf Zinskosten von 3,1 Millionen Euro.",
            "de",
        ),
        (
            "Bauer Lenz kündigte an, die Genossenschaft zu verlassen, falls der Preis sinke.",
            "Bauer Lenz sagte, die Genossenschaft zahle 38 Cent je Kilogramm.",
            "de",
        ),
        (
            "The wildlife trust is urging residents to plant hedges and put up nest boxes.",
            "The wildlife trust said gardeners had counted 41,000 sparrows in January.",
            "en",
        ),
        (
            "Ältere Fahrgäste würden im Stich gelassen, sagte Seniorenvertreter Uwe Kamp.",
            "Seniorenvertreter Uwe Kamp sagte, 320 ältere Fahrgäste hätten sich beschwert.",
            "de",
        ),
    ],
)
def test_a_stock_reaction_of_a_named_speaker_is_not_proposed(reaction, fact, language):
    assert not _proposed(reaction, language)
    assert _proposed(fact, language)


def test_a_councillor_questioning_whether_an_investment_pays_is_not_proposed():
    body = (
        "The Kelmouth Harbour Board said the port handled 212,000 containers in the quarter.\n"
        "It has spent £40 million on new cranes since 2021.\n"
        "Local councillor Nia Pask questioned whether the investment was paying off."
    )
    found = candidates(body, "en")
    assert "It has spent £40 million on new cranes since 2021." in found
    assert not any("questioned" in text for text in found)


@pytest.mark.parametrize(
    ("verdict", "record", "language"),
    [
        (
            "“Winning this contract is the most important moment for the yard in a"
            " generation,” managing director Rhian Price told staff at a meeting on Monday.",
            "“Winning this contract is the biggest order for the yard in a generation,”"
            " managing director Rhian Price told staff, with 640 jobs secured until 2031.",
            "en",
        ),
        (
            "„Das ist die schwierigste Entscheidung seit Jahrzehnten“, sagte Landrätin Edda Rühl.",
            "„Mit 3.400 Besuchern war es der stärkste Tag seit Jahrzehnten“, sagte"
            " Landrätin Edda Rühl.",
            "de",
        ),
    ],
)
def test_a_superlative_verdict_without_a_figure_is_no_record(verdict, record, language):
    assert not _proposed(verdict, language)
    assert _proposed(record, language)

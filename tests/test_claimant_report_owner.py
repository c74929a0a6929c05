"""A report named without its author belongs to the body the article is about.

"laut der Bilanz", "der Statistik zufolge" and "laut Lagebild" name a document
and no author. When no publisher was named, the document is the body's whose
figures the article reports, not the last person quoted about them.
"""

from tests.extraction_support import claimants


def test_a_report_after_a_quoted_person_is_still_the_bodys():
    body = (
        "Die Wasserwacht Seebrunn hat im vergangenen Jahr 212 Menschen gerettet, wie die"
        " Wasserwacht Seebrunn am Montag mitteilte.\n"
        "Die meisten Einsätze habe es im August gegeben, sagte Einsatzleiterin Jana Kolbe.\n"
        "\n"
        "Laut der Bilanz stieg die Zahl der Rettungen an Badeseen von 40 auf 66."
    )
    assert claimants(body, "de")[2] == "Wasserwacht Seebrunn"


def test_a_bare_report_noun_goes_to_the_body_named_most():
    body = (
        "Das Landeskriminalamt Ostmark hat 9.400 Fälle von Anlagebetrug registriert.\n"
        "Das Landeskriminalamt Ostmark nannte einen Schaden von 41 Millionen Euro.\n"
        "\n"
        "Auf Kryptowährungen entfielen laut Lagebild rund 3.100 Fälle."
    )
    assert claimants(body, "de")[2] == "Landeskriminalamt Ostmark"


def test_information_from_circles_stays_with_the_circles():
    body = (
        "Der Handballverein TSG Wendhausen steckt in Geldnot.\n"
        "Nach Informationen aus Vereinskreisen fehlen dem Klub rund 800.000 Euro."
    )
    assert claimants(body, "de")[1] == "Vereinskreise"


def test_a_report_that_identifies_something_speaks_for_its_publisher():
    body = (
        "Headline\n\n"
        "Fenmouth District Council published a flood report on Monday.\n"
        "\n"
        "The report identifies 212 homes at risk along the estuary."
    )
    assert claimants(body, "en", title=True)[2] == "Fenmouth District Council"


def test_a_report_that_lists_something_speaks_for_its_publisher():
    body = (
        "Der Landesrechnungshof Ostmark hat seinen Jahresbericht vorgelegt.\n"
        "\n"
        "Insgesamt listet der Bericht elf Bauprojekte mit Mehrkosten auf."
    )
    assert claimants(body, "de")[1] == "Landesrechnungshof Ostmark"


def test_figures_published_in_its_report_belong_to_the_body_named_before():
    body = (
        "The Harlow Playhouse in Wexby sold more tickets than in any year before.\n"
        "Figures published in its annual report show that 98,000 tickets were sold."
    )
    assert claimants(body, "en")[1] == "Harlow Playhouse"

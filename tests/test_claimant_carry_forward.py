"""A paragraph's further facts and the source named before them.

A fact with no actor of its own goes on with the source of the sentence before
("The decline was the largest since 2019."), but only where that sentence gave
facts: after a view, a plan or a demand the reporter speaks again.
"""

from claims.extraction import extract_claims


def _claimants(body: str, language: str) -> list[str | None]:
    return [s.claimant for s in extract_claims(body, language, has_title_line=False).sentences]


def test_a_further_figure_after_a_source_keeps_the_source_english():
    body = (
        "Ferry traffic fell 9 percent in August, the Port Authority of Tarnby said on Friday. "
        "The decline was the steepest since 2017."
    )
    assert _claimants(body, "en") == ["Port Authority of Tarnby", "Port Authority of Tarnby"]


def test_a_plain_fact_after_a_quoted_view_is_the_reporters_english():
    body = (
        '"We will fight this closure," said councillor Ruth Ellery. '
        "The swimming hall opened in 1962 and was renovated in 2004."
    )
    assert _claimants(body, "en") == ["Ruth Ellery", None]


def test_a_plain_fact_after_a_demand_is_the_reporters_german():
    body = (
        "Die Elternvertreterin Sanne Hoyer forderte die Stadt auf, die Turnhalle rasch zu öffnen. "
        "Die Halle ist seit März 2023 wegen Schimmel gesperrt."
    )
    assert _claimants(body, "de") == ["Sanne Hoyer", None]


def test_a_further_quotation_after_a_view_keeps_its_speaker():
    body = (
        '"Our nurses are exhausted," said chief nurse Amira Soltani. '
        '"We have lost 37 of them since January."'
    )
    assert _claimants(body, "en") == ["Amira Soltani", "Amira Soltani"]


def test_reported_speech_after_a_plan_keeps_its_speaker():
    body = (
        "Principal Hal Jordan said the school would start an hour later next year. "
        "Buses would leave the depot at 8.15."
    )
    first, second = _claimants(body, "en")
    assert second == first and first.endswith("Hal Jordan")


def test_a_new_paragraph_after_a_source_starts_without_it():
    body = (
        "Ferry traffic fell 9 percent in August, the Port Authority of Tarnby said.\n\n"
        "The decline was the steepest since 2017."
    )
    assert _claimants(body, "en")[1] is None


def test_a_compound_of_a_ministry_and_figures_names_the_ministry():
    body = (
        "Das Sozialministerium legte am Montag den Armutsbericht vor. "
        "„Das ist ein ernstes Signal“, sagte Staatssekretär Olaf Brenner. "
        "Derzeit beziehen nach Ministeriumsangaben 41.000 Kinder im Land Wohngeld."
    )
    assert _claimants(body, "de")[2] == "Sozialministerium"


def test_a_compound_with_an_acronym_names_the_organisation_it_stands_for():
    body = (
        "Die Deutsche Wasserhilfe (DWH) hat ihre Jahresbilanz vorgelegt. "
        "„Wir sind an unsere Grenzen gekommen“, sagte Geschäftsführerin Lea Roth. "
        "Nach DWH-Angaben wurden 2025 rund 640 Brunnen gebohrt."
    )
    assert _claimants(body, "de")[2] == "Deutsche Wasserhilfe (DWH)"


def test_a_report_with_an_adjective_names_the_body_it_comes_from():
    body = (
        "Das geht aus dem neuen Pflegebericht des Gesundheitsministeriums hervor. "
        "Demnach fehlen in den Heimen des Landes rund 2.300 Fachkräfte."
    )
    assert _claimants(body, "de") == ["Gesundheitsministerium", "Gesundheitsministerium"]


def test_a_plain_fact_after_a_persons_statement_is_the_reporters():
    body = (
        "Fire chief Dana Kowal said the blaze started in a storage room at 1.40 on Sunday. "
        "No one was injured."
    )
    assert _claimants(body, "en") == ["Dana Kowal", None]


def test_a_persons_reported_speech_in_the_second_subjunctive_keeps_the_speaker():
    body = (
        "Die Finanzchefin Ilka Sommer sagte, der Umsatz sei um 8 Prozent gesunken. "
        "Hinzu kämen Kosten von 4 Millionen Euro für den Umzug."
    )
    assert _claimants(body, "de") == ["Ilka Sommer", "Ilka Sommer"]


def test_a_persons_research_is_hers():
    body = (
        "Dr. Wren Adaire, who studies school safety at Colm University, said the case was typical. "
        "According to her research, 60 percent of districts never test their alarms."
    )
    assert _claimants(body, "en") == ["Wren Adaire", "Wren Adaire"]


def test_a_surname_alone_after_a_title_and_full_name_is_that_person():
    body = (
        "Amtsärztin Dora Felsberg sagte, die Zahl der Fälle sei gestiegen. "
        "Felsberg zufolge waren 11 der 14 Erkrankten nicht geimpft."
    )
    assert _claimants(body, "de") == ["Dora Felsberg", "Dora Felsberg"]


def test_a_plural_possessive_stays_inside_an_organisations_name():
    body = (
        "Most stores ran out of insulin pens, according to the Calder Grocers' Association. "
        "The association said 30 of its 44 members had no stock."
    )
    assert _claimants(body, "en") == ["Calder Grocers' Association"] * 2

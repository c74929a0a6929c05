"""A body's initials name it, even where the article never gave them in brackets.

British and German copy often names a body in full once and later by its
initials alone ("the ICB said"). The initials are those of consecutive
capitalised words of the name.
"""

from tests.extraction_support import claimants


def test_initials_of_a_body_named_in_full_resolve_to_it():
    body = (
        "The Lower Fenn Integrated Care Board has closed two surgeries.\n"
        "About 6,400 patients have been moved to other practices, the ICB said."
    )
    assert claimants(body, "en")[1] == "Lower Fenn Integrated Care Board"


def test_initials_that_fit_no_body_named_stay_as_written():
    body = (
        "The Lower Fenn Integrated Care Board has closed two surgeries.\n"
        "About 6,400 patients have been moved to other practices, the RCGP said."
    )
    assert claimants(body, "en")[1] == "RCGP"

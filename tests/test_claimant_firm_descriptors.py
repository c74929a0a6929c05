"""A firm introduced by what it does, and a firm whose name says it is one.

Wire copy names a company by its trade before its name ("Grocery chain …",
"bus operator Tarnway Coaches") and then calls it "the company". A name whose
last word is a firm's ("… Holdings", "… Airways") is a company, too, even when
another, smaller firm is named more often in passing.
"""

from tests.extraction_support import claimants


def test_a_name_after_a_noun_for_a_kind_of_firm_is_the_company_named_later():
    body = (
        "Energy supplier Cobbleford Power has been fined 3 million pounds, the Utility"
        " Standards Board said.\n"
        "The company said most customers had already been refunded."
    )
    assert claimants(body, "en")[1] == "Cobbleford Power"


def test_a_firm_named_in_passing_after_its_trade_is_not_the_company_of_the_article():
    body = (
        "Pellingham Port Holdings moved 2.1 million containers last year, its chief"
        " executive Dana Rusk said on Monday.\n"
        "Growth came mainly from new sailings that the low-cost carrier Ravelair began.\n"
        "Ravelair now calls at the port four times a week.\n"
        "Profit rose by a quarter, the company said."
    )
    assert claimants(body, "en")[3] == "Pellingham Port Holdings"


def test_a_name_ending_in_a_word_for_a_firm_is_the_company_said_later():
    body = (
        "About 800,000 customers of Harland Vale Water face a hosepipe ban from Monday.\n"
        "The company said its reservoirs held 38 per cent of their capacity."
    )
    assert claimants(body, "en")[1] == "Harland Vale Water"


def test_an_airline_named_by_its_last_word_is_no_person():
    body = (
        "Passengers of Tarrow Air filed 9,100 delay claims last year.\n"
        "In a statement, the company said 2,300 of them had been paid within 28 days."
    )
    assert claimants(body, "en")[1] == "Tarrow Air"

"""A firm introduced by what it does, and a firm whose name says it is one.

Wire copy names a company by its trade before its name ("Grocery chain …",
"bus operator Tarnway Coaches") and then calls it "the company". A name whose
last word is a firm's ("… Holdings", "… Airways") is a company, too, even when
another, smaller firm is named more often in passing.
"""

import pytest

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


def test_a_noun_for_the_kind_of_firm_opening_an_inserted_clause_is_the_firm():
    body = (
        "Brackwell Supermarkets raised its profit by 6 per cent on Tuesday.\n"
        "The grocer, which runs 220 stores across Scotland and Wales, said sales"
        " rose 3 per cent."
    )
    assert claimants(body, "en")[1] == "Brackwell Supermarkets"


def test_a_country_deep_in_what_was_said_is_no_speaker():
    body = (
        "Harlow Airport handled 2.1 million passengers last year.\n"
        "The airport said growth came from new routes to Spain and Poland."
    )
    assert claimants(body, "en")[1] == "Harlow Airport"


def test_the_operator_and_the_firm_are_the_bus_company_named_before():
    body = (
        "Tennick Motor Services will withdraw six rural routes from May, the company said.\n"
        "The operator said passenger numbers had fallen by 41 per cent since 2019.\n"
        "Some buses carry fewer than four people a trip, according to the firm."
    )
    assert claimants(body, "en")[1:] == ["Tennick Motor Services", "Tennick Motor Services"]


def test_the_charity_is_the_alliance_named_before():
    body = (
        "The Wendle Rivers Alliance counted 3,900 hours of sewage spills last year.\n"
        "Two years earlier the total was 1,600 hours, the charity said."
    )
    assert claimants(body, "en")[1] == "Wendle Rivers Alliance"


def test_a_spokesperson_for_the_body_speaks_for_the_body_named_before():
    body = (
        "Wendmoor General Hospital received a 2 million pound grant from the Pellow Trust.\n"
        "A spokesperson for the hospital said the money could not be spent on staff."
    )
    assert claimants(body, "en")[1] == "Wendmoor General Hospital"


def test_inspectors_and_keepers_speak_for_their_inspectorate_and_zoo():
    body = (
        "The Care Quality Inspectorate rated the Ashdown unit inadequate on Monday.\n"
        "Inspectors found that 9 of 20 shifts had too few midwives.\n"
        "Brackwell Zoo welcomed two lion cubs in May.\n"
        "Keepers said both cubs had gained 1.2 kilograms since birth."
    )
    found = claimants(body, "en")
    assert (found[1], found[3]) == ("Care Quality Inspectorate", "Brackwell Zoo")


def test_the_carrier_with_an_adjective_is_the_airline_named_before():
    body = (
        "Passengers of Tarrow Airways filed 9,100 delay claims last year.\n"
        "The regional carrier said it had set aside 2 million pounds for them."
    )
    assert claimants(body, "en")[1] == "Tarrow Airways"


def test_a_name_with_its_function_between_commas_is_the_speaker():
    body = (
        "Neil Harrop, secretary of the Elby Real Ale Society, pointed out that"
        " the group had closed two breweries since 2019."
    )
    assert claimants(body, "en") == ["Neil Harrop"]


def test_a_bodys_board_papers_are_the_bodys():
    body = (
        "Ashfield District Council plans to close six public toilets.\n"
        "About 71,000 pounds of the saving is one-off repairs, according to the"
        " council's own budget papers."
    )
    assert claimants(body, "en")[1] == "Ashfield District Council"


def test_a_product_code_is_no_company():
    body = (
        "Brightmoor Home Appliances is recalling its CH20 and CH20T heaters.\n"
        "It said it knew of 17 heaters that had overheated."
    )
    assert claimants(body, "en")[1] == "Brightmoor Home Appliances"


def test_the_airline_is_the_firm_whose_name_ends_in_air():
    body = (
        "Pilots at Kestrow Air and ground staff at Dunhill Airport began a strike on Monday.\n"
        "According to the airline, 140 flights were cancelled."
    )
    assert claimants(body, "en")[1] == "Kestrow Air"


def test_a_name_ending_in_marine_is_a_firm_not_a_person():
    body = (
        "The shipbuilder Kelso Marine has won a contract for two ferries.\n"
        "The company employs 900 people at the yard, according to its annual report."
    )
    assert claimants(body, "en")[1] == "Kelso Marine"


def test_a_name_ending_in_college_is_a_body_that_publishes_figures():
    body = (
        "Enrolments at Westby College rose by 12 per cent, according to figures published"
        " by the college on Monday.\n"
        "The figures show that 1,140 students began courses in September."
    )
    assert claimants(body, "en")[1] == "Westby College"


def test_a_name_ending_in_chemicals_is_the_company():
    body = (
        "Shares in Parrow Chemicals fell by a fifth on Wednesday.\n"
        "Revenue was 9 per cent lower than a year earlier, the company said."
    )
    assert claimants(body, "en")[1] == "Parrow Chemicals"


def test_a_name_after_a_noun_for_a_chain_of_shops_is_the_company():
    body = (
        "Bakery chain Crumbwell has closed 14 of its 90 shops this year, the company said.\n"
        "The group reported sales of £210 million for the year to March."
    )
    found = claimants(body, "en")
    assert found[0] == "Crumbwell"
    assert found[1] == "Crumbwell"


def test_according_to_a_noun_for_a_kind_of_firm_means_the_firm():
    body = (
        "Order for boat maker\n\n"
        "Boatbuilder Skellan Yachts has won an order for 40 ferries.\n"
        "Each ferry will carry up to 300 passengers, according to the builder."
    )
    assert claimants(body, "en")[2] == "Skellan Yachts"


def test_a_verb_joined_by_and_shares_the_subject_of_the_first():
    body = (
        "Order for boat maker\n\n"
        "Boatbuilder Skellan Yachts has won an order for 40 ferries.\n"
        "The company employs about 600 people in Porthlow and said it would hire 50 more."
    )
    assert claimants(body, "en")[2] == "Skellan Yachts"


def test_a_place_based_firm_noun_means_the_firm_not_the_place():
    body = (
        "Ferry profits up\n\n"
        "Wyvern Ferries carried 2.1 million passengers last year.\n"
        "Profits rose 12 per cent to £48 million, the Portlow-based operator said on Monday."
    )
    assert claimants(body, "en")[2] == "Wyvern Ferries"


def test_according_to_a_research_firm_named_after_its_noun():
    body = (
        "Shops empty\n\n"
        "Tollgate District Council said 14 units at the retail park were empty.\n"
        "Nationally, the vacancy rate for retail parks stood at 7.9 per cent at the end of"
        " last year, according to the research firm Harwood Retail Data."
    )
    assert claimants(body, "en")[2] == "Harwood Retail Data"


def test_according_to_the_liquidators_named_in_apposition():
    body = (
        "Travel firm collapse\n\n"
        "About 900 bookings were not protected, according to the liquidators, Fenn Marlow"
        " Advisory."
    )
    assert claimants(body, "en")[1] == "Fenn Marlow Advisory"


def test_the_lender_is_the_body_this_sentence_names_when_none_came_before():
    body = (
        "Arrears up\n\n"
        "The number of Dunmoor Building Society borrowers behind on their payments has"
        " risen by 22 per cent, the lender said on Monday."
    )
    assert claimants(body, "en")[1] == "Dunmoor Building Society"


def test_a_firm_named_in_the_headline_is_not_taken_for_a_person():
    body = (
        "Fenwick Media passes 50,000 digital subscribers\n\n"
        "Fenwick Media, which publishes nine weekly titles across the valley, now has more"
        " than 50,000 paying subscribers, the company said on Tuesday."
    )
    assert claimants(body, "en", title=True)[1] == "Fenwick Media"


@pytest.mark.parametrize(
    ("named", "referent", "expected"),
    [
        ("Pellstone Networks said 40 masts were down.", "The company", "Pellstone Networks"),
        ("Tarrow Dairies said it paid 31p a litre.", "The company", "Tarrow Dairies"),
        (
            "St Ormond's Hospice said it cared for 610 patients.",
            "The charity",
            "St Ormond's Hospice",
        ),
        ("The Westmere Sinfonia played 48 concerts.", "The orchestra", "Westmere Sinfonia"),
    ],
)
def test_a_name_ending_in_a_word_for_a_kind_of_body_is_what_a_later_noun_means(
    named, referent, expected
):
    body = f"Funding news\n\n{named}\n\n{referent} said its costs had risen by 12 per cent."
    assert claimants(body, "en")[2] == expected


def test_a_maker_named_by_its_works_is_the_company_of_the_article():
    # "… Distillery", "… Pottery", "… Foundry": a works' name says it is a firm,
    # though a founder of the same surname is named beside it.
    body = (
        "Kelsall Distillery, founded in 1891 by Robert Kelsall, opened a second warehouse.\n"
        "About 40,000 casks are now stored on the site, according to the company."
    )
    assert claimants(body, "en")[1] == "Kelsall Distillery"

"""The OpenAPI document links a claim to its operations, and lists document paging errors."""

import pytest
from drf_spectacular.generators import SchemaGenerator

from claims.workflow import ACTIONS


@pytest.fixture(scope="module")
def schema() -> dict:
    return SchemaGenerator().get_schema(request=None, public=True)


def _operation(schema: dict, operation_id: str) -> dict:
    return next(
        op
        for ops in schema["paths"].values()
        for op in ops.values()
        if isinstance(op, dict) and op.get("operationId") == operation_id
    )


def test_a_created_claim_links_to_every_action_and_its_ledger(schema):
    links = _operation(schema, "claims_create")["responses"]["201"]["links"]
    for name in ACTIONS:
        assert links[f"claims_{name}"]["parameters"] == {"id": "$response.body#/id"}
    assert links["claims_notes_create"]["parameters"] == {"claim_id": "$response.body#/id"}
    assert "claims_partial_update" in links and "claims_retrieve" in links


def test_every_action_answer_links_on_to_the_next_actions(schema):
    for name in ACTIONS:
        links = _operation(schema, f"claims_{name}")["responses"]["200"]["links"]
        assert "claims_publish" in links and "claims_sources_create" in links
    assert "claims_take" in _operation(schema, "queue_next")["responses"]["200"]["links"]


def test_cursor_lists_document_the_bad_cursor_answer(schema):
    for operation_id in ("claims_list", "claims_notes_list", "claims_history_list"):
        assert "400" in _operation(schema, operation_id)["responses"]

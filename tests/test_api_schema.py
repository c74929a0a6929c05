"""The OpenAPI document: valid, complete, and served with a Swagger UI that needs no internet."""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.validation import validate_schema
from rest_framework.test import APIClient

from claims import workflow

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def schema() -> dict:
    return SchemaGenerator().get_schema(request=None, public=True)


def _api_routes() -> set[str]:
    """Every /api/ route as an OpenAPI path template, from the URL configuration."""
    routes = set()

    def walk(patterns, prefix: str) -> None:
        for pattern in patterns:
            text = prefix + str(pattern.pattern).lstrip("^").rstrip("$")
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, text)
            elif isinstance(pattern, URLPattern) and text.startswith("api/"):
                path = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"{\1}", text)
                path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", path)
                routes.add("/" + path.replace("{pk}", "{id}"))

    walk(get_resolver().url_patterns, "")
    # The last one is the catch-all that answers unknown API addresses with a JSON 404.
    return routes - {"/api/schema/", "/api/docs/", "/api/"}


def test_schema_is_valid_openapi_3(schema):
    validate_schema(schema)
    assert schema["openapi"].startswith("3.")


def test_schema_covers_every_api_route(schema):
    routes = _api_routes()
    assert routes
    assert routes == set(schema["paths"])


def test_every_workflow_action_has_its_own_documented_operation(schema):
    for name in workflow.ACTIONS:
        operation = schema["paths"][f"/api/claims/{{id}}/{name}/"]["post"]
        assert operation["operationId"] == f"claims_{name}"
        assert {"200", "403", "409", "412"} <= set(operation["responses"])
        assert any(p["name"] == "If-Match" for p in operation["parameters"])


def test_every_operation_documents_its_errors_in_the_error_shape(schema):
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            errors = {code: r for code, r in operation["responses"].items() if code >= "400"}
            assert errors, (method, path)
            for response in errors.values():
                ref = response["content"]["application/json"]["schema"]["$ref"]
                assert ref.endswith("/Error")
                assert response["content"]["application/json"]["examples"]


def test_claim_list_documents_its_filters_and_ordering(schema):
    names = {p["name"] for p in schema["paths"]["/api/claims/"]["get"]["parameters"]}
    assert names >= {
        "status",
        "assignee",
        "article",
        "rating",
        "priority",
        "language",
        "claimant",
        "due_before",
        "due_after",
        "overdue",
        "q",
        "ordering",
        "cursor",
        "page_size",
    }


def test_public_endpoints_are_documented_without_required_auth(schema):
    for path in ["/api/factchecks/", "/api/claims/{id}/claimreview/"]:
        assert not schema["paths"][path]["get"].get("security")


def test_schema_is_served_to_anyone(db):
    response = APIClient().get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    assert "/api/queue/next/" in response.json()["paths"]


def test_swagger_ui_uses_local_assets(db):
    response = APIClient().get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "swagger-ui" in html
    assert "cdn.jsdelivr" not in html and "unpkg" not in html
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/" in html

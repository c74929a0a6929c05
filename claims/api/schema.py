"""OpenAPI helpers: the error body and its documented responses, with examples."""

from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse
from rest_framework import serializers


class ErrorDetailSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="Stable machine-readable code, e.g. `stale_claim`.")
    message = serializers.CharField(help_text="A sentence for people, in the request language.")
    fields = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text="Messages per input field; empty when the error is not about one field.",
    )
    allowed_actions = serializers.ListField(
        child=serializers.CharField(),
        required=False,
        help_text="Only for `action_not_allowed` (409): the actions the claim's status allows.",
    )


class ErrorSerializer(serializers.Serializer):
    error = ErrorDetailSerializer()


def _example(name: str, code: str, message: str, **extra) -> OpenApiExample:
    error = {"code": code, "message": message, "fields": extra.pop("fields", {}), **extra}
    return OpenApiExample(name, value={"error": error}, response_only=True)


_ERRORS: dict[int, tuple[str, list[OpenApiExample]]] = {
    400: (
        "The input is not valid; `fields` says what to fix.",
        [
            _example(
                "Invalid input",
                "invalid_input",
                "Some fields are not valid: priority.",
                fields={"priority": ['"9" is not a valid choice.']},
            )
        ],
    ),
    401: (
        "No valid token or session.",
        [
            _example(
                "Not authenticated",
                "not_authenticated",
                "Authentication credentials were not provided.",
            )
        ],
    ),
    403: (
        "The caller's role does not allow this.",
        [
            _example(
                "Not permitted",
                "not_permitted",
                "Only editors may use “Publish”.",
            )
        ],
    ),
    404: (
        "No such object, or not visible to the caller.",
        [_example("Not found", "not_found", "No Claim matches the given query.")],
    ),
    409: (
        "The action does not apply to the claim's current status.",
        [
            _example(
                "Action not allowed",
                "action_not_allowed",
                "“Publish” does not apply to a claim that is new; "
                "possible now: Accept into queue, Reject.",
                allowed_actions=["accept", "reject"],
            )
        ],
    ),
    412: (
        "The claim changed since the version given in If-Match.",
        [
            _example(
                "Stale claim",
                "stale_claim",
                "Someone else changed this claim meanwhile. "
                "Reload it to see their changes, then try again.",
            )
        ],
    ),
    429: (
        "Too many requests without a token; wait as Retry-After says.",
        [
            _example(
                "Throttled",
                "throttled",
                "Request was throttled. Expected available in 12 seconds.",
            )
        ],
    ),
}


def errors(*statuses: int) -> dict[int, OpenApiResponse]:
    """Documented error responses, all in the one error body shape."""
    return {
        status: OpenApiResponse(
            ErrorSerializer, description=_ERRORS[status][0], examples=_ERRORS[status][1]
        )
        for status in statuses
    }


# Every authenticated endpoint can answer these.
AUTH_ERRORS = (401, 403)

IF_MATCH = OpenApiParameter(
    "If-Match",
    str,
    OpenApiParameter.HEADER,
    required=False,
    description=(
        'The claim\'s ETag (its `version` in quotes, e.g. `"3"`) as last read. '
        "When the claim changed since, nothing is done and the answer is 412."
    ),
)

CLAIM_ID = OpenApiParameter("claim_id", int, OpenApiParameter.PATH, description="Claim id.")


# Operations that answer with one claim, and what a client can do with that claim next.
# These OpenAPI links let a stateful client (and schemathesis' stateful phase) follow a
# created claim through its actions instead of guessing ids.
_CLAIM_PRODUCERS = {"claims_create": "201", "claims_retrieve": "200", "queue_next": "200"}
_CLAIM_ID_PARAMETER = {"claims_history_list": "claim_id", "claims_notes_list": "claim_id"}


def _claim_consumers(schema: dict) -> dict[str, str]:
    """operationId → name of its claim id path parameter, for every operation on one claim."""
    consumers = {}
    for path, operations in schema["paths"].items():
        if not path.startswith("/api/claims/{"):
            continue
        parameter = path.split("{", 1)[1].split("}", 1)[0]
        for operation in operations.values():
            if isinstance(operation, dict) and "operationId" in operation:
                consumers[operation["operationId"]] = parameter
    return consumers


def add_claim_links(result: dict, generator, request, public) -> dict:
    """drf-spectacular postprocessing hook: OpenAPI links from a claim to its operations."""
    consumers = _claim_consumers(result)
    links = {
        operation_id: {
            "operationId": operation_id,
            "parameters": {parameter: "$response.body#/id"},
            "description": f"`{operation_id}` on the claim just answered.",
        }
        for operation_id, parameter in sorted(consumers.items())
    }
    producers = {}
    for operations in result["paths"].values():
        for operation in operations.values():
            if isinstance(operation, dict) and operation.get("operationId") in _CLAIM_PRODUCERS:
                producers[operation["operationId"]] = operation
    producers.update(
        {
            op["operationId"]: op
            for operations in result["paths"].values()
            for op in operations.values()
            if isinstance(op, dict)
            and op.get("operationId", "").startswith("claims_")
            and consumers.get(op["operationId"]) == "id"
            and op["operationId"] not in ("claims_claimreview",)
        }
    )
    for operation_id, operation in producers.items():
        status = _CLAIM_PRODUCERS.get(operation_id, "200")
        response = operation.get("responses", {}).get(status)
        if response is not None and "content" in response:
            response["links"] = links
    return result


_LIST_ERRORS = {
    # A forged or garbled cursor is refused with 400 naming `cursor`.
    "cursor": (
        "400",
        "The input is not valid; `fields` says what to fix.",
        {
            "code": "invalid_input",
            "message": "Some fields are not valid: cursor.",
            "fields": {"cursor": ["The cursor is not valid."]},
        },
    ),
    # Page-number lists answer 404 for a page past the end.
    # (Keys are query parameters; "security" marks the operations that need a login.)
    "page": (
        "404",
        "No such page of the list.",
        {"code": "not_found", "message": "Invalid page.", "fields": {}},
    ),
    # An unknown `?format=` is DRF's 404 (no renderer by that name).
    "format": (
        "404",
        "No such format: use json, or csv where the list offers it.",
        {"code": "not_found", "message": "Not found.", "fields": {}},
    ),
    "security": (
        "403",
        "The caller's role does not allow this.",
        {"code": "not_permitted", "message": "You may not do this.", "fields": {}},
    ),
}


def document_list_errors(result: dict, generator, request, public) -> dict:
    """drf-spectacular postprocessing hook: errors every operation of a kind can answer.

    Lists document the errors of their paging; operations that need a login document 403.
    """
    for operations in result["paths"].values():
        for operation in operations.values():
            if not isinstance(operation, dict):
                continue
            names = {p.get("name") for p in operation.get("parameters", [])}
            responses = operation.setdefault("responses", {})
            if "401" in responses and "403" not in responses:
                # Logged in but without the role: every protected operation can say so.
                names.add("security")
            for name, (status, description, example) in _LIST_ERRORS.items():
                if name in names and status not in responses:
                    content = {
                        "schema": {"$ref": "#/components/schemas/Error"},
                        "examples": {"Error": {"value": {"error": example}}},
                    }
                    responses[status] = {
                        "description": description,
                        "content": {"application/json": content},
                    }
    return result

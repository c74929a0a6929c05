#!/usr/bin/env bash
# Fuzz the running API against its own OpenAPI document.
#
# Usage: .ci/schemathesis.sh BASE_URL EDITOR_TOKEN
#   e.g. .ci/schemathesis.sh http://127.0.0.1:8000 "$(python manage.py drf_create_token editor | awk '{print $3}')"
#
# Fails on any server error (5xx) and on any answer that does not match the schema:
# every check schemathesis has (status codes, content types, headers, response bodies,
# authentication, use after free …) except two that cannot hold for a workflow API:
# positive_data_acceptance (a schema-valid action is still refused when the claim's
# status or the caller's role does not allow it: 409/403 by design) and
# negative_data_rejection (lenient query parameters such as an empty page_size fall back
# to the default instead of failing). The stateful phase follows the OpenAPI links from a
# created claim through its actions, sources and notes.
# MAX_EXAMPLES (per operation, default 5) and SEED (default 1) tune the run; the
# defaults give well over 500 cases and stay within a few minutes on SQLite.
set -euo pipefail

base_url="${1:?usage: $0 BASE_URL EDITOR_TOKEN}"
token="${2:?usage: $0 BASE_URL EDITOR_TOKEN}"
base_url="${base_url%/}"
max_examples="${MAX_EXAMPLES:-5}"
min_cases="${MIN_CASES:-500}"
seed="${SEED:-1}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ -x "$here/.venv/bin/schemathesis" ]]; then
  schemathesis="$here/.venv/bin/schemathesis"
else
  schemathesis="$(command -v schemathesis)" || {
    echo "schemathesis is not installed: pip install -r requirements-dev.txt" >&2
    exit 2
  }
fi

output="$(mktemp)"
trap 'rm -f "$output"' EXIT

"$schemathesis" run "$base_url/api/schema/" \
  --header "Authorization: Token $token" \
  --checks all \
  --exclude-checks positive_data_acceptance,negative_data_rejection \
  --phases examples,coverage,fuzzing,stateful \
  --max-examples "$max_examples" \
  --seed "$seed" \
  --workers 1 \
  --request-timeout 30 \
  --no-color | tee "$output"

# A run that generated too few cases proves little: fail it too.
cases="$(grep -oE '^ *[0-9]+ generated' "$output" | grep -oE '[0-9]+' | tail -1 || true)"
if [[ -z "$cases" || "$cases" -lt "$min_cases" ]]; then
  echo "schemathesis generated ${cases:-no} test cases; at least $min_cases are needed" >&2
  exit 1
fi
echo "schemathesis: $cases test cases passed"

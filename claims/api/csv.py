"""`?format=csv` on the claim list: the whole filtered list, streamed (see claims.exports)."""

from rest_framework.renderers import BaseRenderer


class CSVRenderer(BaseRenderer):
    """Lets content negotiation accept `format=csv`; the list view streams the rows itself."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        # Only reached if a view answered a CSV request with a plain Response; the claim
        # list never does (errors are switched to JSON by the view).
        raise NotImplementedError("The CSV answer is streamed by the view.")

"""DRF permission classes; the rules themselves live in claims.rulebook."""

from rest_framework.permissions import BasePermission

from claims.rulebook import can


class CanReadDesk(BasePermission):
    """Readers, reviewers and editors read everything; writes are checked by the workflow."""

    def has_permission(self, request, view) -> bool:
        return can(request.user, "claims.read_desk")

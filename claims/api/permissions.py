"""DRF permission classes; the rules themselves live in claims.permissions and claims.roles."""

from rest_framework.permissions import BasePermission

from claims.permissions import can_read_unpublished


class CanReadDesk(BasePermission):
    """Readers, reviewers and editors read everything; writes are checked by the workflow."""

    def has_permission(self, request, view) -> bool:
        return can_read_unpublished(request.user)

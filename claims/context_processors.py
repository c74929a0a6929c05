from django.http import HttpRequest

from claims.roles import is_editor, is_reviewer, is_staff_member


def roles(request: HttpRequest) -> dict:
    """Role flags for templates, so menus show only what the user may use."""
    user = getattr(request, "user", None)
    return {
        "is_editor": is_editor(user),
        "is_reviewer": is_reviewer(user),
        "is_desk_member": is_staff_member(user),
    }

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from claims import rulebook


def roles(request: HttpRequest) -> dict:
    """Role flags for templates, so menus show only what the user may use."""
    user = getattr(request, "user", None)
    return {
        "is_editor": rulebook.is_editor.test(user),
        "is_reviewer": rulebook.is_reviewer.test(user),
        "is_desk_member": rulebook.can(user, "claims.read_desk"),
    }


def unread_notifications(request: HttpRequest) -> dict:
    """The header's unread count: one COUNT query, run only if a template shows it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"unread_notifications": 0}
    from claims.models import Notification

    return {
        "unread_notifications": SimpleLazyObject(
            lambda: Notification.objects.for_user(user).unread().count()
        )
    }

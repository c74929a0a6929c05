"""Who may open which page: thin wrappers over claims.permissions and claims.roles."""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from claims.permissions import can_read_unpublished
from claims.roles import is_editor

View = Callable[..., HttpResponse]


def _require(check: Callable[[object], bool]) -> Callable[[View], View]:
    def decorator(view: View) -> View:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            # Logged in but without the role: a plain refusal, not a login loop.
            if not check(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


desk_member_required = _require(can_read_unpublished)
editor_required = _require(is_editor)

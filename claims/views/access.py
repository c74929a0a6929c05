"""Who may open which page: the rulebook's answers as view decorators."""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from claims import rulebook

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


desk_member_required = _require(lambda user: rulebook.can(user, "claims.read_desk"))
editor_required = _require(rulebook.is_editor.test)

"""Token authentication that stops an address from guessing tokens.

Every wrong token counts against the caller's address in the shared cache; past
FACTCHECK_TOKEN_FAILURE_LIMIT wrong tokens within the window, that address is answered
429 until the window ends, whatever token it sends. Login pages have django-axes for the
same purpose; tokens never pass through Django's authenticate(), so they need their own.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _
from rest_framework.authentication import TokenAuthentication, get_authorization_header
from rest_framework.exceptions import AuthenticationFailed, Throttled
from rest_framework.throttling import BaseThrottle

WINDOW_SECONDS = 15 * 60


def _key(request) -> str:
    return f"token-failures:{BaseThrottle().get_ident(request)}"


class GuardedTokenAuthentication(TokenAuthentication):
    def authenticate(self, request):
        words = get_authorization_header(request).split()
        if not words or words[0].lower() != self.keyword.lower().encode():
            return None  # no token sent: nothing to guard, no cache lookup
        key = _key(request)
        if cache.get(key, 0) >= settings.FACTCHECK_TOKEN_FAILURE_LIMIT:
            raise Throttled(
                wait=WINDOW_SECONDS,
                detail=_("Too many wrong tokens from your address; try again later."),
            )
        try:
            return super().authenticate(request)
        except AuthenticationFailed:
            # add() starts the window only once; incr() counts atomically in the cache.
            cache.add(key, 0, timeout=WINDOW_SECONDS)
            try:
                cache.incr(key)
            except ValueError:  # the entry expired between add() and incr()
                cache.set(key, 1, timeout=WINDOW_SECONDS)
            raise

from django.contrib import admin
from django.urls import include, path, re_path

from claims.api.handlers import unknown_api_address

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("claims.api.urls")),
    re_path(r"^api/", unknown_api_address),
    path("", include("claims.urls")),
]

# Under /api/ these answer in the API's JSON error body; elsewhere Django's pages.
handler400 = "claims.api.handlers.bad_request"
handler403 = "claims.api.handlers.permission_denied"
handler404 = "claims.api.handlers.page_not_found"
handler500 = "claims.api.handlers.server_error"

from django.contrib import admin

from claims.models import Rating


@admin.register(Rating)
class RatingAdmin(admin.ModelAdmin):
    list_display = ["code", "label_de", "label_en", "position", "is_active"]
    list_editable = ["label_de", "label_en", "position", "is_active"]
    fields = [
        "code",
        "label_de",
        "label_en",
        "position",
        "definition_de",
        "definition_en",
        "is_active",
    ]

    def get_readonly_fields(self, request, obj=None):
        # The code is what API clients and stored claims refer to.
        return ["code"] if obj else []

    def has_delete_permission(self, request, obj=None):
        return False

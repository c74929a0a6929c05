"""Users in the admin: someone who worked on the desk is deactivated, never deleted.

Claims, notes, sources and history keep the people who made them (the foreign keys are
PROTECT), so Django lists a user's work as "protected" when deleting is tried. This
admin adds what to do instead: untick "Active".
"""

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext as _


class DeskUserAdmin(UserAdmin):
    def get_deleted_objects(self, objs, request):
        deleted, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        if protected:
            messages.warning(
                request,
                _(
                    "Users who worked on claims stay on the record and cannot be deleted. "
                    "To stop someone from logging in, open the user and untick “Active”."
                ),
            )
        return deleted, model_count, perms_needed, protected


User = get_user_model()
if admin.site.is_registered(User):
    admin.site.unregister(User)
admin.site.register(User, DeskUserAdmin)

"""The caller's notifications: newest first, and marking them read."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from claims.api.pagination import cursor_pagination
from claims.api.schema import errors
from claims.models import Notification


class NotificationSerializer(serializers.ModelSerializer):
    actor = serializers.SlugRelatedField(slug_field="username", read_only=True)

    class Meta:
        model = Notification
        fields = ["id", "kind", "claim", "read", "created_at", "actor", "text"]
        read_only_fields = fields


class MarkedReadSerializer(serializers.Serializer):
    marked = serializers.IntegerField(help_text="How many notifications became read.")


@extend_schema_view(
    list=extend_schema(
        summary="The caller's notifications, newest first",
        responses={200: NotificationSerializer(many=True), **errors(401)},
    ),
    read=extend_schema(
        summary="Mark one of the caller's notifications as read",
        request=None,
        responses={200: NotificationSerializer, **errors(401, 404)},
    ),
    read_all=extend_schema(
        summary="Mark all of the caller's notifications as read",
        request=None,
        responses={200: MarkedReadSerializer, **errors(401)},
    ),
)
class NotificationViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = NotificationSerializer
    pagination_class = cursor_pagination("-id")
    filter_backends: list = []
    queryset = Notification.objects.none()

    def get_queryset(self):
        return Notification.objects.for_user(self.request.user).select_related("actor")

    @action(detail=True, methods=["post"])
    def read(self, request: Request, pk=None) -> Response:
        notification = self.get_object()
        if not notification.read:
            notification.read = True
            notification.save(update_fields=["read"])
        return Response(self.get_serializer(notification).data)

    @action(detail=False, methods=["post"], url_path="read-all")
    def read_all(self, request: Request) -> Response:
        marked = Notification.objects.for_user(request.user).unread().update(read=True)
        return Response({"marked": marked})

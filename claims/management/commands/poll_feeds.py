from django.core.management.base import BaseCommand

from claims import feeds
from claims.models import Feed


class Command(BaseCommand):
    help = "Poll every subscribed feed now; new items are imported by background jobs."

    def handle(self, *args, **options) -> None:
        for feed in Feed.objects.filter(active=True).order_by("id"):
            result = feeds.poll(feed)
            # This poll replaces the feed's scheduled one; the next follows the usual interval.
            feeds.schedule(feed, delay_seconds=feeds.next_delay(result.feed))
            if result.ok:
                state = "not modified" if result.not_modified else f"{len(result.new_urls)} new"
                if result.skipped:
                    state += f", {result.skipped} without a link"
                self.stdout.write(f"{feed}: {state}")
            else:
                self.stderr.write(f"{feed}: {result.error}")

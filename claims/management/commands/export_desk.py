import os
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.desk import export_desk


class Command(BaseCommand):
    help = (
        "Write the whole desk (users, ratings, snapshots, articles, sources, claims, "
        "evidence, notes, history) to PATH as one JSON document, for import_desk."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", metavar="PATH")

    def handle(self, *args, **options) -> None:
        target = Path(options["path"])
        if not target.parent.is_dir():
            raise CommandError(f"{target.parent}: no such directory.", returncode=2)
        # Written beside the target and renamed at the end: a failed export never leaves
        # a half document where a good one is expected.
        handle, partial = tempfile.mkstemp(prefix=".desk-", dir=target.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                counts = export_desk(out)
            os.replace(partial, target)
        except BaseException:
            Path(partial).unlink(missing_ok=True)
            raise
        summary = ", ".join(f"{count} {name}" for name, count in counts.items())
        self.stdout.write(f"Exported {summary} to {target}.")

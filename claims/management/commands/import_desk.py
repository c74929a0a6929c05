from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError

from claims.desk import DeskError, import_desk


def _fail(message: str) -> CommandError:
    return CommandError(" ".join(message.split()), returncode=2)


class Command(BaseCommand):
    help = (
        "Read a desk document written by export_desk into this database, which must be "
        "empty (freshly migrated). All or nothing: a bad document stores nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", metavar="PATH")

    def handle(self, *args, **options) -> None:
        path = Path(options["path"])
        try:
            with path.open(encoding="utf-8") as lines:
                counts = import_desk(lines)
        except OSError as exc:
            raise _fail(f"{path}: cannot be read ({exc.strerror or exc}).") from None
        except UnicodeDecodeError:
            raise _fail(f"{path}: not a desk document (not UTF-8 text).") from None
        except DeskError as exc:
            raise _fail(f"{path}: {exc}; nothing was imported.") from None
        except DatabaseError as exc:
            # A record that breaks a rule of the database (a constraint, a missing row).
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise _fail(
                f"{path}: the database refused a record ({first}); nothing was imported."
            ) from None
        summary = ", ".join(f"{count} {name}" for name, count in counts.items())
        self.stdout.write(f"Imported {summary}.")

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.desk_training import NotEnoughDecisions, train_checkworthiness


class Command(BaseCommand):
    help = (
        "Refit the check-worthiness weights on the desk's accept and reject decisions plus "
        "the project's annotated articles; keep the old weights if the new ones do worse on "
        "a held-back slice of the decisions."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--output",
            help="Where to write the weights (default: FACTCHECK_CHECKWORTHINESS_MODEL).",
        )
        parser.add_argument(
            "--min-decisions",
            type=int,
            default=20,
            help="Refuse to train on fewer decisions than this (default 20).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Report, write nothing.")

    def handle(self, *args, **options) -> None:
        if options["min_decisions"] < 1:
            raise CommandError("--min-decisions must be at least 1.", returncode=2)
        try:
            report = train_checkworthiness(
                output=options["output"],
                min_decisions=options["min_decisions"],
                dry_run=options["dry_run"],
            )
        except NotEnoughDecisions as exc:
            raise CommandError(str(exc), returncode=2) from exc
        b, a = report.before, report.after
        self.stdout.write(
            f"{report.decisions} decisions, {report.held_back} held back for measuring.\n"
            f"before: P {b.precision:.3f} R {b.recall:.3f} F1 {b.f1:.3f}\n"
            f"after:  P {a.precision:.3f} R {a.recall:.3f} F1 {a.f1:.3f}"
        )
        if report.kept_old:
            self.stdout.write(f"The new weights do worse; keeping {report.model_id}.")
        elif options["dry_run"]:
            self.stdout.write(f"Dry run: {report.model_id} not written.")
        else:
            self.stdout.write(f"Wrote {report.model_id} to {report.path}.")

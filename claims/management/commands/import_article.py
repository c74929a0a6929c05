import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.core.validators import URLValidator
from django.db import transaction
from tqdm import tqdm

from claims.errors import WorkflowError
from claims.extraction import ExtractionInputError, decode_document
from claims.extraction.decoding import MAX_DOCUMENT_BYTES
from claims.fetching import FetchError
from claims.importing import ImportResult, import_article, reason_labels
from claims.ingest import fetch_and_import
from claims.models import Article


def _fail(message: str) -> CommandError:
    # Exit status 2 marks bad input, as for any command-line tool given wrong arguments.
    return CommandError(message.replace("\n", " "), returncode=2)


class Command(BaseCommand):
    help = (
        "Import news articles (text, Markdown or HTML files), find their check-worthy claims "
        "and put them into the queue as new claims."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="*", metavar="PATH")
        parser.add_argument(
            "--fetch",
            action="append",
            default=[],
            metavar="URL",
            help="Fetch the article at URL and import it (repeatable; instead of files).",
        )
        parser.add_argument("--title", help="Article title (default: the file's first line).")
        parser.add_argument("--url", default="", help="Where the article was published.")
        parser.add_argument("--outlet", default="", help="The publication, e.g. a newspaper.")
        parser.add_argument("--language", default="auto", help="de, en or auto (default).")
        parser.add_argument("--dry-run", action="store_true", help="Show, store nothing.")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, **options) -> None:
        self._check_options(options)
        if options["fetch"]:
            if options["paths"]:
                raise _fail("Give files or --fetch URLs, not both.")
            self._fetch(options["fetch"], options)
            return
        if not options["paths"]:
            raise _fail("Give at least one file to import, or --fetch URL.")
        paths = [Path(p) for p in options["paths"]]
        if len(paths) > 1 and (options["title"] or options["url"]):
            raise _fail(
                "--title and --url apply to one article; import several files without them."
            )
        bodies = [self._read(path) for path in paths]
        results = []
        progress = tqdm(
            total=len(paths), disable=len(paths) < 2, unit="article", file=self.stderr._out
        )
        try:
            # All files or none: a bad file late in the list leaves nothing half-imported.
            with transaction.atomic():
                for path, body in zip(paths, bodies, strict=True):
                    progress.set_description(path.name)
                    try:
                        results.append(
                            import_article(
                                None,
                                body=body,
                                title=options["title"],
                                url=options["url"],
                                outlet=options["outlet"],
                                language=options["language"],
                                dry_run=options["dry_run"],
                            )
                        )
                    except WorkflowError as exc:
                        raise _fail(f"{path}: {exc.message}") from None
                    except ValueError as exc:  # a model validation error, e.g. a bad --url
                        raise _fail(f"{path}: {exc}") from None
                    progress.update()
        finally:
            progress.close()
        for result in results:
            self._report(result, options)

    def _fetch(self, urls: list[str], options: dict) -> None:
        """Fetch and import each page now, in this process (the web and API use jobs)."""
        progress = tqdm(total=len(urls), unit="page", file=self.stderr._out)
        articles = []
        try:
            with transaction.atomic():
                for url in urls:
                    progress.set_description(url[-40:])
                    try:
                        articles.append(fetch_and_import(None, url))
                    except FetchError as exc:
                        raise _fail(f"{url}: {exc.message}") from None
                    except WorkflowError as exc:
                        raise _fail(f"{url}: {exc.message}") from None
                    progress.update()
        finally:
            progress.close()
        for article in articles:
            self.stdout.write(f"{article.title} [{article.language}] #{article.pk} ← {article.url}")

    def _check_options(self, options: dict) -> None:
        """Every argument is checked before any file is read, so nothing is half-done."""
        for name in ("title", "url", "outlet"):
            value = options[name] or ""
            limit = Article._meta.get_field(name).max_length
            if len(value) > limit:
                raise _fail(f"--{name} is longer than {limit} characters.")
            if "\x00" in value:
                raise _fail(f"--{name} contains a NUL character.")
        if options["url"]:
            try:
                URLValidator(schemes=["http", "https"])(options["url"])
            except ValidationError:
                raise _fail(
                    f"--url {options['url']!r} is not a web address; give one starting with "
                    "http:// or https://."
                ) from None
        if options["language"] not in ("de", "en", "auto"):
            raise _fail(f"--language {options['language']!r} is not one of de, en or auto.")

    def _read(self, path: Path) -> str:
        try:
            if not path.is_file():
                raise _fail(f"{path}: no such file.")
            if path.stat().st_size > MAX_DOCUMENT_BYTES:
                raise _fail(
                    f"{path}: the file is larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB; "
                    "split it or import the article text only."
                )
            data = path.read_bytes()
        except OSError as exc:
            raise _fail(f"{path}: cannot be read ({exc.strerror or exc}).") from None
        try:
            return decode_document(data, path.name)
        except ExtractionInputError as exc:
            raise _fail(f"{path}: {exc.message}") from None

    def _report(self, result: ImportResult, options: dict) -> None:
        article = result.article
        if options["format"] == "json":
            payload = {
                "article": {
                    "title": article.title,
                    "language": article.language,
                    "id": article.pk,
                    "created": result.created,
                },
                "claims": [
                    {
                        "text": c.text,
                        "start": c.start,
                        "end": c.end,
                        "claimant": c.claimant,
                        "checkworthiness": c.checkworthiness,
                        "reasons": reason_labels(list(c.reasons)),
                    }
                    for c in result.candidates
                ],
            }
            self.stdout.write(json.dumps(payload, ensure_ascii=False))
            return
        state = "dry run" if options["dry_run"] else ("new" if result.created else "unchanged")
        if result.reanchored or result.lost:
            state = f"new version: {result.reanchored} claims moved, {result.lost} text gone"
        self.stdout.write(f"{article.title} [{article.language}] ({state})")
        for index, c in enumerate(result.candidates):
            who = f" — {c.claimant}" if c.claimant else ""
            self.stdout.write(f"  {c.checkworthiness:.2f} [{c.start}:{c.end}]{who}: {c.text}")
            for match in result.matches.get(index, []):
                rated = f", rated {match.rating}" if match.rating else ""
                self.stdout.write(
                    f"       already checked: #{match.claim_id} ({match.status}{rated})"
                )
        if not options["dry_run"] and result.created:
            self.stdout.write(self.style.SUCCESS(f"  {len(result.claims)} claims queued as new."))

"""The whole desk as one JSON document: `export_desk` writes it, `import_desk` reads it back.

What the document covers is the SECTIONS list below and nothing else: users (by username,
with their groups), the rating scale, page snapshots, articles, sources, claims (with their
similar-claim links), the evidence ledger (claim sources), notes and the history. Jobs,
feeds, webhooks, notifications, API tokens and login records are operational state, not
the desk's work, and are left out. A model added to the desk is added to SECTIONS.

Both directions stream: one record per line, written as rows are read (`.iterator()`),
and read back line by line into batched inserts, so no side holds the whole desk in
memory. The document is still a single valid JSON object:

    {"format": "factcheck-desk", "version": 1,
    "users": [
    {"username": "ed", ...},
    ...
    ],
    "ratings": [
    ...
    ]}

Records keep their ids, so export → import into an empty database → export gives the
same document byte for byte. Users are matched by username: their ids are not exported,
and every reference to a user (author, actor, assignee, verdict authors) is a username.
"""

import base64
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.utils.dateparse import parse_date, parse_datetime

from claims.models import Article, Claim, ClaimEvent, ClaimSource, Note, Rating, Source
from claims.models.ingest import Snapshot
from claims.statusguard import status_writes

FORMAT = "factcheck-desk"
VERSION = 1
BATCH = 500
USER_FIELDS = [
    "username",
    "email",
    "first_name",
    "last_name",
    "password",
    "is_active",
    "is_staff",
    "is_superuser",
    "date_joined",
    "last_login",
]


@dataclass(frozen=True)
class Section:
    name: str
    model: type[models.Model]
    # JSON fields that hold lists of user ids: written as usernames.
    user_id_lists: tuple[str, ...] = ()
    many_to_many: tuple[str, ...] = field(default=())


# In dependency order: a record only refers to records of earlier sections (or its own).
SECTIONS = [
    Section("ratings", Rating),
    Section("snapshots", Snapshot),
    Section("articles", Article),
    Section("sources", Source),
    Section("claims", Claim, user_id_lists=("verdict_authors",), many_to_many=("similar_claims",)),
    Section("claim_sources", ClaimSource),
    Section("notes", Note),
    Section("history", ClaimEvent),
]
SECTION_NAMES = ["users", *(s.name for s in SECTIONS)]


class DeskError(Exception):
    """The document or the database is not fit for importing; nothing was stored."""


# ---------------------------------------------------------------- values


def _dump_value(field: models.Field, value):
    if value is None:
        return None
    if isinstance(field, models.DateTimeField):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(field, models.DateField):
        return value.isoformat()
    if isinstance(field, models.BinaryField):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _load_value(field: models.Field, value):
    if value is None:
        return None
    if isinstance(field, models.DateTimeField):
        parsed = parse_datetime(value) if isinstance(value, str) else None
        if parsed is None or parsed.tzinfo is None:
            raise ValueError(f"{field.name}: {value!r} is not a date and time with an offset")
        return parsed
    if isinstance(field, models.DateField):
        parsed = parse_date(value) if isinstance(value, str) else None
        if parsed is None:
            raise ValueError(f"{field.name}: {value!r} is not a date")
        return parsed
    if isinstance(field, models.BinaryField):
        return base64.b64decode(value.encode("ascii"), validate=True)
    return value


def _is_user_fk(field: models.Field) -> bool:
    return field.is_relation and field.related_model is get_user_model()


# ---------------------------------------------------------------- export


def _user_records() -> Iterator[dict]:
    users = get_user_model().objects.order_by("username").prefetch_related("groups")
    for user in users.iterator(chunk_size=BATCH):
        record = {
            name: _dump_value(user._meta.get_field(name), getattr(user, name))
            for name in USER_FIELDS
        }
        record["groups"] = sorted(group.name for group in user.groups.all())
        yield record


def _records(section: Section, usernames: dict[int, str]) -> Iterator[dict]:
    queryset = section.model.objects.order_by("pk")
    for name in section.many_to_many:
        queryset = queryset.prefetch_related(
            models.Prefetch(name, queryset=section.model.objects.only("pk").order_by("pk"))
        )
    for obj in queryset.iterator(chunk_size=BATCH):
        record = {}
        for model_field in obj._meta.concrete_fields:
            value = model_field.value_from_object(obj)
            if _is_user_fk(model_field):
                value = usernames[value] if value is not None else None
            elif model_field.name in section.user_id_lists:
                value = [usernames[pk] for pk in value or []]
            else:
                value = _dump_value(model_field, value)
            record[model_field.name] = value
        for name in section.many_to_many:
            record[name] = [related.pk for related in getattr(obj, name).all()]
        yield record


def _write_section(out: IO[str], name: str, records: Iterable[dict], last: bool) -> int:
    out.write(f'"{name}": [\n')
    count = 0
    for record in records:
        if count:
            out.write(",\n")
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=True))
        count += 1
    out.write("\n" if count else "")
    out.write("]}\n" if last else "],\n")
    return count


def export_desk(out: IO[str]) -> dict[str, int]:
    """Write the desk to `out`; answers how many records each section has."""
    counts = {}
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            # One consistent picture even while the desk keeps working.
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        # Users are few (the desk's staff); their names are looked up for every reference.
        usernames = dict(get_user_model().objects.values_list("pk", "username"))
        out.write(json.dumps({"format": FORMAT, "version": VERSION})[:-1] + ",\n")
        counts["users"] = _write_section(out, "users", _user_records(), last=False)
        for index, section in enumerate(SECTIONS):
            last = index == len(SECTIONS) - 1
            counts[section.name] = _write_section(
                out, section.name, _records(section, usernames), last
            )
    return counts


# ---------------------------------------------------------------- import


def _read_document(lines: Iterable[str]) -> Iterator[tuple[str, dict]]:
    """(section name, record) for every record, checking the layout export_desk writes."""
    lines = iter(lines)
    header = next(lines, "").rstrip("\n")
    try:
        meta = json.loads(header.rstrip(",") + "}")
    except ValueError:
        meta = None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise DeskError("not a desk document written by export_desk (first line)")
    if meta.get("version") != VERSION:
        raise DeskError(f"document version {meta.get('version')!r}; this desk reads {VERSION}")
    for position, expected in enumerate(SECTION_NAMES):
        opening = next(lines, "").rstrip("\n")
        if opening != f'"{expected}": [':
            raise DeskError(f"expected the section {expected!r}, found {opening[:40]!r}")
        closing = "]}" if position == len(SECTION_NAMES) - 1 else "],"
        for line in lines:
            line = line.rstrip("\n")
            if line == closing:
                break
            try:
                record = json.loads(line.removesuffix(","))
            except ValueError:
                raise DeskError(f"section {expected!r}: a line is not a JSON record") from None
            if not isinstance(record, dict):
                raise DeskError(f"section {expected!r}: a record is not a JSON object")
            yield expected, record
        else:
            raise DeskError(f"section {expected!r} is not closed; the document is cut short")
    if any(line.strip() for line in lines):
        raise DeskError("text after the end of the document")


def desk_is_empty() -> bool:
    desk_models = [get_user_model(), *(s.model for s in SECTIONS if s.model is not Rating)]
    return not any(model.objects.exists() for model in desk_models)


@contextmanager
def _stored_timestamps(model_classes: Iterable[type[models.Model]]) -> Iterator[None]:
    """Keep the document's created/updated times instead of stamping the import's."""
    switched = []
    for model in model_classes:
        for model_field in model._meta.concrete_fields:
            if getattr(model_field, "auto_now", False) or getattr(
                model_field, "auto_now_add", False
            ):
                switched.append((model_field, model_field.auto_now, model_field.auto_now_add))
                model_field.auto_now = model_field.auto_now_add = False
    try:
        yield
    finally:
        for model_field, auto_now, auto_now_add in switched:
            model_field.auto_now, model_field.auto_now_add = auto_now, auto_now_add


class _Importer:
    def __init__(self):
        self.user_ids: dict[str, int] = {}
        self.pending: dict[str, list] = {}
        self.links: list = []
        self.counts = dict.fromkeys(SECTION_NAMES, 0)
        self.sections = {s.name: s for s in SECTIONS}

    def user_id(self, username) -> int | None:
        if username is None:
            return None
        if username not in self.user_ids:
            raise DeskError(f"unknown user {username!r} (not in the users section)")
        return self.user_ids[username]

    def add_user(self, record: dict) -> None:
        user_model = get_user_model()
        unknown = set(record) - {*USER_FIELDS, "groups"}
        if unknown:
            raise DeskError(f"users: unknown fields {sorted(unknown)}")
        values = {
            name: _load_value(user_model._meta.get_field(name), record[name])
            for name in USER_FIELDS
            if name in record
        }
        user = user_model(**values)
        user.save()
        for name in record.get("groups", []):
            user.groups.add(Group.objects.get_or_create(name=name)[0])
        self.user_ids[user.username] = user.pk

    def add(self, section: Section, record: dict) -> None:
        model = section.model
        fields = {f.name: f for f in model._meta.concrete_fields}
        unknown = set(record) - set(fields) - set(section.many_to_many)
        if unknown:
            raise DeskError(f"{section.name}: unknown fields {sorted(unknown)}")
        values = {}
        for key, value in record.items():
            if key in section.many_to_many:
                continue
            model_field = fields[key]
            # Related rows are stored by their key (attname): an id, a rating code.
            if _is_user_fk(model_field):
                values[model_field.attname] = self.user_id(value)
            elif key in section.user_id_lists:
                values[key] = [self.user_id(name) for name in value or []]
            else:
                values[model_field.attname] = _load_value(model_field, value)
        obj = model(**values)
        for name in section.many_to_many:
            through = getattr(model, name).through
            source, target = _through_columns(model, name)
            for other in record.get(name, []):
                self.links.append(through(**{source: obj.pk, target: other}))
        self.pending.setdefault(section.name, []).append(obj)
        if len(self.pending[section.name]) >= BATCH:
            self.flush(section.name)

    def flush(self, name: str | None = None) -> None:
        for section_name in [name] if name else list(self.pending):
            objs = self.pending.pop(section_name, [])
            if objs:
                self.sections[section_name].model.objects.bulk_create(objs)
        if name is None or len(self.links) >= BATCH:
            for through in {type(link) for link in self.links}:
                through.objects.bulk_create([lnk for lnk in self.links if type(lnk) is through])
            self.links = []


def _through_columns(model: type[models.Model], name: str) -> tuple[str, str]:
    m2m = model._meta.get_field(name)
    return m2m.m2m_field_name() + "_id", m2m.m2m_reverse_field_name() + "_id"


def import_desk(lines: Iterable[str]) -> dict[str, int]:
    """Store the document's desk in this (empty) database, all or nothing."""
    importer = _Importer()
    with transaction.atomic():
        if not desk_is_empty():
            raise DeskError(
                "the database already has users or desk records; import into a freshly "
                "migrated, empty database"
            )
        # The scale from the migrations is replaced by the document's own.
        Rating.objects.all().delete()
        # Restoring a desk writes claims in every status, which only the workflow may do
        # otherwise; this is the one other writer, and it writes nothing but the document.
        with _stored_timestamps(s.model for s in SECTIONS), status_writes():
            current = None
            for name, record in _read_document(lines):
                if name != current:
                    importer.flush()
                    current = name
                try:
                    if name == "users":
                        importer.add_user(record)
                    else:
                        importer.add(importer.sections[name], record)
                except (KeyError, TypeError, ValueError) as exc:
                    raise DeskError(f"{name}: a record cannot be read ({exc})") from None
                importer.counts[name] += 1
            importer.flush()
        _reset_sequences()
    return importer.counts


def _reset_sequences() -> None:
    """After inserting explicit ids, new rows must get ids above them (PostgreSQL)."""
    statements = connection.ops.sequence_reset_sql(no_style(), [s.model for s in SECTIONS])
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)

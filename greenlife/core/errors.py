"""One family of errors, each carrying a message meant for a person.

Messages are kept as an English *template* plus parameters so that the UI can
translate the template (``QCoreApplication.translate("greenlife", template)``)
and format it with the same parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _field
from typing import Any


def N_(template: str) -> str:
    """Marks a message template for translation where it is not passed straight to an error
    (a table of rules, a CLI line): resources/translations/core_templates.py collects it."""
    return template


@dataclass(frozen=True)
class Message:
    """A message meant for a person, kept as a template plus parameters (translated by the UI
    and the CLI, never concatenated from parts)."""

    template: str
    params: dict[str, Any] = _field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def __str__(self) -> str:
        return self.message


class GreenlifeError(Exception):
    """Base of every error shown to a person."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class FieldError:
    """What is wrong with one field, and how to fix it."""

    field: str
    template: str
    params: dict[str, Any] = _field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(field=self.field, **self.params)

    def __str__(self) -> str:
        return self.message


class ValidationError(GreenlifeError):
    """One or more fields were refused; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__("{text}", text="; ".join(e.message for e in self.errors))


class NotFoundError(GreenlifeError):
    pass


class InsufficientPointsError(GreenlifeError):
    pass


class StorageError(GreenlifeError):
    pass


def file_error(exc: OSError, path: str = "") -> StorageError:
    """A one-line message for a file-system refusal (full disk, read-only, a folder, a name too
    long, ...) instead of a traceback."""
    import errno

    where = path or str(exc.filename or "")
    code = exc.errno
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", -1):
        return StorageError("The disk is full ({path}): nothing was written. Free some space and "
                            "try again.", path=where)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError("{path} cannot be written: permission denied or a read-only disk. "
                            "Choose a folder you can write to.", path=where)
    if code == errno.EISDIR:
        return StorageError("{path} is a folder; give a file name.", path=where)
    if code == errno.ENOTDIR:
        return StorageError("{path}: a part of this path is a file, not a folder.", path=where)
    if code == errno.ENAMETOOLONG:
        return StorageError("The file name {path} is too long for this disk; choose a shorter one.",
                            path=where[:80] + ("…" if len(where) > 80 else ""))
    if code == errno.ENOENT:
        return StorageError("{path} does not exist.", path=where)
    return StorageError("{path}: {reason}.", path=where, reason=exc.strerror or str(exc))

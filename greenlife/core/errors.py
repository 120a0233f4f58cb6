"""One family of errors, each carrying a message meant for a person.

Messages are kept as an English *template* plus parameters so that the UI can
translate the template (``QCoreApplication.translate("greenlife", template)``)
and format it with the same parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _field
from typing import Any


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

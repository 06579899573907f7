"""Errors that extract() raises for bad input; the CLI turns them into one-line messages."""
from __future__ import annotations


class InputError(Exception):
    """The input cannot be read as a page (empty, binary, too large...)."""

    kind = "InputError"

    def __init__(self, message: str, kind: str | None = None) -> None:
        super().__init__(message)
        if kind:
            self.kind = kind


class EmptyInput(InputError):
    kind = "EmptyInput"


class BinaryInput(InputError):
    kind = "BinaryInput"


class TooLarge(InputError):
    kind = "TooLarge"


class CorruptInput(InputError):
    kind = "CorruptInput"


class TooComplex(InputError):
    kind = "TooComplex"

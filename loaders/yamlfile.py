"""Read curated YAML with line numbers, refusing duplicate keys and undecodable bytes.

Hand-edited files can hold anything; reading one either returns plain data or raises a DataError
naming the file, line (and field, when there is one) -- never another exception. Besides syntax,
it refuses what would make the loader hang or crash further on: files over MAX_FILE_BYTES,
aliases that expand to more than MAX_NODES values (a "billion laughs"), nesting deeper than
MAX_DEPTH, recursive aliases and dates that do not exist (those stay text, so the loader reports
them with their field).
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from ..ontology.problems import DataError  # noqa: F401 - raised here, imported from here by the loader

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_NODES = 1_000_000  # values after expanding aliases
MAX_DEPTH = 64  # nested lists / mappings


class Located(dict):
    """A mapping that remembers the line of each of its keys (1-based)."""

    line: int = 0
    key_lines: dict

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LocatedList(list):
    """A sequence that remembers the line of each of its items (1-based)."""

    line: int = 0
    item_lines: list

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if 0 <= index < len(self.item_lines) else self.line


class _KeyError(yaml.constructor.ConstructorError):
    """A problem with one mapping key: remembers which key."""

    def __init__(self, key: str, problem: str, mark):
        super().__init__(None, None, problem, mark)
        self.key = key


class _Loader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> Located:
    loader.flatten_mapping(node)
    result = Located()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)):
            raise yaml.constructor.ConstructorError(
                None, None, f"a mapping key must be text, not {_kind(key)}", key_node.start_mark
            )
        key = str(key)
        if key in result:
            raise _KeyError(key, f"duplicate key '{key}' (first at line {result.key_lines[key]})", key_node.start_mark)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _kind(value) -> str:
    return "a list" if isinstance(value, list) else "a mapping" if isinstance(value, dict) else type(value).__name__


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> LocatedList:
    result = LocatedList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


def _construct_timestamp(loader: _Loader, node: yaml.ScalarNode):
    """A date as a date; one that does not exist (2017-02-30) stays text for the loader to report."""
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return loader.construct_scalar(node)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


class _TooBig(Exception):
    def __init__(self, message: str, node):
        super().__init__(message)
        self.node = node


def _check_size(root) -> None:
    """Refuse documents whose aliases expand to too many values, or that nest too deeply."""
    sizes: dict[int, int] = {}
    active: set[int] = set()

    def size(node, depth: int) -> int:
        if depth > MAX_DEPTH:
            raise _TooBig(f"values nested more than {MAX_DEPTH} levels deep", node)
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in active:
            raise _TooBig("an alias refers to a value that contains it (recursive alias)", node)
        total = 1
        if isinstance(node, (yaml.SequenceNode, yaml.MappingNode)):
            active.add(key)
            children = node.value if isinstance(node, yaml.SequenceNode) else [n for pair in node.value for n in pair]
            for child in children:
                total += size(child, depth + 1)
                if total > MAX_NODES:
                    raise _TooBig(f"aliases expand to more than {MAX_NODES} values", node)
            active.discard(key)
        sizes[key] = total
        return total

    size(root, 0)


def _line_of_offset(text: str, offset: int) -> int:
    return text.count("\n", 0, max(offset, 0)) + 1


def _read_text(path: Path, name: str) -> str:
    """The file's text, or a DataError: too big, not a file, unreadable, not UTF-8, empty."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DataError(name, None, None, f"file is {size} bytes, more than the {MAX_FILE_BYTES} allowed")
        if not path.is_file():
            raise DataError(name, None, None, "not a regular file")
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(name, None, None, f"cannot read the file: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError(name, line, None, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); save the file as UTF-8") from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise DataError(name, None, None, "file is empty")
    return text


def _parse(loader_class, text: str):
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_size(node)
        return loader.construct_document(node)
    finally:
        loader.dispose()


# libyaml parses the same documents about ten times faster than PyYAML's Python parser: on a large
# corpus that is most of the load stage. _FastLoader shares _Loader's constructors (same Located
# mappings and lines); a file it cannot read cleanly is read again by _Loader, whose errors name the
# line in the words the messages below expect.
_FAST_FAILURES = (yaml.YAMLError, _TooBig, ValueError, TypeError, OverflowError, RecursionError)


@functools.lru_cache(maxsize=100_000)
def _implicit_tag(value: str, implicit: tuple) -> str:
    """The implicit tag of a plain scalar depends on its text alone (no path resolvers here)."""
    return _RESOLVER.resolve(yaml.ScalarNode, value, implicit)


_RESOLVER = yaml.resolver.Resolver()
if hasattr(yaml, "CSafeLoader"):
    class _FastLoader(yaml.CSafeLoader):
        def resolve(self, kind, value, implicit):
            if kind is yaml.ScalarNode and not self.yaml_path_resolvers:
                return _implicit_tag(value, implicit)
            return super().resolve(kind, value, implicit)

    _FastLoader.yaml_constructors = _Loader.yaml_constructors
else:  # PyYAML built without libyaml
    _FastLoader = None


def read_yaml(path: Path, display: str | None = None):
    """Parse one YAML file; raise DataError naming the file and line on any problem."""
    name = display or str(path)
    text = _read_text(path, name)
    if _FastLoader is not None:
        try:
            return _parse(_FastLoader, text)
        except _FAST_FAILURES:
            pass  # read again below: the pure-Python parser names the problem and its line
    try:
        return _parse(_Loader, text)
    except _TooBig as exc:
        raise DataError(name, exc.node.start_mark.line + 1, None, f"YAML refused: {exc}") from None
    except _KeyError as exc:
        raise DataError(name, exc.problem_mark.line + 1, exc.key, f"YAML syntax: {exc.problem}") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or str(exc)
        context = exc.context
        if context and exc.context_mark is not None and exc.problem_mark is not None and exc.context_mark.line != exc.problem_mark.line:
            problem += f" ({context}, which starts at line {exc.context_mark.line + 1})"
        raise DataError(name, line, None, f"YAML syntax: {problem}") from None
    except yaml.reader.ReaderError as exc:
        line = _line_of_offset(text, exc.position)
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        raise DataError(name, line, None, f"YAML refused: control character U+{ord(char):04X} is not allowed in YAML text") from None
    except yaml.YAMLError as exc:
        message = re.sub(r"\s+", " ", str(exc)).strip()
        raise DataError(name, None, None, f"YAML error: {message}") from None
    except RecursionError:
        raise DataError(name, None, None, f"YAML refused: values nested too deeply (more than {MAX_DEPTH} levels)") from None

"""Input limits checked at the server boundary, before any parser or the configuration engine.

The parsers behind the services (Python's ``json``, the configuration engine's text, XML and
JSON readers, the CLI pipes' regular expressions) recurse once per nesting level and convert
digit strings to integers; input built to exhaust that ends in ``RecursionError`` or
``ValueError`` deep inside them. So the services hand every text a client sends here first,
and input beyond these limits is refused with a message naming the field and the limit, as
jsd refuses a bad request, before anything parses it:

- nesting: at most :data:`MAX_NESTING` levels of JSON arrays/objects, curly-brace blocks or
  brackets (outside quoted strings and comments) and of XML elements; real Junos
  configuration is a few dozen levels deep at most;
- statements: at most :data:`MAX_STATEMENT_WORDS` words in one statement of configuration
  text (curly-brace or ``set`` lines; each word of a statement can be one more level of the
  tree), leaf-lists in ``[ ]`` aside;
- paths: at most :data:`MAX_NESTING` steps in a configuration path (``/a/b/c``);
- numbers: no run of more than :data:`MAX_DIGITS` digits (Junos numbers fit in 64 bits);
- size: the whole request is already bounded by the gRPC maximum message size
  (``--max-message-size``); the scans here take time linear in it.

This module only measures text; it must not parse, interpret or change what it checks.
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import Any

MAX_NESTING = 128
MAX_STATEMENT_WORDS = 256
MAX_DIGITS = 1000

# Double-quoted strings (with backslash escapes) and /* */ comments: brackets in them do not nest.
_QUOTED_OR_COMMENT = re.compile(r'"(?:[^"\\]|\\.)*"?|/\*.*?(?:\*/|$)', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}()]+")
_OPEN_BRACKETS = "[{("
_LONG_DIGITS = re.compile(rf"[0-9]{{{MAX_DIGITS + 1}}}")
# XML markup that is not an element: comments, CDATA, processing instructions, declarations.
_XML_NOT_ELEMENT = re.compile(r"<!--.*?(?:-->|$)|<!\[CDATA\[.*?(?:\]\]>|$)|<\?.*?(?:\?>|$)|<![^>]*>?", re.DOTALL)
_LEAF_LIST = re.compile(r"\[[^\[\]]*\]")
_CURLY_PUNCTUATION = re.compile(r"[{};]")
_STATEMENT_END = re.compile(r"[{};\n]")
_XML_TEXT = re.compile(r">([^<]+)<")
_PATH_PREDICATE = re.compile(r"\[[^\]]*\]?")
_XML_TAG = re.compile(r"<(/?)[^\s<>/]*(?:[^<>\"']|\"[^\"]*\"|'[^']*')*?(/?)>")


class InputRejected(Exception):
    """Input beyond a limit; ``message`` says which field and which limit, for the client."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _max_depth(steps: list[int]) -> int:
    return max(accumulate(steps), default=0)


def bracket_depth(text: str) -> int:
    """Deepest nesting of ``[]``, ``{}`` and ``()`` outside double-quoted strings and comments.

    Strings and comments follow JSON's and the Junos curly-brace format's rules (backslash
    escapes). A closer without an opener lowers the count, which is right for a parser that
    reads left to right: it stops at that closer, before any deeper nesting that follows.
    """
    brackets = _NOT_BRACKET.sub("", _QUOTED_OR_COMMENT.sub("", text))
    if len(brackets) <= MAX_NESTING:
        return sum(1 for ch in brackets if ch in _OPEN_BRACKETS)  # cannot be deeper than this
    return _max_depth([1 if ch in _OPEN_BRACKETS else -1 for ch in brackets])


def _xml_quotes(text: str) -> str:
    """Quotes written as XML references, as configuration JSON or text inside XML may carry them."""
    return text.replace("&quot;", '"').replace("&#34;", '"').replace("&#x22;", '"')


def element_depth(text: str) -> int:
    """Deepest nesting of XML elements (start tags minus end tags; empty-element tags count 0)."""
    if "<" not in text:
        return 0
    steps = []
    for match in _XML_TAG.finditer(_XML_NOT_ELEMENT.sub("", text)):
        closing, empty = match.group(1), match.group(2)
        if not empty:
            steps.append(-1 if closing else 1)
    return _max_depth(steps)


def statement_words(text: str) -> int:
    """Most words in one statement of configuration text, quoted strings, comments and leaf-lists aside.

    Text with braces or semicolons is curly-brace configuration, where only ``{ } ;`` end a
    statement; text without them is ``set`` lines, one statement a line.
    """
    bare = _LEAF_LIST.sub(" ", _QUOTED_OR_COMMENT.sub(" x ", text))
    ends = _CURLY_PUNCTUATION if _CURLY_PUNCTUATION.search(bare) else _STATEMENT_END
    if len(bare) < MAX_STATEMENT_WORDS * 2:
        return len(bare.split())  # cannot have more words than this
    return max((len(part.split()) for part in ends.split(bare)), default=0)


def _check_statements(text: str, field: str) -> None:
    words = statement_words(text)
    if words > MAX_STATEMENT_WORDS:
        raise InputRejected(f"error: {field}: a statement of {words} words; at most {MAX_STATEMENT_WORDS} are accepted")


def check_path(path: str, field: str) -> None:
    """Refuse a configuration path of more steps than configuration can be deep."""
    steps = _PATH_PREDICATE.sub("", path).count("/")
    if steps > MAX_NESTING:
        raise InputRejected(f"error: {field}: a path of {steps} steps; at most {MAX_NESTING} are accepted")


def check_text(value: str, field: str, *, xml: bool = False, statements: bool = False) -> None:
    """Refuse ``value`` (the text of request field ``field``) when it is beyond a limit.

    Every text is held to the bracket and digit limits (JSON, curly-brace configuration, set
    and CLI lines, configuration text or JSON carried inside XML); ``xml=True`` adds the
    element-depth limit and the statement limit for each text between elements (configuration
    text carried in XML), ``statements=True`` the statement limit (configuration text).
    """
    if not value:
        return
    if _LONG_DIGITS.search(value):
        raise InputRejected(f"error: {field}: a number of more than {MAX_DIGITS} digits is not accepted")
    depth = bracket_depth(_xml_quotes(value) if xml else value)
    if depth > MAX_NESTING:
        raise InputRejected(
            f"error: {field}: nested {depth} levels deep (brackets or braces); at most {MAX_NESTING} are accepted"
        )
    if statements:
        _check_statements(value, field)
    if xml or value.lstrip().startswith("<"):
        depth = element_depth(value)
        if depth > MAX_NESTING:
            raise InputRejected(
                f"error: {field}: XML elements nested {depth} levels deep; at most {MAX_NESTING} are accepted"
            )
        for text in _XML_TEXT.findall(value):
            if len(text) >= MAX_STATEMENT_WORDS * 2:
                _check_statements(_xml_quotes(text), field)


def enum_name(enum_type: Any, value: int) -> str:
    """The name of ``value`` in ``enum_type``, or ``value N`` for a number the IDL does not define."""
    try:
        return str(enum_type.Name(value))
    except ValueError:
        return f"value {value}"

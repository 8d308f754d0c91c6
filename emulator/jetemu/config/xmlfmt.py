"""Junos XML (``<configuration>...</configuration>``), both ways, and ``get-configuration`` filters.

Load operations: ``operation="replace|delete"`` (also the junoscript forms ``replace="replace"`` and
``delete="delete"``), ``inactive="inactive"`` / ``active="active"``; annotations are
``<junos:comment>/* text */</junos:comment>`` before the element they describe. ``<configuration-set>``
and ``<configuration-text>`` wrappers carry set commands or curly text.
"""

from __future__ import annotations

import re
from xml.parsers import expat

from .errors import ConfigSyntaxError
from .hierarchy import ROOT, S
from .paths import SPILL, Lines, child_schema, spill
from .tree import EntryList, Leaf, LeafList, Node, copy_item, copy_node

JUNOS_NS = "http://xml.juniper.net/junos/*/junos"
_WRAP = "jetemu-wrapper"
_TAG_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
_PROLOG_RE = re.compile(r"^\s*<\?xml[^>]*\?>")


class El:
    __slots__ = ("ns", "tag", "attrs", "text", "children", "line")

    def __init__(self, name: str, attrs: dict[str, str], line: int) -> None:
        ns, _, local = name.rpartition(" ")
        self.ns = ns
        self.tag = local
        self.attrs = {key.rpartition(" ")[2]: value for key, value in attrs.items()}
        self.text: list[str] = []
        self.children: list[El] = []
        self.line = line

    @property
    def value(self) -> str:
        return "".join(self.text)


def _refuse(*_args: object) -> None:
    raise ConfigSyntaxError("syntax error: DTDs and entity declarations are not accepted")


def parse_dom(text: str) -> El:
    """Parse XML into :class:`El` elements with line numbers; the returned element wraps the input."""
    body = _PROLOG_RE.sub("", text, count=1)
    if "<!DOCTYPE" in body or "<!ENTITY" in body:
        _refuse()
    parser = expat.ParserCreate(namespace_separator=" ")
    top = El(_WRAP, {}, 1)
    stack = [top]

    def start(name: str, attrs: dict[str, str]) -> None:
        el = El(name, attrs, parser.CurrentLineNumber)
        stack[-1].children.append(el)
        stack.append(el)

    def end(_name: str) -> None:
        stack.pop()

    def chars(data: str) -> None:
        stack[-1].text.append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    try:
        parser.Parse(f'<{_WRAP} xmlns:junos="{JUNOS_NS}">{body}</{_WRAP}>', True)
    except expat.ExpatError as exc:
        raise ConfigSyntaxError(f"syntax error: malformed XML: {expat.errors.messages[exc.code]}", exc.lineno) from None
    return top.children[0]


def _config_root(doc: El) -> El | str:
    """The element holding top-level statements, or the text of a set/text wrapper."""
    elements = doc.children
    if len(elements) == 1 and elements[0].tag in ("configuration-set", "configuration-text"):
        return elements[0].value
    if len(elements) == 1 and elements[0].tag == "configuration":
        return elements[0]
    for el in elements:
        if el.tag in ("configuration", "configuration-set", "configuration-text"):
            raise ConfigSyntaxError(f"syntax error: <{el.tag}> must be the only top element", el.line)
    return doc


def is_set_wrapper(text: str) -> bool:
    return "<configuration-set" in text.lstrip()[:200]


def parse_xml(text: str) -> Node | str:
    """Parse a load document; returns a load tree, or the inner text of a set/text wrapper."""
    croot = _config_root(parse_dom(text))
    if isinstance(croot, str):
        return croot
    node = Node()
    _meta(croot, node, "/configuration", croot.line)
    _children(croot, node, ROOT, "/configuration")
    return node


def _is_comment(el: El) -> bool:
    return el.tag == "comment" and el.ns == JUNOS_NS


def _strip_comment(raw: str) -> str:
    text = raw.strip()
    if text.startswith("/*") and text.endswith("*/"):
        text = text[2:-2]
    return text.strip()


def _meta(el: El, item: Node | Leaf | LeafList | EntryList, where: str, line: int) -> None:
    attrs = el.attrs
    op = attrs.get("operation")
    if op is None and attrs.get("replace") == "replace":
        op = "replace"
    if op is None and attrs.get("delete") == "delete":
        op = "delete"
    if op is not None:
        if op not in ("replace", "delete", "merge", "create"):
            raise ConfigSyntaxError(f"syntax error: unsupported operation '{op}' at {where}", line)
        if op in ("replace", "delete"):
            item.op = op
    if "inactive" in attrs:
        item.inactive = True
    if "active" in attrs:
        item.inactive = False


def _children(el: El, node: Node, sch: S | None, where: str) -> None:
    comment: str | None = None
    for child in el.children:
        if _is_comment(child):
            comment = _strip_comment(child.value)
            continue
        tag = child.tag
        here = f"{where}/{tag}"
        if not _TAG_RE.match(tag):
            raise ConfigSyntaxError(f"syntax error: invalid element <{tag}> at {where}", child.line)
        cs = child_schema(sch, tag)
        if sch is ROOT and cs is None:
            raise ConfigSyntaxError(f"syntax error: <{tag}> is not a valid top-level statement", child.line)
        existing = node.children.get(tag)
        kind = _kind(child, cs, existing)
        item: Node | Leaf | LeafList | EntryList
        if kind == "list":
            item = _entry(child, node, tag, cs, existing, here)
        elif kind == "container":
            if existing is None:
                existing = Node()
                node.children[tag] = existing
            elif not isinstance(existing, Node):
                raise ConfigSyntaxError(
                    f"syntax error: <{tag}> conflicts with an earlier element at {where}", child.line
                )
            item = existing
            _children(child, existing, cs, here)
        else:
            if child.children:
                raise ConfigSyntaxError(f"syntax error: <{tag}> takes a value, not elements, at {where}", child.line)
            value = child.value
            delete_marker = not value and child.attrs.get("operation") == "delete"
            if kind == "leaf" and not isinstance(existing, Leaf | LeafList):
                item = Leaf(None if delete_marker else value)
                node.children[tag] = item
            elif isinstance(existing, LeafList):
                if not delete_marker:
                    existing.values[value] = None
                item = existing
            else:  # a repeated leaf element: the statement is a leaf-list
                values = [] if delete_marker else [value]
                if isinstance(existing, Leaf) and existing.value is not None:
                    values.insert(0, existing.value)
                item = LeafList(values)
                if existing is not None:
                    item.inactive, item.comment, item.op = existing.inactive, existing.comment, existing.op
                node.children[tag] = item
        _meta(child, item, here, child.line)
        if comment is not None:
            item.comment = comment
            comment = None


def _kind(el: El, cs: S | None, existing: object) -> str:
    if cs is not None:
        return "container" if cs.kind == "flag" else cs.kind
    if isinstance(existing, EntryList):
        return "list"
    if isinstance(existing, Node):
        return "container"
    if isinstance(existing, Leaf | LeafList):
        return "leaflist"
    subs = [c for c in el.children if not _is_comment(c)]
    if subs:
        first = subs[0]
        if first.tag == "name" and not first.children and first.value.strip():
            return "list"
        return "container"
    return "leaf" if el.value.strip() else "container"


def _entry(el: El, node: Node, tag: str, cs: S | None, existing: object, here: str) -> Node | EntryList:
    key = cs.key if cs is not None else "name"
    key_el = next((c for c in el.children if c.tag == key and not _is_comment(c)), None)
    if existing is None:
        existing = EntryList(key)
        node.children[tag] = existing
    elif not isinstance(existing, EntryList):
        raise ConfigSyntaxError(f"syntax error: <{tag}> conflicts with an earlier element at {here}", el.line)
    if key_el is None or key_el.children or not key_el.value.strip():
        if el.attrs.get("operation") == "delete" and not [c for c in el.children if not _is_comment(c)]:
            return existing  # the whole list (meta applied by the caller)
        raise ConfigSyntaxError(f"syntax error: <{tag}> at {here} has no <{key}>", el.line)
    name = key_el.value.strip()
    entry = existing.entries.get(name)
    if entry is None:
        entry = Node()
        existing.entries[name] = entry
    rest = El(el.tag, {}, el.line)
    rest.children = [c for c in el.children if c is not key_el]
    _children(rest, entry, cs, f"{here}[{key}='{name}']")
    return entry


# --- rendering -----------------------------------------------------------------------------------


def _esc(text: str) -> str:
    if "&" in text or "<" in text or ">" in text:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text


def _has_comments(node: Node) -> bool:
    for item in node.children.values():
        if type(item) is EntryList:
            if any(e.comment or _has_comments(e) for e in item.entries.values()):
                return True
        elif item.comment or (type(item) is Node and _has_comments(item)):  # type: ignore[arg-type]
            return True
    return False


def render_xml(root: Node) -> str:
    ns = f' xmlns:junos="{JUNOS_NS}"' if _has_comments(root) else ""
    if not root.children:
        return f"<configuration{ns}/>\n"
    out = Lines()
    out.append(f"<configuration{ns}>")
    _render_children(root, "    ", out, {})
    out.append("</configuration>")
    out.append("")  # the last line's newline
    return out.text()


_INACTIVE = ' inactive="inactive"'


def _render_children(node: Node, ind: str, out: list[str], tags: dict[str, dict[str, tuple[str, str]]]) -> None:
    """Append the elements of ``node``'s statements indented by ``ind``.

    ``tags`` holds, per indent, the opening and closing lines already built for a tag in this
    render, so that the lines repeated for every entry of a list are built once.
    """
    inner = ind + "    "
    built = tags.get(ind)
    if built is None:
        built = tags[ind] = {}
    for tag, item in node.children.items():
        kind = type(item)
        if kind is EntryList or kind is Node:
            pair = built.get(tag)
            if pair is None:
                pair = built[tag] = (f"{ind}<{tag}>", f"{ind}</{tag}>")
            opening, closing = pair
            if kind is EntryList:
                assert isinstance(item, EntryList)
                key_open, key_close = f"{inner}<{item.key}>", f"</{item.key}>"
                for name, entry in item.entries.items():
                    if entry.comment:
                        out.append(f"{ind}<junos:comment>/* {_esc(entry.comment)} */</junos:comment>")
                    out.append(f"{ind}<{tag}{_INACTIVE}>" if entry.inactive else opening)
                    out.append(key_open + _esc(name) + key_close)
                    _render_children(entry, inner, out, tags)
                    out.append(closing)
                    if len(out) >= SPILL:
                        spill(out)
                continue
            assert isinstance(item, Node)
            if item.comment:
                out.append(f"{ind}<junos:comment>/* {_esc(item.comment)} */</junos:comment>")
            if item.children:
                out.append(f"{ind}<{tag}{_INACTIVE}>" if item.inactive else opening)
                _render_children(item, inner, out, tags)
                out.append(closing)
            else:
                out.append(f"{ind}<{tag}{_INACTIVE if item.inactive else ''}/>")
            continue
        assert isinstance(item, Leaf | LeafList)
        if item.comment:
            out.append(f"{ind}<junos:comment>/* {_esc(item.comment)} */</junos:comment>")
        head = f"{ind}<{tag}{_INACTIVE}>" if item.inactive else f"{ind}<{tag}>"
        tail = f"</{tag}>"
        if kind is Leaf:
            assert isinstance(item, Leaf)
            out.append(head + _esc(item.value or "") + tail)
        else:
            assert isinstance(item, LeafList)
            out.extend([head + _esc(value) + tail for value in item.values])


# --- subtree filters -----------------------------------------------------------------------------


def apply_filter(root: Node, filter_text: str) -> Node:
    croot = _config_root(parse_dom(filter_text))
    if isinstance(croot, str):
        raise ConfigSyntaxError("syntax error: a configuration filter must be XML elements")
    out = Node()
    _filter(root, croot, out)
    return out


def _filter(node: Node, fel: El, out: Node) -> None:
    for fchild in fel.children:
        if _is_comment(fchild):
            continue
        tag = fchild.tag
        item = node.children.get(tag)
        if item is None:
            continue
        subs = [c for c in fchild.children if not _is_comment(c)]
        if isinstance(item, EntryList):
            key_el = next((c for c in subs if c.tag == item.key and not c.children and c.value.strip()), None)
            rest = El(fchild.tag, {}, fchild.line)
            rest.children = [c for c in subs if c is not key_el]
            names = [key_el.value.strip()] if key_el is not None else list(item.entries)
            for name in names:
                entry = item.entries.get(name)
                if entry is None:
                    continue
                if rest.children:
                    shell = Node()
                    shell.inactive, shell.comment = entry.inactive, entry.comment
                    _filter(entry, rest, shell)
                    if not shell.children and key_el is None:
                        continue
                else:
                    shell = copy_node(entry)
                holder = out.children.get(tag)
                if not isinstance(holder, EntryList):
                    holder = EntryList(item.key)
                    out.children[tag] = holder
                holder.entries[name] = shell
        elif isinstance(item, Node):
            if not subs:
                out.children[tag] = copy_node(item)
                continue
            shell = Node()
            shell.inactive, shell.comment = item.inactive, item.comment
            _filter(item, fchild, shell)
            if shell.children:
                out.children[tag] = shell
        else:
            wanted = fchild.value.strip()
            if isinstance(item, Leaf) and wanted and item.value != wanted:
                continue
            if isinstance(item, LeafList) and wanted and wanted not in item.values:
                continue
            out.children[tag] = copy_item(item)

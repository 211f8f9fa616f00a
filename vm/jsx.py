"""JSX element values and ``renderToString`` (SPEC §8.3, §8.4).

Generated code builds every JSX expression with ``create_element(tag, props, children, is_component)``
(through the ``jsx`` helper of vm/ops.py): ``tag`` is a str for HTML elements, the component value for
components and None for fragments; ``props`` is a fresh ordered ``JSObject`` (spreads merged, later keys
win); ``children`` a fresh ``JSArray`` (spread children expanded).

An ``Element`` is an immutable, opaque host object: ``typeof`` "object", every property read undefined,
``JSON.stringify`` ``{}``, console ``[JSX.Element <div>]`` / ``[JSX.Element Card]``. Only ``renderToString``
looks inside. Components are called while rendering, never at creation; each call receives a new props
object (attributes without ``key``/``ref``, plus ``children``).
"""

from __future__ import annotations

import re
import sys
from typing import Any

from .conversions import describe_value, is_callable, number_to_string, own_keys, to_string
from .errors import type_error
from .functions import function_name
from .values import HostObject, JSArray, JSObject, frozen_message

__all__ = ["Element", "create_element", "render_to_string", "fragment", "escape", "style_text", "GLOBALS"]

VOID_ELEMENTS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
RAW_TEXT_ELEMENTS = frozenset(("script", "style"))
UNITLESS = frozenset((
    "animationIterationCount aspectRatio borderImageOutset borderImageSlice borderImageWidth columnCount columns "
    "flex flexGrow flexShrink fontWeight gridArea gridColumn gridColumnEnd gridColumnStart gridRow gridRowEnd "
    "gridRowStart lineClamp lineHeight opacity order orphans scale tabSize widows zIndex zoom fillOpacity "
    "floodOpacity stopOpacity strokeDasharray strokeDashoffset strokeMiterlimit strokeOpacity strokeWidth"
).split())

# Unsafe attribute names (§8.4): empty, whitespace, control characters (C0, DEL, C1), " ' < > / = \
_UNSAFE_NAME = re.compile(r"[\s\"'<>/=\\\x00-\x1f\x7f-\x9f]")
_CACHE_MAX = 4096  # bound of the name caches below (spreads of request data could bring any names)
_UNCHECKED = object()
_ATTR_NAMES: dict[str, str | None] = {}  # attribute key -> output name (None: not written)
_UPPER = re.compile(r"[A-Z]")
_CSS_NAMES: dict[str, str] = {}
_CLOSE_TAG = {tag: re.compile(f"</({tag})", re.IGNORECASE) for tag in RAW_TEXT_ELEMENTS}
_DROPPED = frozenset(("key", "ref", "children"))
_RENAMED = {"className": "class", "htmlFor": "for"}
_INNER_HTML = "dangerouslySetInnerHTML"


# ---------------------------------------------------------------------------------------------------------
# Element values
# ---------------------------------------------------------------------------------------------------------


class Element(HostObject):
    """A JSX element: ``tag`` (the HTML tag name, the component value, or None for a fragment), its props
    and children. ``name`` is set for components only: what console output and errors call the component
    (the function's name, else the tag's source text)."""

    __slots__ = ("tag", "props", "children", "name", "_frozen")
    js_class = "Object"  # ToString gives "[object Object]" like any other plain object

    def __init__(self, tag: Any, props: JSObject, children: list[Any], name: str | None = None) -> None:
        self.tag = tag
        self.props = props
        self.children = children
        self.name = name
        self._frozen = False

    def js_get(self, key: str) -> Any:
        return None

    def js_set(self, key: str, value: Any) -> None:
        if self._frozen:
            type_error(frozen_message(self))
        type_error(f"Cannot set property '{key}' on a JSX element")

    def js_keys(self) -> list[str]:
        return []

    def js_inspect_text(self) -> str:
        """Console text (§8.3)."""
        if self.name is not None:
            return f"[JSX.Element {self.name}]"
        if self.tag is None:
            return "[JSX.Element Fragment]"
        return f"[JSX.Element <{self.tag}>]"

    def js_freeze(self) -> None:
        """Freeze as module-level state (§3.15): the element and everything its props and children reach."""
        if self._frozen:
            return
        self._frozen = True
        from .loader import freeze_value  # lazy: the loader imports the runtime

        seen: set[int] = set()
        freeze_value(self.props, seen)
        freeze_value(self.children, seen)
        if self.name is not None:
            freeze_value(self.tag, seen)


def _tag_source() -> str | None:
    """The source text of the component tag of the JSX expression being evaluated: the code generator
    records it in the module's callee table at the position of the ``create_element`` call."""
    from .locate import positions

    frame: Any = sys._getframe(2)
    while frame is not None and "Z_meta" not in frame.f_globals:
        frame = frame.f_back
    if frame is None:
        return None
    callees = getattr(frame.f_globals["Z_meta"], "callees", None)
    if not callees:
        return None
    pos = positions(frame.f_code, frame.f_lasti)
    return callees.get(tuple(pos)) if pos is not None else None


def create_element(tag: Any, props: JSObject, children: list[Any], is_component: bool) -> Element:
    """The element for one JSX expression (called by generated code)."""
    if not is_component:
        return Element(tag, props, children)
    if tag is fragment:
        return Element(None, props, children)
    name = function_name(tag) if is_callable(tag) else ""
    if not name:
        name = _tag_source() or describe_value(tag) or "(anonymous)"
    return Element(tag, props, children, name)


def fragment(props: Any = None, *_: Any) -> Element:
    """The ``Fragment`` global: as a tag it makes a fragment; called directly, a fragment of
    ``props.children``."""
    children = props.get("children") if isinstance(props, dict) else None
    if isinstance(children, list):
        items = JSArray(children)
    else:
        items = JSArray() if children is None else JSArray((children,))
    return Element(None, JSObject(), items)


fragment.__name__ = fragment.__qualname__ = "Fragment"


def component_props(element: Element) -> JSObject:
    """The new props object a component receives (§8.3)."""
    props = JSObject()
    for key, value in element.props.items():
        if key != "key" and key != "ref":
            props[key] = value
    children = element.children
    if len(children) == 1:
        props["children"] = children[0]
    elif children:
        props["children"] = JSArray(children)
    return props


def _call_component(element: Element) -> Any:
    tag = element.tag
    if not is_callable(tag):
        type_error(f"{element.name} is not a function")
    return tag(component_props(element))


# ---------------------------------------------------------------------------------------------------------
# renderToString
# ---------------------------------------------------------------------------------------------------------


def escape(text: str) -> str:
    """Escape text or an attribute value (§8.4): & < > " '."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&#x27;"))


def render_to_string(node: Any = None, options: Any = None, *_: Any) -> str:
    """``renderToString(node, { doctype? })`` (§8.4)."""
    out: list[str] = []
    if _option(options, "doctype") is not False:
        _render_root(node, out)
    else:
        _render(node, out)
    return "".join(out)


def _render_root(node: Any, out: list[str]) -> None:
    """Render with the DOCTYPE rule: components at the root are called first (recursively, so that a
    runaway component meets the call-depth limit), fragments and arrays are not looked into."""
    if type(node) is Element:
        if node.name is not None:
            _render_root(_call_component(node), out)
            return
        if node.tag == "html":
            out.append("<!DOCTYPE html>")
    _render(node, out)


render_to_string.__name__ = render_to_string.__qualname__ = "renderToString"


def _option(options: Any, name: str) -> Any:
    if isinstance(options, dict):
        return options.get(name)
    if isinstance(options, HostObject):
        return options.js_get(name)
    return None


def _render(v: Any, out: list[str]) -> None:
    t = type(v)
    if t is str:
        out.append(escape(v))
    elif t is Element:
        if v.name is not None:
            _render(_call_component(v), out)
        elif v.tag is None:
            for child in v.children:
                _render(child, out)
        else:
            _render_html(v, v.tag, out)
    elif v is None or t is bool:
        return
    elif t is float or t is int:
        out.append(number_to_string(float(v)))
    elif isinstance(v, list):
        for item in v:
            _render(item, out)
    elif is_callable(v):
        type_error("functions are not valid JSX children")
    else:
        type_error("objects are not valid JSX children")


def _render_html(element: Element, tag: str, out: list[str]) -> None:
    out.append("<" + tag)
    inner = _write_attributes(element.props, out) if element.props else None
    children = element.children
    if tag in VOID_ELEMENTS:
        if inner is not None or _has_children(children):
            type_error(f"void element <{tag}> cannot have children")
        out.append(">")
        return
    out.append(">")
    if inner is not None:
        if _has_children(children):
            type_error("an element cannot have both children and dangerouslySetInnerHTML")
        out.append(inner)
    elif tag in RAW_TEXT_ELEMENTS:
        out.append(_raw_text(tag, children))
    else:
        for child in children:
            _render(child, out)
    out.append(f"</{tag}>")


def _has_children(children: list[Any]) -> bool:
    """Whether any child would be there (an ``undefined`` child counts as absent)."""
    for child in children:
        if child is not None:
            return True
    return False


def _raw_text(tag: str, children: list[Any]) -> str:
    """The unescaped children of <script>/<style>, with every ``</script`` written ``<\\/script``."""
    parts = []
    for child in children:
        t = type(child)
        if t is str:
            parts.append(child)
        elif t is float or t is int:
            parts.append(number_to_string(float(child)))
        else:
            type_error(f"<{tag}> children must be strings")
    return _CLOSE_TAG[tag].sub(r"<\\/\1", "".join(parts))


def _items(obj: dict[str, Any]) -> Any:
    """``obj``'s properties in property order (§3.14); insertion order unless a key starts with a digit."""
    for key in obj:
        if key[:1].isdigit():
            return [(k, obj[k]) for k in own_keys(obj)]
    return obj.items()


def _attr_name(key: str) -> str | None:
    """The output name of attribute ``key`` (None: not written); raises for an unsafe name (§8.4)."""
    name = _ATTR_NAMES.get(key, _UNCHECKED)
    if name is not _UNCHECKED:
        return name
    if not key or _UNSAFE_NAME.search(key):
        type_error(f"invalid attribute name '{key}'")
    if key in _DROPPED or key[:2].lower() == "on":
        name = None
    else:
        name = _RENAMED.get(key, key)
    if len(_ATTR_NAMES) < _CACHE_MAX:
        _ATTR_NAMES[key] = name
    return name


def _inner_html(value: Any) -> str:
    html = _option(value, "__html")
    if type(html) is not str:
        type_error("dangerouslySetInnerHTML.__html must be a string")
    return html


def _write_attributes(props: JSObject, out: list[str]) -> str | None:
    """Write ``props`` as attributes; return the raw inner HTML of ``dangerouslySetInnerHTML`` (or None)."""
    inner = None
    # Two keys can only meet under one name through the renames (className/class, htmlFor/for); then the
    # later value is written at the first position.
    merged: dict[str, Any] | None = None
    if ("className" in props and "class" in props) or ("htmlFor" in props and "for" in props):
        merged = {}
    for key, value in _items(props):
        name = _ATTR_NAMES.get(key, _UNCHECKED)
        if name is _UNCHECKED:
            name = _attr_name(key)
        if name is None:
            continue
        if name == _INNER_HTML:
            if value is not None:
                inner = _inner_html(value)
        elif merged is not None:
            merged[name] = value
        else:
            _write_attribute(name, value, out)
    if merged:
        for name, value in merged.items():
            _write_attribute(name, value, out)
    return inner


def _write_attribute(name: str, value: Any, out: list[str]) -> None:
    t = type(value)
    if t is str:
        out.append(f' {name}="{escape(value)}"')
    elif t is bool:
        if value:
            out.append(" " + name)
    elif value is None:
        return
    elif t is float or t is int:
        out.append(f' {name}="{number_to_string(float(value))}"')
    elif name == "style" and isinstance(value, dict):
        out.append(f' style="{escape(style_text(value))}"')
    else:
        out.append(f' {name}="{escape(to_string(value))}"')


def _css_name(key: str) -> str:
    name = _CSS_NAMES.get(key)
    if name is None:
        name = _UPPER.sub(lambda m: "-" + m.group().lower(), key)
        if name.startswith("ms-"):
            name = "-" + name
        if len(_CSS_NAMES) < _CACHE_MAX:
            _CSS_NAMES[key] = name
    return name


def style_text(style: dict[str, Any]) -> str:
    """The CSS text of a style object (§8.4), before escaping."""
    parts = []
    for key, value in _items(style):
        t = type(value)
        if value is None or t is bool or (t is str and not value):
            continue
        custom = key.startswith("--")
        name = key if custom else _css_name(key)
        if t is float or t is int:
            text = number_to_string(float(value))
            if value != 0 and not custom and key not in UNITLESS:
                text += "px"
        elif t is str:
            text = value
        else:
            text = to_string(value)
        parts.append(f"{name}:{text}")
    return ";".join(parts)


GLOBALS: dict[str, Any] = {
    "renderToString": render_to_string,
    "Fragment": fragment,
}

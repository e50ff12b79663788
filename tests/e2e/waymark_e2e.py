"""waymark_e2e -- drive a real GTK 4 / libadwaita program through AT-SPI.

Small end-to-end test harness for Waymark (GTK 4.8 + libadwaita 1.2,
Debian 12).  It uses only the Python standard library and pyatspi
(``python3-pyatspi``); run it with the system interpreter ``/usr/bin/python3``
inside the headless session provided by ``build-aux/headless``::

    build-aux/headless /usr/bin/python3 tests/e2e/test_something.py

Typical test::

    import re, sys
    sys.path.insert(0, "tests/e2e")
    from waymark_e2e import App, find, click, type_text, press_keys, text_of, wait_for

    with App(["_build/src/waymark"]) as app:
        click(find(app.root, "page tab", "Journal", showing=True))
        entry = find(app.root, "text", "Title", showing=True)
        type_text(entry, "Walked the dog")
        wait_for(lambda: text_of(entry) == "Walked the dog", message="entry text")
        app.press_keys("<Control>s")
        find(app.root, "label", re.compile("Saved"), showing=True)
        app.screenshot("/tmp/journal.png")

Everything that waits does so by polling with a deadline (``wait_for``); the
only fixed delay anywhere is the poll interval.  A wait that is not given a
timeout waits up to ``TIMEOUT`` (45 s: long enough for a 2-core machine kept
busy by a parallel build; a condition that holds returns at once, so this
costs nothing when all is well).  All timeouts are multiplied by the
environment variable ``WAYMARK_E2E_TIMEOUT_SCALE`` (default 1) so an even
slower machine can be given more slack without editing tests.

If ``WAYMARK_E2E_ARTIFACTS`` names a directory, an ``App`` whose ``with``
block raises saves ``<name>-<pid>.png`` (screenshot), ``.tree.txt`` (the
accessibility tree) and ``.stderr.txt`` there.  A short tree dump and the
tail of the program's stderr are always written to our stderr on failure.

What GTK 4.8 exposes (found on Debian 12, GTK 4.8.3, libadwaita 1.2.2):

* Widgets without an accessible label are named after their GType
  (``"GtkEntry"``, ``"GtkListBox"``, ``"AdwGizmo"``...).  Give the widgets
  tests need an accessible label (``gtk_accessible_update_property(...,
  GTK_ACCESSIBLE_PROPERTY_LABEL, ...)`` or a ``<accessibility>`` block in
  the .ui file) rather than relying on those.
* Buttons with a mnemonic label are named ``"_Cancel Cancel"`` (raw label
  + rendered label).  Use ``mnemonic("Cancel")`` as the name to match either.
* No ``showing`` state is ever set below the toplevel window; pages that an
  AdwViewStack/GtkStack is not displaying stay in the tree, keep ``visible``
  and keep their last (stale) extents.  ``is_showing()`` therefore hit-tests
  (Component.getAccessibleAtPoint, which GTK answers with gtk_widget_pick and
  so only finds mapped widgets).  See ``is_showing``.
* Component.grabFocus is not implemented (raises); focus a widget by
  clicking it with the pointer (``focus()``).
* Text.getText(0, -1) returns "" -- ``text_of()`` asks for
  ``characterCount`` characters instead.
* No window manager: GTK itself calls XSetInputFocus when a window is
  presented, so the newest window has the keyboard.  When a dialog closes
  the focus reverts to the root window; ``press_keys`` (given a window or
  called as ``App.press_keys``) puts focus back with XSetInputFocus first.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from typing import Any, Callable, Iterator, List, Optional, Sequence, Union

import pyatspi
from gi.repository import Atspi, GLib

__all__ = [
    "App", "wait_for", "find", "find_all", "try_find", "click", "focus",
    "type_text", "press_keys", "text_of", "dump_tree", "screenshot",
    "is_showing", "states_of", "has_state", "role_of", "mnemonic",
    "toplevel_of", "focus_window", "mouse_click", "TIMEOUT_SCALE",
    "POLL_INTERVAL", "waymark_env", "window_names", "window_called", "TIMEOUT",
    "settle", "tab_to", "past_welcome",
]

#: Multiplier applied to every timeout (env WAYMARK_E2E_TIMEOUT_SCALE).
TIMEOUT_SCALE = float(os.environ.get("WAYMARK_E2E_TIMEOUT_SCALE", "1") or 1)
#: The default deadline of every wait, in seconds before scaling: sized for
#: a loaded 2-core machine (the e2e tests once failed after 10 s there).
TIMEOUT = 45.0
#: Seconds between two polls of a condition.  The only fixed delay here.
POLL_INTERVAL = 0.05

# Errors pyatspi / libatspi raise for nodes that went away, interfaces
# a node does not implement, D-Bus timeouts, ...
_ACCESS_ERRORS = (GLib.GError, RuntimeError, LookupError, NotImplementedError,
                  AttributeError, TypeError, ValueError)

_TOPLEVEL_ROLES = {
    pyatspi.ROLE_FRAME, pyatspi.ROLE_DIALOG, pyatspi.ROLE_WINDOW,
    pyatspi.ROLE_ALERT, pyatspi.ROLE_FILE_CHOOSER,
}

# Actions that mean "activate this widget", best first.  GTK 4.8 exposes
# "click" on buttons, toggle buttons, page tabs and menu items, "toggle" on
# GtkSwitch, "activate" on GtkEntry and nothing on GtkCheckButton; labels
# expose clipboard.*/link.*/menu.popup which must never be used as a click,
# windows window.close/default.activate (ask for those by name).
_CLICK_ACTIONS = ("click", "activate", "press", "toggle", "jump", "open", "select")


def _scaled(timeout: float) -> float:
    return timeout * TIMEOUT_SCALE


def _pump() -> None:
    """Dispatch pending D-Bus traffic (events) of libatspi's GLib context so
    its queues do not grow while a test only makes synchronous calls."""
    ctx = GLib.MainContext.default()
    for _ in range(1000):
        if not ctx.pending():
            break
        ctx.iteration(False)


def _short(value: Any, limit: int = 2000) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[:limit] + "...[truncated]"


# ---------------------------------------------------------------------------
# Waiting
# ---------------------------------------------------------------------------

def wait_for(predicate: Callable[[], Any], timeout: float = TIMEOUT, message: str = "",
             interval: float = POLL_INTERVAL,
             describe: Optional[Callable[[], str]] = None) -> Any:
    """Poll ``predicate()`` until it returns something truthy; return that.

    Exceptions raised by the predicate (e.g. a node that went defunct) count
    as "not yet".  On timeout raise ``AssertionError`` with ``message``, the
    last value or exception seen and, if given, ``describe()`` (e.g. a tree
    dump).  ``timeout`` is multiplied by ``TIMEOUT_SCALE``.
    """
    deadline = time.monotonic() + _scaled(timeout)
    last: Any = None
    last_exc: Optional[BaseException] = None
    while True:
        _pump()
        try:
            last = predicate()
            last_exc = None
            if last:
                return last
        except AssertionError:
            raise
        except Exception as exc:  # noqa: BLE001 - anything means "not yet"
            last_exc = exc
        if time.monotonic() >= deadline:
            break
        time.sleep(interval)
    seen = (f"last exception: {type(last_exc).__name__}: {last_exc}"
            if last_exc is not None else f"last value: {_short(last)}")
    text = f"{message or 'condition not met'} (after {_scaled(timeout):.1f}s; {seen})"
    if describe is not None:
        try:
            text += "\n" + describe()
        except Exception as exc:  # noqa: BLE001
            text += f"\n(could not describe: {exc})"
    raise AssertionError(text)


# ---------------------------------------------------------------------------
# Small accessors that tolerate defunct nodes
# ---------------------------------------------------------------------------

_ROLE_BY_NAME: dict = {}


def _role_table() -> dict:
    if not _ROLE_BY_NAME:
        for attr in dir(pyatspi):
            if attr.startswith("ROLE_"):
                role = getattr(pyatspi, attr)
                try:
                    name = Atspi.role_get_name(role)
                except Exception:  # noqa: BLE001
                    name = None
                for key in (attr, attr[5:], attr[5:].lower(),
                            attr[5:].lower().replace("_", " "), name):
                    if key:
                        _ROLE_BY_NAME[key.lower()] = role
    return _ROLE_BY_NAME


def _resolve_role(role: Any) -> Any:
    if role is None or not isinstance(role, str):
        return role
    table = _role_table()
    key = role.strip().lower()
    if key not in table:
        raise ValueError(f"unknown AT-SPI role {role!r}")
    return table[key]


def role_of(node) -> str:
    """Role name ("push button", "page tab", ...) or "?" if defunct."""
    try:
        return node.getRoleName()
    except _ACCESS_ERRORS:
        return "?"


def _name(node) -> Optional[str]:
    try:
        return node.name
    except _ACCESS_ERRORS:
        return None


def states_of(node) -> List[str]:
    """List of state names ("focused", "checked", ...); ["defunct"] if gone."""
    try:
        return [pyatspi.stateToString(s) for s in node.getState().getStates()]
    except _ACCESS_ERRORS:
        return ["defunct"]


_STATE_BY_NAME: dict = {}


def _state_value(state: Union[str, Any]) -> Any:
    """"focused" / "STATE_FOCUSED" / pyatspi.STATE_FOCUSED -> the constant."""
    if not isinstance(state, str):
        return state
    if not _STATE_BY_NAME:
        for attr in dir(pyatspi):
            if attr.startswith("STATE_"):
                value = getattr(pyatspi, attr)
                _STATE_BY_NAME[attr.lower()] = value
                _STATE_BY_NAME[attr[6:].lower()] = value
                try:
                    _STATE_BY_NAME[pyatspi.stateToString(value).lower()] = value
                except Exception:  # noqa: BLE001
                    pass
    key = state.strip().lower()
    if key not in _STATE_BY_NAME:
        raise ValueError(f"unknown AT-SPI state {state!r}")
    return _STATE_BY_NAME[key]


def has_state(node, state: Union[str, Any]) -> bool:
    """True if ``node`` has ``state`` (a name like "checked" or a STATE_*)."""
    try:
        if isinstance(state, str):
            return state in states_of(node)
        return node.getState().contains(state)
    except _ACCESS_ERRORS:
        return False


def _children(node) -> List[Any]:
    try:
        count = node.childCount
    except _ACCESS_ERRORS:
        return []
    out = []
    for i in range(max(0, min(count, 10000))):
        try:
            child = node.getChildAtIndex(i)
        except _ACCESS_ERRORS:
            continue  # stale index (children changed under us) or defunct
        if child is not None:
            out.append(child)
    return out


def _parent(node):
    try:
        return node.parent
    except _ACCESS_ERRORS:
        return None


def _extents(node, coords=pyatspi.WINDOW_COORDS):
    try:
        e = node.queryComponent().getExtents(coords)
        return (e.x, e.y, e.width, e.height)
    except _ACCESS_ERRORS:
        return None


def _iter_tree(root, max_depth: int = 200, prune: Optional[Callable[[Any], bool]] = None
               ) -> Iterator[Any]:
    """Depth-first, document order; skips nodes that break while walking."""
    stack = [(root, 0)]
    seen: dict = {}  # id -> node (kept alive so ids are not reused)
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            continue  # a node reachable twice (GTK tree glitch): visit once
        seen[id(node)] = node
        yield node
        if depth >= max_depth:
            continue
        if prune is not None and depth > 0 and prune(node):
            continue
        kids = _children(node)
        for child in reversed(kids):
            stack.append((child, depth + 1))


def text_of(node) -> str:
    """Text shown by/typed into ``node``.

    Uses the Text interface (labels, entries, AdwEntryRow) reading
    ``characterCount`` characters -- GTK 4.8 answers getText(0, -1) with "".
    Falls back to the accessible name.
    """
    try:
        text = node.queryText()
        count = text.characterCount
        return text.getText(0, count) if count > 0 else ""
    except _ACCESS_ERRORS:
        pass
    return _name(node) or ""


def mnemonic(label: str) -> "re.Pattern":
    """Name pattern for a widget whose label may carry a mnemonic.

    GTK 4.8 names a button made with use-underline "_Delete Delete";
    ``mnemonic("Delete")`` matches "Delete", "_Delete" and "_Delete Delete".
    """
    plain = re.escape(label.replace("_", ""))
    raw = "".join(f"_?{re.escape(ch)}" for ch in label.replace("_", ""))
    return re.compile(rf"^(?:{raw}\s+)?(?:{raw}|{plain})$")


# ---------------------------------------------------------------------------
# Showing (GTK 4.8 has no SHOWING state below toplevels)
# ---------------------------------------------------------------------------

def toplevel_of(node):
    """The window (frame/dialog/...) containing ``node``, or None."""
    cur = node
    last = None
    for _ in range(500):
        if cur is None:
            return last
        try:
            role = cur.getRole()
        except _ACCESS_ERRORS:
            return None
        if role == pyatspi.ROLE_APPLICATION:
            return last
        if role in _TOPLEVEL_ROLES:
            parent = _parent(cur)
            if parent is None or role_of(parent) == "application":
                return cur
        last = cur
        cur = _parent(cur)
    return last


def _toplevel_showing(top) -> bool:
    """GTK 4.8 keeps "showing"/"active" up to date on frames (GtkWindow
    role) only; dialogs (AdwMessageDialog, GtkDialog...) never get them.
    A dialog that is in the tree at all is mapped (hidden windows leave it)."""
    try:
        states = top.getState()
        if states.contains(pyatspi.STATE_DEFUNCT):
            return False
        if states.contains(pyatspi.STATE_SHOWING):
            return True
        return top.getRole() != pyatspi.ROLE_FRAME
    except _ACCESS_ERRORS:
        return False


def _toplevel_active(top) -> bool:
    """True if ``top`` has the keyboard focus.

    Asks the X server (XGetInputFocus == the window's X id): GTK 4.8 never
    marks dialogs "active", and a frame's "active" state can lag behind or
    stay set when the focus moved away.  Falls back to the "active" state
    if the X window cannot be determined.
    """
    win = _xwindow_for(top)
    if win is not None:
        try:
            with _x11() as xd:
                return xd.focused() == win["id"]
        except (OSError, RuntimeError):
            pass
    return has_state(top, pyatspi.STATE_ACTIVE)


def _is_self_or_descendant(candidate, node, stop) -> bool:
    cur = candidate
    for _ in range(500):
        if cur is None:
            return False
        if cur == node:
            return True
        if cur == stop:
            return False
        cur = _parent(cur)
    return False


def is_showing(node) -> bool:
    """Best effort "is this node on screen right now".

    1. A toplevel (frame, dialog, ...): its ``showing`` state.
    2. Anything with the ``showing`` state (newer GTK versions): True.
    3. Otherwise (GTK 4.8): the node must be ``visible``, have a non-empty
       size, its toplevel must be showing, and hit-testing points inside the
       node's extents on its toplevel (getAccessibleAtPoint = gtk_widget_pick,
       which only sees mapped widgets) must land on the node or one of its
       descendants.  If every probe lands on a widget GTK does not expose
       (GtkText inside an entry, say) or on an ancestor, the node counts as
       showing; if a probe lands on an unrelated widget (the page a stack is
       really displaying) and none on the node, it does not.

    Widgets inside popovers live on another surface than their window;
    hit-testing is done on the nearest ancestor whose Component layer is
    "popup" in that case.
    """
    try:
        role = node.getRole()
        states = node.getState()
    except _ACCESS_ERRORS:
        return False
    if states.contains(pyatspi.STATE_DEFUNCT):
        return False
    if role in _TOPLEVEL_ROLES and toplevel_of(node) == node:
        return _toplevel_showing(node)
    if states.contains(pyatspi.STATE_SHOWING):
        return True
    if not states.contains(pyatspi.STATE_VISIBLE):
        return False
    ext = _extents(node)
    if ext is None:
        return True  # no Component interface: nothing more to check
    x, y, w, h = ext
    if w <= 0 or h <= 0:
        return False
    # The surface to hit-test on: nearest popup-layer ancestor, else window.
    pick_root = None
    cur = _parent(node)
    while cur is not None:
        try:
            if cur.getRole() == pyatspi.ROLE_APPLICATION:
                break
            layer = cur.queryComponent().getLayer()
            if layer == pyatspi.LAYER_POPUP:
                pick_root = cur
                break
        except _ACCESS_ERRORS:
            pass
        cur = _parent(cur)
    top = toplevel_of(node)
    if top is None or not _toplevel_showing(top):
        return False
    if pick_root is None:
        pick_root = top
    root_ext = _extents(pick_root)
    try:
        comp = pick_root.queryComponent()
    except _ACCESS_ERRORS:
        return True
    probes = [(x + w // 2, y + h // 2)]
    for fx, fy in ((0.25, 0.25), (0.75, 0.25), (0.25, 0.75), (0.75, 0.75)):
        probes.append((x + int(w * fx), y + int(h * fy)))
    inset = 2 if min(w, h) > 6 else 0
    probes += [(x + inset, y + inset), (x + w - 1 - inset, y + h - 1 - inset)]
    foreign = 0
    for px, py in probes:
        if root_ext is not None:
            rx, ry, rw, rh = root_ext
            if not (rx <= px < rx + rw and ry <= py < ry + rh):
                continue
        try:
            hit = comp.getAccessibleAtPoint(px, py, pyatspi.WINDOW_COORDS)
        except _ACCESS_ERRORS:
            continue
        if hit is None:
            continue
        if _is_self_or_descendant(hit, node, pick_root):
            return True
        if _is_self_or_descendant(node, hit, pick_root):
            continue  # landed on an ancestor: no evidence either way
        foreign += 1
    return foreign == 0


# ---------------------------------------------------------------------------
# Finding nodes
# ---------------------------------------------------------------------------

NameSpec = Union[None, str, "re.Pattern", Callable[[str], bool]]


def _name_matches(actual: Optional[str], spec: NameSpec) -> bool:
    if spec is None:
        return True
    if actual is None:
        return False
    if isinstance(spec, str):
        return actual == spec
    if hasattr(spec, "search"):
        return spec.search(actual) is not None
    return bool(spec(actual))


def _matcher(role, name, showing, description, states, predicate):
    want_role = _resolve_role(role)
    want_states = [_state_value(s) for s in (states or ())]

    def match(node) -> bool:
        try:
            if want_role is not None and node.getRole() != want_role:
                return False
            if not _name_matches(node.name, name):
                return False
            if description is not None and not _name_matches(node.description, description):
                return False
            if want_states:
                st = node.getState()
                if not all(st.contains(s) for s in want_states):
                    return False
            if predicate is not None and not predicate(node):
                return False
            if showing is not None and is_showing(node) != bool(showing):
                return False
            return True
        except _ACCESS_ERRORS:
            return False
    return match


def _describe_query(role, name, showing, description, states) -> str:
    parts = []
    if role is not None:
        parts.append(f"role={role!r}")
    if name is not None:
        parts.append(f"name={getattr(name, 'pattern', name)!r}")
    if description is not None:
        parts.append(f"description={getattr(description, 'pattern', description)!r}")
    if states:
        parts.append(f"states={list(states)!r}")
    if showing is not None:
        parts.append(f"showing={showing}")
    return "node(" + ", ".join(parts) + ")"


def find_all(root, role=None, name: NameSpec = None, timeout: float = TIMEOUT,
             showing: Optional[bool] = None, description: NameSpec = None,
             states: Sequence[str] = (), predicate: Optional[Callable[[Any], bool]] = None,
             min_count: int = 1, max_depth: int = 200) -> List[Any]:
    """All nodes under ``root`` (inclusive) matching, in document order.

    role: a role name as pyatspi spells it ("push button", "toggle button",
      "text", "label", "page tab", "dialog", ...) or a pyatspi.ROLE_* value.
    name: exact string, compiled regex (``search``), or a callable on the name.
    showing: True/False to require ``is_showing(node)`` to be that; None
      ignores it.  (With showing=True, subtrees of zero size are skipped.)
    states: state names that must all be set, e.g. ["checked"].
    predicate: extra callable filter on the node.
    Polls until at least ``min_count`` nodes match (``min_count=0`` returns
    at once), raising AssertionError with a tree dump after ``timeout``.
    """
    match = _matcher(role, name, showing, description, states, predicate)
    prune = None
    if showing:
        def prune(node):
            ext = _extents(node)
            return ext is not None and (ext[2] <= 0 or ext[3] <= 0)

    def attempt():
        found = [n for n in _iter_tree(root, max_depth, prune) if match(n)]
        return found if len(found) >= min_count else None

    if min_count <= 0:
        return attempt() or []
    return wait_for(attempt, timeout,
                    f"no {min_count} x {_describe_query(role, name, showing, description, states)}",
                    describe=lambda: "tree:\n" + dump_tree(root, 40))


def find(root, role=None, name: NameSpec = None, timeout: float = TIMEOUT,
         showing: Optional[bool] = None, **kwargs) -> Any:
    """First node (document order) under ``root`` matching; waits for it.

    Same arguments as ``find_all``.  Raises AssertionError (with a tree dump)
    if nothing matches within ``timeout`` seconds.
    """
    return find_all(root, role, name, timeout, showing, min_count=1, **kwargs)[0]


def try_find(root, role=None, name: NameSpec = None, showing: Optional[bool] = None,
             **kwargs) -> Optional[Any]:
    """Like ``find`` but looks once and returns None instead of waiting."""
    found = find_all(root, role, name, 0, showing, min_count=0, **kwargs)
    return found[0] if found else None


# ---------------------------------------------------------------------------
# X11 helpers (ctypes on libX11; no extra packages)
# ---------------------------------------------------------------------------

class _XWindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int), ("y", ctypes.c_int),
        ("width", ctypes.c_int), ("height", ctypes.c_int),
        ("border_width", ctypes.c_int), ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p), ("root", ctypes.c_ulong),
        ("c_class", ctypes.c_int), ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong), ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int), ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long), ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long), ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


class _X11:
    """Minimal Xlib binding: list top-level windows, read a few properties,
    move keyboard focus."""

    IsViewable = 2
    RevertToParent = 2

    def __init__(self) -> None:
        path = ctypes.util.find_library("X11") or "libX11.so.6"
        x = ctypes.CDLL(path)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XInternAtom.restype = ctypes.c_ulong
        x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong,
                                 ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong),
                                 ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                                 ctypes.POINTER(ctypes.c_uint)]
        x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong,
                                           ctypes.POINTER(_XWindowAttributes)]
        x.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
            ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_ulong]
        x.XRaiseWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x.XGetInputFocus.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_ulong),
                                     ctypes.POINTER(ctypes.c_int)]
        # A BadMatch from XSetInputFocus on a window being unmapped must not
        # kill the test process (Xlib's default handler calls exit()).
        self._handler_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
        self._handler = self._handler_type(lambda d, e: 0)
        x.XSetErrorHandler.argtypes = [self._handler_type]
        x.XSetErrorHandler(self._handler)
        self.x = x
        self.dpy = x.XOpenDisplay(None)
        if not self.dpy:
            raise RuntimeError("cannot open X display %r" % os.environ.get("DISPLAY"))
        self.root = x.XDefaultRootWindow(self.dpy)

    def close(self) -> None:
        if self.dpy:
            self.x.XCloseDisplay(self.dpy)
            self.dpy = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _prop(self, win: int, name: str, type_name: str) -> Optional[bytes]:
        x = self.x
        atom = x.XInternAtom(self.dpy, name.encode(), 1)
        if not atom:
            return None
        req_type = x.XInternAtom(self.dpy, type_name.encode(), 0)
        actual_type = ctypes.c_ulong()
        fmt = ctypes.c_int()
        nitems = ctypes.c_ulong()
        after = ctypes.c_ulong()
        data = ctypes.c_void_p()
        rc = x.XGetWindowProperty(self.dpy, win, atom, 0, 4096, 0, req_type,
                                  ctypes.byref(actual_type), ctypes.byref(fmt),
                                  ctypes.byref(nitems), ctypes.byref(after), ctypes.byref(data))
        if rc != 0 or not data.value:
            return None
        try:
            if fmt.value == 32:  # longs in client memory
                arr = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
                return bytes(str(arr[0]) if nitems.value else "", "ascii")
            return ctypes.string_at(data, nitems.value * (fmt.value // 8))
        finally:
            x.XFree(data)

    def windows(self) -> List[dict]:
        """Top-level children of the root window with pid/title/geometry."""
        x = self.x
        root_ret = ctypes.c_ulong()
        parent_ret = ctypes.c_ulong()
        children = ctypes.POINTER(ctypes.c_ulong)()
        n = ctypes.c_uint()
        if not x.XQueryTree(self.dpy, self.root, ctypes.byref(root_ret),
                            ctypes.byref(parent_ret), ctypes.byref(children), ctypes.byref(n)):
            return []
        ids = [children[i] for i in range(n.value)]
        if children:
            x.XFree(children)
        out = []
        for order, wid in enumerate(ids):  # bottom to top stacking order
            attrs = _XWindowAttributes()
            if not x.XGetWindowAttributes(self.dpy, wid, ctypes.byref(attrs)):
                continue
            pid = self._prop(wid, "_NET_WM_PID", "CARDINAL")
            title = self._prop(wid, "_NET_WM_NAME", "UTF8_STRING")
            if title is None:
                title = self._prop(wid, "WM_NAME", "STRING")
            out.append({
                "id": wid, "pid": int(pid) if pid else None,
                "title": title.decode("utf-8", "replace") if title is not None else None,
                "x": attrs.x, "y": attrs.y, "width": attrs.width, "height": attrs.height,
                "viewable": attrs.map_state == self.IsViewable, "stacking": order,
            })
        return out

    def focus(self, wid: int) -> None:
        self.x.XRaiseWindow(self.dpy, wid)
        self.x.XSetInputFocus(self.dpy, wid, self.RevertToParent, 0)
        self.x.XSync(self.dpy, 0)

    def focused(self) -> int:
        win = ctypes.c_ulong()
        rev = ctypes.c_int()
        self.x.XGetInputFocus(self.dpy, ctypes.byref(win), ctypes.byref(rev))
        return win.value


def _x11() -> _X11:
    return _X11()


def _pid_tree(pid: int) -> set:
    """pid and all its descendants (from /proc)."""
    parents: dict = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read().decode("utf-8", "replace")
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        parents.setdefault(ppid, []).append(int(entry))
    out, todo = set(), [pid]
    while todo:
        p = todo.pop()
        if p in out:
            continue
        out.add(p)
        todo.extend(parents.get(p, []))
    return out


def _node_pid(node) -> Optional[int]:
    try:
        return node.get_process_id()
    except _ACCESS_ERRORS:
        try:
            return node.getApplication().get_process_id()
        except _ACCESS_ERRORS:
            return None


def _xwindow_for(node) -> Optional[dict]:
    """X window (dict from _X11.windows) showing ``node``'s toplevel."""
    top = toplevel_of(node) or node
    title = _name(top)
    pid = _node_pid(top)
    ext = _extents(top, pyatspi.WINDOW_COORDS)
    try:
        with _x11() as xd:
            wins = [w for w in xd.windows() if w["viewable"]]
    except (OSError, RuntimeError):
        return None
    pids = _pid_tree(pid) if pid else set()

    def score(w):
        s = 0
        if pid and w["pid"] in pids:
            s += 4
        if title is not None and w["title"] == title:
            s += 2
        if ext is not None and abs(w["width"] - ext[2]) <= 40 and abs(w["height"] - ext[3]) <= 40:
            s += 1
        return (s, w["stacking"])

    good = [w for w in wins if (pid and w["pid"] in pids) or (title and w["title"] == title)]
    if not good:
        return None
    return max(good, key=score)


def focus_window(node, timeout: float = TIMEOUT) -> None:
    """Give keyboard focus to the X window of ``node``'s toplevel.

    There is no window manager, so this raises the window and calls
    XSetInputFocus, then waits until GTK reports the toplevel "active".
    """
    top = toplevel_of(node) or node
    win = wait_for(lambda: _xwindow_for(top), timeout,
                   f"no X window for {role_of(top)} {_name(top)!r}")
    with _x11() as xd:
        xd.focus(win["id"])
    wait_for(lambda: _toplevel_active(top), timeout,
             f"window {_name(top)!r} did not become active after XSetInputFocus")


def _screen_point(node) -> tuple:
    ext = _extents(node, pyatspi.WINDOW_COORDS)
    if ext is None:
        raise AssertionError(f"{role_of(node)} {_name(node)!r} has no extents")
    x, y, w, h = ext
    if w <= 0 or h <= 0:
        raise AssertionError(f"{role_of(node)} {_name(node)!r} has zero size: {ext}")
    win = _xwindow_for(node)
    ox, oy = (win["x"], win["y"]) if win else (0, 0)
    return ox + x + w // 2, oy + y + h // 2


def mouse_click(node, button: int = 1) -> None:
    """Real pointer click (XTest, via the AT-SPI registry) at node's centre."""
    sx, sy = _screen_point(node)
    pyatspi.Registry.generateMouseEvent(sx, sy, pyatspi.MOUSE_ABS)
    pyatspi.Registry.generateMouseEvent(sx, sy, f"b{button}c")


# ---------------------------------------------------------------------------
# Acting
# ---------------------------------------------------------------------------

def _action_names(node) -> List[str]:
    try:
        action = node.queryAction()
        return [action.getName(i) for i in range(action.nActions)]
    except _ACCESS_ERRORS:
        return []


def click(node, action: Optional[str] = None) -> str:
    """Activate ``node`` the way a user would; return what was done.

    1. The node's own action ("click" for buttons/page tabs/toggles/checks,
       "activate" for entries, ...; or the one named by ``action``).
    2. Otherwise Component.grabFocus + Space (not implemented by GTK 4.8).
    3. Otherwise a real pointer click at the node's centre.
    """
    names = _action_names(node)
    wanted = [action] if action else list(_CLICK_ACTIONS)
    for want in wanted:
        if want in names:
            try:
                if node.queryAction().doAction(names.index(want)):
                    return f"action:{want}"
            except _ACCESS_ERRORS:
                pass
    if action:
        raise AssertionError(f"{role_of(node)} {_name(node)!r} has no action {action!r}; "
                             f"actions: {names}")
    # Composite widgets (GtkMenuButton, AdwSplitButton...) expose an outer
    # node without actions wrapping the real button with the same name.
    for child in _children(node):
        if _name(child) == _name(node) and any(a in _action_names(child) for a in _CLICK_ACTIONS):
            return "child:" + click(child)
    try:
        if node.queryComponent().grabFocus():
            press_keys("space")
            return "focus+space"
    except _ACCESS_ERRORS:
        pass
    mouse_click(node)
    return "mouse"


def focus(node, timeout: float = TIMEOUT) -> None:
    """Move keyboard focus to ``node`` (window focus + pointer click on it,
    since GTK 4.8 does not implement grabFocus), waiting for "focused"."""
    try:
        if node.queryComponent().grabFocus() and wait_for(
                lambda: has_state(node, pyatspi.STATE_FOCUSED), 1, ""):
            return
    except (AssertionError,) + _ACCESS_ERRORS:
        pass
    focus_window(node, timeout)
    mouse_click(node)
    editable = has_state(node, pyatspi.STATE_EDITABLE)
    top = toplevel_of(node) or node

    def focused() -> bool:
        if has_state(node, pyatspi.STATE_FOCUSED):
            return True
        holders = [n for n in _iter_tree(top) if has_state(n, pyatspi.STATE_FOCUSED)]
        if any(_is_self_or_descendant(h, node, top) for h in holders):
            return True
        # AdwEntryRow: the focused GtkText inside it is not exposed and the
        # row itself is never marked focused; nothing else focused == ours.
        return editable and not holders

    wait_for(focused, timeout, f"{role_of(node)} {_name(node)!r} did not get focus",
             describe=lambda: f"states: {states_of(node)}")


def type_text(node, text: str, replace: bool = True, via_keyboard: bool = False,
              timeout: float = TIMEOUT) -> None:
    """Put ``text`` into an editable text node and wait until it reads back.

    Default: EditableText.setTextContents (replace=True) or insertText at the
    end (replace=False).  On GTK 4.8 this works for GtkEntry, GtkText,
    GtkPasswordEntry, GtkSearchEntry and AdwEntryRow, and the app sees it:
    GtkEditable::changed and notify::text fire (setTextContents fires
    "changed" twice: once with "" and once with the new text).
    via_keyboard=True instead focuses the node (pointer click), selects all
    if replace, and types with synthesized key events -- exercising key
    handling, input filtering, and per-keystroke "changed" emissions.
    """
    before = text_of(node)
    expected = text if replace else before + text
    if via_keyboard:
        focus(node, timeout)
        if replace:
            press_keys("<Control>a")
            if before:
                press_keys("BackSpace")
                wait_for(lambda: text_of(node) == "", timeout, "text was not cleared")
        _type_string(text)
    else:
        try:
            editable = node.queryEditableText()
        except NotImplementedError:
            raise AssertionError(f"{role_of(node)} {_name(node)!r} is not editable text "
                                 f"(states {states_of(node)})") from None
        if replace:
            ok = editable.setTextContents(text)
        else:
            ok = editable.insertText(len(before), text, len(text.encode("utf-8")))
        if not ok:
            raise AssertionError(f"EditableText refused the text for {_name(node)!r}")
    wait_for(lambda: text_of(node) == expected, timeout,
             f"text of {role_of(node)} {_name(node)!r} is not {expected!r}",
             describe=lambda: f"now: {text_of(node)!r}")


# Keysyms by name (X11 keysymdef.h) -- enough for tests.
_KEYSYMS = {
    "space": 0x20, "return": 0xff0d, "enter": 0xff0d, "kp_enter": 0xff8d,
    "tab": 0xff09, "iso_left_tab": 0xfe20, "escape": 0xff1b, "esc": 0xff1b,
    "backspace": 0xff08, "delete": 0xffff, "insert": 0xff63, "home": 0xff50,
    "end": 0xff57, "left": 0xff51, "up": 0xff52, "right": 0xff53, "down": 0xff54,
    "page_up": 0xff55, "prior": 0xff55, "page_down": 0xff56, "next": 0xff56,
    "menu": 0xff67, "plus": 0x2b, "minus": 0x2d, "equal": 0x3d, "comma": 0x2c,
    "period": 0x2e, "slash": 0x2f, "question": 0x3f, "backslash": 0x5c,
    "semicolon": 0x3b, "apostrophe": 0x27, "bracketleft": 0x5b, "bracketright": 0x5d,
    "grave": 0x60, "asterisk": 0x2a, "exclam": 0x21, "at": 0x40, "numbersign": 0x23,
    "dollar": 0x24, "percent": 0x25, "ampersand": 0x26, "parenleft": 0x28,
    "parenright": 0x29, "underscore": 0x5f, "colon": 0x3a, "less": 0x3c, "greater": 0x3e,
}
_KEYSYMS.update({f"f{i}": 0xffbe + i - 1 for i in range(1, 13)})

# X modifier masks, as XkbLockModifiers (KEY_LOCKMODIFIERS) wants them.
_MODIFIERS = {
    "shift": 1 << 0, "control": 1 << 2, "ctrl": 1 << 2, "primary": 1 << 2,
    "alt": 1 << 3, "mod1": 1 << 3, "super": 1 << 6, "mod4": 1 << 6, "meta": 1 << 6,
}


def _keysym(name: str) -> int:
    if len(name) == 1:
        cp = ord(name)
        return cp if 0x20 <= cp <= 0x7e or 0xa0 <= cp <= 0xff else 0x01000000 + cp
    key = name.lower()
    if key in _KEYSYMS:
        return _KEYSYMS[key]
    if re.fullmatch(r"0x[0-9a-f]+", key):
        return int(key, 16)
    raise ValueError(f"unknown key name {name!r} (add it to _KEYSYMS or pass 0x<keysym>)")


def _parse_combo(combo: str) -> tuple:
    """"<Control><Shift>z" / "Ctrl+Shift+z" / "Tab" -> (modifier mask, keysym)."""
    mods = 0
    rest = combo.strip()
    for m in re.findall(r"<([^>]+)>", rest):
        if m.lower() not in _MODIFIERS:
            raise ValueError(f"unknown modifier <{m}> in {combo!r}")
        mods |= _MODIFIERS[m.lower()]
    rest = re.sub(r"<[^>]+>", "", rest)
    if "+" in rest and len(rest) > 1:
        *mod_names, rest = rest.split("+")
        for m in mod_names:
            if m.lower() not in _MODIFIERS:
                raise ValueError(f"unknown modifier {m!r} in {combo!r}")
            mods |= _MODIFIERS[m.lower()]
    if not rest:
        raise ValueError(f"no key in {combo!r}")
    return mods, _keysym(rest)


def press_keys(*combos: str, window=None) -> None:
    """Press key combinations, e.g. ``press_keys("<Control>q")``,
    ``press_keys("Tab", "Tab", "Return")``, ``press_keys("Ctrl+Shift+z")``.

    Keys are synthesized by keysym (pyatspi.Registry.generateKeyboardEvent,
    KEY_SYM) through the registry daemon's XTest, so they go to whatever X
    window has the keyboard focus; modifiers are applied by locking them
    (KEY_LOCKMODIFIERS) around the key.  If ``window`` (any node) is given,
    its toplevel is focused first (see ``focus_window``).
    """
    if window is not None:
        top = toplevel_of(window) or window
        if not _toplevel_active(top):
            focus_window(top)
    for combo in combos:
        mods, sym = _parse_combo(combo)
        if mods:
            pyatspi.Registry.generateKeyboardEvent(mods, None, pyatspi.KEY_LOCKMODIFIERS)
        try:
            pyatspi.Registry.generateKeyboardEvent(sym, None, pyatspi.KEY_SYM)
        finally:
            if mods:
                pyatspi.Registry.generateKeyboardEvent(mods, None, pyatspi.KEY_UNLOCKMODIFIERS)


_focus_moves = [0]


def _count_focus_move(event) -> None:
    _focus_moves[0] += 1


def tab_to(node, window, key: str = "Tab", limit: int = 150,
           step_timeout: float = 10) -> None:
    """Move the keyboard focus to ``node`` with ``key`` (Tab), as a keyboard
    user would, one key at a time.

    After each key this waits (deadline ``step_timeout``) until GTK reports
    the focus moved (an object:state-changed:focused event), so keys never
    pile up ahead of a busy app and skip past ``node``.  A move into a
    widget GTK 4.8 does not report (the text inside an AdwEntryRow) just
    costs that deadline once.
    """
    if not getattr(tab_to, "listening", False):
        pyatspi.Registry.registerEventListener(_count_focus_move,
                                               "object:state-changed:focused")
        tab_to.listening = True
    for _ in range(limit):
        if has_state(node, pyatspi.STATE_FOCUSED):
            return
        _pump()
        before = _focus_moves[0]
        press_keys(key, window=window)
        try:
            wait_for(lambda: _focus_moves[0] > before, step_timeout, "")
        except AssertionError:
            pass
    raise AssertionError(f"{key} never reached {role_of(node)} {_name(node)!r}")


def _type_string(text: str) -> None:
    for ch in text:
        if ch == "\n":
            press_keys("Return")
        elif ch == "\t":
            press_keys("Tab")
        else:
            pyatspi.Registry.generateKeyboardEvent(_keysym(ch), None, pyatspi.KEY_SYM)


# ---------------------------------------------------------------------------
# Diagnostics
# ---------------------------------------------------------------------------

_BORING_STATES = {"enabled", "sensitive", "visible"}


def dump_tree(root, max_depth: int = 25, *, extents: bool = True, limit: int = 4000) -> str:
    """Indented text dump: ``[role] 'name' (description) {states} <actions> =text``.

    Defunct/unreachable nodes are shown as such.  Stops after ``limit`` lines.
    """
    lines: List[str] = []

    def visit(node, depth):
        if len(lines) >= limit:
            return
        pad = "  " * depth
        try:
            role = node.getRoleName()
            name = node.name
            desc = node.description
        except _ACCESS_ERRORS as exc:
            lines.append(f"{pad}<defunct: {exc}>")
            return
        parts = [f"{pad}[{role}] {name!r}"]
        if desc:
            parts.append(f"({desc!r})")
        st = [s for s in states_of(node) if s not in _BORING_STATES]
        if st:
            parts.append("{" + ",".join(st) + "}")
        acts = _action_names(node)
        if acts and role != "label":
            parts.append("<" + ",".join(acts) + ">")
        if role in ("text", "entry", "password text", "spin button"):
            parts.append("=" + repr(text_of(node)))
        if extents:
            ext = _extents(node)
            if ext is not None:
                parts.append("@%d,%d %dx%d" % ext)
        lines.append(" ".join(parts))
        if depth < max_depth:
            for child in _children(node):
                visit(child, depth + 1)
        elif _children(node):
            lines.append(f"{pad}  ...")

    visit(root, 0)
    if len(lines) >= limit:
        lines.append("...[truncated]")
    return "\n".join(lines)


def settle(import_cmd: List[str], timeout: float = 10) -> bytes:
    """Capture with ``import_cmd`` (ImageMagick ``import`` without an output)
    until two captures in a row are the same, i.e. the window has finished
    drawing (pages, fonts and charts may still be painting when the tree
    already holds them); return that image as PPM.  Something that never
    stops moving (a spinner) gives the last capture after ``timeout``.
    """
    deadline = time.monotonic() + _scaled(timeout)
    last = None
    while True:
        image = subprocess.run(import_cmd + ["ppm:-"], check=True, timeout=_scaled(TIMEOUT),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE).stdout
        if image == last or time.monotonic() >= deadline:
            return image
        last = image
        _pump()
        time.sleep(0.2)


def screenshot(app_or_node, path: str) -> str:
    """Save a PNG of the app's toplevel window (ImageMagick ``import``).

    ``app_or_node``: an ``App`` (its active/newest window), or any node (its
    toplevel).  The X window is found by _NET_WM_PID / title; if that fails
    the root window is captured and cropped to the window's extents (or
    saved whole).  Waits until the window has finished drawing (``settle``).
    Returns ``path``.
    """
    if isinstance(app_or_node, App):
        node = app_or_node.active_window() or app_or_node.root
    else:
        node = app_or_node
    if shutil.which("import") is None:
        raise RuntimeError("ImageMagick 'import' not found (apt-get install imagemagick)")
    top = toplevel_of(node) or node
    win = _xwindow_for(top) if top is not None else None
    os.makedirs(os.path.dirname(os.path.abspath(path)) or ".", exist_ok=True)
    if win is not None:
        cmd = ["import", "-silent", "-window", hex(win["id"])]
    else:
        ext = _extents(top) if top is not None else None
        cmd = ["import", "-silent", "-window", "root"]
        if ext is not None and ext[2] > 0 and ext[3] > 0:
            cmd += ["-crop", "%dx%d+%d+%d" % (ext[2], ext[3], max(ext[0], 0), max(ext[1], 0))]
    image = settle(cmd)
    subprocess.run(["convert", "ppm:-", path], input=image, check=True,
                   timeout=_scaled(TIMEOUT), stdout=subprocess.DEVNULL,
                   stderr=subprocess.PIPE)
    return path


# ---------------------------------------------------------------------------
# The application under test
# ---------------------------------------------------------------------------

def _install_sigterm_handler() -> None:
    """Turn SIGTERM (build-aux/headless forwards it on timeout/Ctrl-C) into
    SystemExit, so ``with App(...)`` blocks still close their program."""
    try:
        if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
            def _on_term(signum, frame):
                raise SystemExit(128 + signum)
            signal.signal(signal.SIGTERM, _on_term)
    except ValueError:
        pass  # not the main thread


def _desktop_apps() -> List[Any]:
    try:
        desktop = pyatspi.Registry.getDesktop(0)
    except _ACCESS_ERRORS:
        return []
    return _children(desktop)


class App:
    """Run a program and find its accessible application.

    ``with App(argv, env=None, name_hint=None, timeout=TIMEOUT) as app:``

    * argv: command line (list).  Started in its own session / process group,
      stdout and stderr going to files in a private temp dir (``app.tmpdir``).
    * env: extra environment variables (a value of None removes a variable);
      merged over ``os.environ``.
    * name_hint: accessible application name (string or regex) to accept if
      no application with the process id (or one of its descendants') shows
      up -- for programs started through a wrapper or D-Bus activation.
    * timeout: seconds to wait for the application to appear on the desktop
      and for the first toplevel window to appear under it.

    Attributes: ``root`` (Atspi application accessible), ``proc``
    (subprocess.Popen), ``pid``; methods ``stdout_text()``, ``stderr_text()``,
    ``wait_for_output()``, ``windows()``, ``window()``, ``active_window()``,
    ``press_keys()``, ``screenshot()``, ``dump()``, ``close()``.
    On leaving the block the program is closed: each window's "window.close"
    action, then SIGTERM, then SIGKILL, each with a deadline.
    """

    def __init__(self, argv: Sequence[str], env: Optional[dict] = None,
                 name_hint: NameSpec = None, timeout: float = TIMEOUT, cwd: Optional[str] = None,
                 close_timeout: float = 15, wait_window: bool = True) -> None:
        self.argv = list(argv)
        self.env = env
        self.name_hint = name_hint
        self.timeout = timeout
        self.cwd = cwd
        self.close_timeout = close_timeout
        self.wait_window = wait_window
        self.proc: Optional[subprocess.Popen] = None
        self.root = None
        self.tmpdir: Optional[str] = None
        self.returncode: Optional[int] = None
        self._out = self._err = None

    # -- lifecycle ---------------------------------------------------------

    @property
    def pid(self) -> Optional[int]:
        return self.proc.pid if self.proc else None

    def start(self) -> "App":
        if os.environ.get("WAYMARK_HEADLESS") != "1":
            print("waymark_e2e: warning: not inside build-aux/headless", file=sys.stderr)
        _install_sigterm_handler()
        env = dict(os.environ)
        for key, value in (self.env or {}).items():
            if value is None:
                env.pop(key, None)
            else:
                env[key] = str(value)
        env.setdefault("GTK_A11Y", "atspi")
        env.pop("NO_AT_BRIDGE", None)
        self.tmpdir = tempfile.mkdtemp(prefix="waymark-e2e-")
        self._out = open(os.path.join(self.tmpdir, "stdout.txt"), "wb")
        self._err = open(os.path.join(self.tmpdir, "stderr.txt"), "wb")
        before = {id(a) for a in _desktop_apps()}
        self.proc = subprocess.Popen(self.argv, env=env, cwd=self.cwd,
                                     stdin=subprocess.DEVNULL, stdout=self._out,
                                     stderr=self._err, start_new_session=True)

        def located():
            if self.proc.poll() is not None:
                raise AssertionError(
                    f"{self.argv[0]} exited with {self.proc.returncode} before its "
                    f"accessible appeared; stderr:\n{self.stderr_text()[-4000:]}")
            apps = _desktop_apps()
            for app in apps:
                if _node_pid(app) == self.proc.pid:
                    return app
            pids = _pid_tree(self.proc.pid)
            for app in apps:
                if _node_pid(app) in pids:
                    return app
            if self.name_hint is not None:
                for app in apps:
                    if id(app) not in before and _name_matches(_name(app), self.name_hint):
                        return app
            return None

        try:
            self.root = wait_for(
                located, self.timeout,
                f"no accessible application for pid {self.proc.pid} ({self.argv[0]})",
                describe=lambda: "desktop: " + ", ".join(
                    f"{_name(a)!r}(pid {_node_pid(a)})" for a in _desktop_apps())
                + f"\nstderr:\n{self.stderr_text()[-4000:]}")
            try:
                # Never trust libatspi's cache: no main loop runs in the test
                # process, so cached names/states would go stale.
                self.root.setCacheMask(Atspi.Cache.NONE)
            except _ACCESS_ERRORS:
                pass
            if self.wait_window:
                wait_for(lambda: self.windows(), self.timeout,
                         "application has no window", describe=self.dump)
        except BaseException:
            self.close()
            raise
        return self

    def __enter__(self) -> "App":
        return self.start()

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is not None:
            if issubclass(exc_type, (KeyboardInterrupt, SystemExit)):
                print(f"waymark_e2e: interrupted ({exc_type.__name__}); closing "
                      f"{self.argv[0]}", file=sys.stderr)
            else:
                self._report_failure(exc)
        self.close()
        return False

    def close(self) -> Optional[int]:
        """Close the program: window.close, then SIGTERM, then SIGKILL."""
        proc = self.proc
        if proc is None:
            return None
        if proc.poll() is None and self.root is not None:
            for win in self.windows():
                if "window.close" in _action_names(win):
                    try:
                        click(win, "window.close")
                    except (AssertionError,) + _ACCESS_ERRORS:
                        pass
            self._wait_exit(self.close_timeout)
        for sig in (signal.SIGTERM, signal.SIGKILL):
            if proc.poll() is not None:
                break
            try:
                os.killpg(proc.pid, sig)
            except ProcessLookupError:
                break
            self._wait_exit(self.close_timeout)
        try:
            proc.wait(timeout=_scaled(self.close_timeout))
        except subprocess.TimeoutExpired:
            pass
        self.returncode = proc.returncode
        # Anything still alive in the group (helpers the app spawned).
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        for fh in (self._out, self._err):
            if fh is not None and not fh.closed:
                fh.close()
        return self.returncode

    def _wait_exit(self, timeout: float) -> bool:
        try:
            wait_for(lambda: self.proc.poll() is not None, timeout, "")
            return True
        except AssertionError:
            return False

    def cleanup(self) -> None:
        """Remove the temp dir holding stdout/stderr (after close())."""
        if self.tmpdir:
            shutil.rmtree(self.tmpdir, ignore_errors=True)

    # -- output ------------------------------------------------------------

    def _read(self, name: str) -> str:
        if not self.tmpdir:
            return ""
        try:
            with open(os.path.join(self.tmpdir, name), "rb") as fh:
                return fh.read().decode("utf-8", "replace")
        except OSError:
            return ""

    def stdout_text(self) -> str:
        return self._read("stdout.txt")

    def stderr_text(self) -> str:
        return self._read("stderr.txt")

    def wait_for_output(self, pattern: Union[str, "re.Pattern"], timeout: float = TIMEOUT,
                        stream: str = "stdout") -> "re.Match":
        """Wait until ``pattern`` (regex) matches the program's stdout/stderr."""
        regex = re.compile(pattern) if isinstance(pattern, str) else pattern
        reader = self.stdout_text if stream == "stdout" else self.stderr_text
        return wait_for(lambda: regex.search(reader()), timeout,
                        f"{stream} never matched {regex.pattern!r}",
                        describe=lambda: f"{stream}:\n{reader()[-3000:]}")

    # -- windows -----------------------------------------------------------

    def windows(self) -> List[Any]:
        """Toplevel windows (frame/dialog/...) of the app that are showing."""
        if self.root is None:
            return []
        out = []
        for child in _children(self.root):
            try:
                if child.getRole() in _TOPLEVEL_ROLES or child.getRole() == pyatspi.ROLE_WINDOW:
                    out.append(child)
            except _ACCESS_ERRORS:
                continue
        return [w for w in out if _toplevel_showing(w)]

    def window(self, name: NameSpec = None, role=None, timeout: float = TIMEOUT) -> Any:
        """Wait for a toplevel (optionally by name/role, e.g. "dialog")."""
        want_role = _resolve_role(role)

        def look():
            for w in self.windows():
                if want_role is not None and w.getRole() != want_role:
                    continue
                if _name_matches(_name(w), name):
                    return w
            return None
        return wait_for(look, timeout, f"no window {name!r} role={role!r}",
                        describe=self.dump)

    def active_window(self) -> Optional[Any]:
        """The app's toplevel that has the keyboard focus, else the newest
        showing one (a dialog, if one is open)."""
        wins = self.windows()
        for w in wins:
            if _toplevel_active(w):
                return w
        return wins[-1] if wins else None

    def press_keys(self, *combos: str, window=None) -> None:
        """press_keys() after making sure one of our windows has the focus
        (``window`` if given, else the active/newest one)."""
        target = window or self.active_window()
        if target is None:
            raise AssertionError("application has no window to send keys to")
        press_keys(*combos, window=target)

    def screenshot(self, path: str, window=None) -> str:
        return screenshot(window if window is not None else self, path)

    def dump(self, max_depth: int = 40) -> str:
        return dump_tree(self.root, max_depth) if self.root is not None else "(no root)"

    def _report_failure(self, exc) -> None:
        try:
            print(f"\n=== waymark_e2e: test failed inside App({self.argv[0]}) ===",
                  file=sys.stderr)
            err = self.stderr_text()
            if err.strip():
                print("--- program stderr (tail) ---\n" + err[-3000:], file=sys.stderr)
            tree = self.dump() if self.proc and self.proc.poll() is None else "(exited)"
            if "[application]" not in str(exc):  # find() already dumped it
                print("--- accessibility tree (head) ---\n"
                      + "\n".join(tree.splitlines()[:200]), file=sys.stderr)
            art = os.environ.get("WAYMARK_E2E_ARTIFACTS")
            if art:
                os.makedirs(art, exist_ok=True)
                base = os.path.join(art, f"{os.path.basename(self.argv[0])}-{self.pid}")
                with open(base + ".tree.txt", "w") as fh:
                    fh.write(tree)
                with open(base + ".stderr.txt", "w") as fh:
                    fh.write(err)
                if self.proc and self.proc.poll() is None:
                    try:
                        screenshot(self, base + ".png")
                    except Exception as sexc:  # noqa: BLE001
                        print(f"(screenshot failed: {sexc})", file=sys.stderr)
                print(f"--- artifacts: {base}.* ---", file=sys.stderr)
        except Exception as rexc:  # noqa: BLE001 - never mask the real failure
            print(f"(failure report failed: {rexc})", file=sys.stderr)


# ---------------------------------------------------------------------------
# Waymark's own conveniences, shared by its test files
# ---------------------------------------------------------------------------

def waymark_env(tmp: str, **extra: str) -> dict:
    """The environment for a Waymark under test: settings from the build,
    in memory, its data under @tmp, English."""
    env = {
        "GSETTINGS_SCHEMA_DIR": os.environ["GSETTINGS_SCHEMA_DIR"],
        "GSETTINGS_BACKEND": "memory",
        "XDG_DATA_HOME": os.path.join(tmp, "data"),
        "LANGUAGE": "en",
    }
    env.update(extra)
    return env


def window_names(app: "App") -> List[str]:
    """The titles of the app's windows; one that just went away is skipped."""
    names = []
    for w in app.windows():
        try:
            names.append(w.name)
        except _ACCESS_ERRORS:
            pass
    return names


def window_called(app: "App", title: str, timeout: float = TIMEOUT):
    """The app's window (an editor, a dialog) with this title, once it is there."""
    def found():
        for w in app.windows():
            try:
                if w.name == title:
                    return w
            except _ACCESS_ERRORS:
                pass
        return None
    return wait_for(found, timeout, f"no window called {title!r}")


def past_welcome(app: "App", window, timeout: float = TIMEOUT):
    """Once @window's plan has opened: on the welcome a new, empty plan
    opens on, click Start My Plan; either way, return when the pages'
    switches are on screen.  Returns @window."""
    def ready():
        start = try_find(window, "push button", mnemonic("Start My Plan"), showing=True)
        if start is not None:
            return start
        return try_find(window, "page tab", None, showing=True)
    node = wait_for(ready, timeout, "neither the welcome nor the plan's pages are on screen",
                    describe=lambda: dump_tree(window, 12))
    if role_of(node) == "push button":
        click(node)
        wait_for(lambda: try_find(window, "page tab", None, showing=True), timeout,
                 "Start My Plan did not lead to the plan")
    return window

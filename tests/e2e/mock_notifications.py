"""A notification server for the tests: owns org.gtk.Notifications and
org.freedesktop.Notifications on the (private) session bus and writes
each call it gets as a JSON line to the file named on its command line.
Prints "ready" once it owns both names; stops on SIGTERM.

    mock_notifications.py CALLS.jsonl
"""

import json
import signal
import sys

from gi.repository import Gio, GLib

XML = """
<node>
  <interface name="org.gtk.Notifications">
    <method name="AddNotification">
      <arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="a{sv}" direction="in"/>
    </method>
    <method name="RemoveNotification">
      <arg type="s" direction="in"/><arg type="s" direction="in"/>
    </method>
  </interface>
  <interface name="org.freedesktop.Notifications">
    <method name="Notify">
      <arg type="s" direction="in"/><arg type="u" direction="in"/><arg type="s" direction="in"/>
      <arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="as" direction="in"/>
      <arg type="a{sv}" direction="in"/><arg type="i" direction="in"/><arg type="u" direction="out"/>
    </method>
    <method name="CloseNotification"><arg type="u" direction="in"/></method>
    <method name="GetCapabilities"><arg type="as" direction="out"/></method>
    <method name="GetServerInformation">
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
    </method>
  </interface>
</node>
"""

out = open(sys.argv[1], "a", buffering=1)
loop = GLib.MainLoop()
owned = set()
counter = [0]


def record(entry):
    out.write(json.dumps(entry) + "\n")
    out.flush()


def unpack(value):
    return value.unpack() if isinstance(value, GLib.Variant) else value


def on_call(conn, sender, path, iface, method, params, invocation):
    args = params.unpack()
    if method == "AddNotification":
        app_id, nid, data = args
        record({"server": "gtk", "call": method, "app": app_id, "id": nid,
                "title": data.get("title"), "body": data.get("body"),
                "default-action": data.get("default-action"),
                "default-action-target": unpack(data.get("default-action-target"))})
        invocation.return_value(None)
    elif method == "RemoveNotification":
        record({"server": "gtk", "call": method, "app": args[0], "id": args[1]})
        invocation.return_value(None)
    elif method == "Notify":
        counter[0] += 1
        record({"server": "freedesktop", "call": method, "app": args[0], "title": args[3],
                "body": args[4], "actions": args[5]})
        invocation.return_value(GLib.Variant("(u)", (counter[0],)))
    elif method == "CloseNotification":
        record({"server": "freedesktop", "call": method})
        invocation.return_value(None)
    elif method == "GetCapabilities":
        invocation.return_value(GLib.Variant("(as)", (["actions", "body"],)))
    elif method == "GetServerInformation":
        invocation.return_value(GLib.Variant("(ssss)", ("mock", "waymark", "1", "1.2")))


def on_bus(conn, name):
    node = Gio.DBusNodeInfo.new_for_xml(XML)
    conn.register_object("/org/gtk/Notifications", node.interfaces[0], on_call, None, None)
    conn.register_object("/org/freedesktop/Notifications", node.interfaces[1], on_call, None, None)


def on_name(conn, name):
    owned.add(name)
    if len(owned) == 2:
        print("ready", flush=True)


def on_lost(conn, name):
    print(f"lost {name}", file=sys.stderr, flush=True)
    loop.quit()


Gio.bus_own_name(Gio.BusType.SESSION, "org.gtk.Notifications", Gio.BusNameOwnerFlags.NONE,
                 on_bus, on_name, on_lost)
Gio.bus_own_name(Gio.BusType.SESSION, "org.freedesktop.Notifications", Gio.BusNameOwnerFlags.NONE,
                 None, on_name, on_lost)
GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signal.SIGTERM, loop.quit)
loop.run()

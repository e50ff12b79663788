"""A logind for the tests, on the bus at DBUS_SYSTEM_BUS_ADDRESS (a
private bus the test started): owns org.freedesktop.login1, answers
Manager.GetSessionByPID with one session, and emits that session's Lock
signal for each line "lock" it reads on stdin. Prints "ready" once it
owns the name; stops at the end of stdin.

    DBUS_SYSTEM_BUS_ADDRESS=... mock_logind.py
"""

import sys

from gi.repository import Gio, GLib

XML = """
<node>
  <interface name="org.freedesktop.login1.Manager">
    <method name="GetSessionByPID">
      <arg type="u" direction="in"/><arg type="o" direction="out"/>
    </method>
  </interface>
</node>
"""
SESSION = "/org/freedesktop/login1/session/test"

loop = GLib.MainLoop()
bus = Gio.bus_get_sync(Gio.BusType.SYSTEM, None)


def on_call(conn, sender, path, iface, method, params, invocation):
    print(f"asked {method}", file=sys.stderr, flush=True)
    invocation.return_value(GLib.Variant("(o)", (SESSION,)))


node = Gio.DBusNodeInfo.new_for_xml(XML)
bus.register_object("/org/freedesktop/login1", node.interfaces[0], on_call, None, None)


def on_name(conn, name):
    print("ready", flush=True)


def on_lost(conn, name):
    print(f"lost {name}", file=sys.stderr, flush=True)
    loop.quit()


def on_stdin(channel, condition):
    line = sys.stdin.readline()
    if not line:
        loop.quit()
        return False
    if line.strip() == "lock":
        bus.emit_signal(None, SESSION, "org.freedesktop.login1.Session", "Lock", None)
        bus.flush_sync(None)
    return True


Gio.bus_own_name_on_connection(bus, "org.freedesktop.login1", Gio.BusNameOwnerFlags.NONE, on_name, on_lost)
GLib.io_add_watch(GLib.IOChannel.unix_new(sys.stdin.fileno()), GLib.PRIORITY_DEFAULT,
                  GLib.IOCondition.IN | GLib.IOCondition.HUP, on_stdin)
loop.run()

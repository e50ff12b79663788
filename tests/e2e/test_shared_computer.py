"""Shared computer mode: the plan closes when Waymark is left alone or
the session locks, and nothing of the client stays in the accessibility
tree.

`waymark --shared-computer` with WAYMARK_TEST_IDLE_SECONDS=1, which reads
the chosen idle minutes as seconds:

- left alone for the idle time, the plan is saved and closed, with what
  was being typed in an open editor in the file;
- a key pressed now and then keeps it open (input in any window counts);
- the screen locking (org.gnome.ScreenSaver's ActiveChanged, emitted on
  the test's private session bus) closes it at once;
- so does logind's Lock for Waymark's session (a small logind,
  mock_logind.py, on a private bus standing in for the system bus).

    build-aux/headless /usr/bin/python3 tests/e2e/test_shared_computer.py
"""

import os
import sqlite3
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pyatspi  # noqa: E402
from waymark_e2e import (App, click, dump_tree, find, has_state, mnemonic, type_text,  # noqa: E402
                         wait_for, waymark_env, window_called, window_names)

WAYMARK = os.environ["WAYMARK_BIN"]
LOGIND = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mock_logind.py")
CLIENT = "Sam Sample"


class SharedComputerTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="waymark-e2e-shared-")
        self.plan = os.path.join(self.tmp, "client.waymark")
        subprocess.run([WAYMARK, "--sample-data=30", "--data-file=" + self.plan],
                       env=dict(os.environ, **waymark_env(self.tmp)), check=True,
                       stdout=subprocess.DEVNULL)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def set_idle(self, idle):
        """The idle time, read as seconds. Written whole and renamed into
        place: a running Waymark sees the change (the keyfile backend
        watches the file) and starts the idle time again from it."""
        folder = os.path.join(self.tmp, "config", "glib-2.0", "settings")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "keyfile.new"), "w") as f:
            f.write(f"[io/github/waymark/Waymark]\nshared-computer-idle-minutes={idle}\n")
        os.replace(os.path.join(folder, "keyfile.new"), os.path.join(folder, "keyfile"))

    def env(self, idle):
        self.set_idle(idle)
        return waymark_env(self.tmp, GSETTINGS_BACKEND="keyfile",
                           XDG_CONFIG_HOME=os.path.join(self.tmp, "config"),
                           WAYMARK_TEST_IDLE_SECONDS="1")

    def client_gone(self, app):
        """The plan is closed: the app has no window showing the client.
        The window titles are asked first: dumping the whole tree of an
        open plan takes longer than the wait on a busy machine."""
        if app.proc.poll() is not None:
            return True
        try:
            if any(CLIENT in name for name in window_names(app)):
                return False
            return CLIENT not in dump_tree(app.root)
        except Exception:
            return False

    def test_closes_after_the_idle_time(self):
        started = time.monotonic()
        with App([WAYMARK, "--shared-computer", "--data-file=" + self.plan], env=self.env(4)) as app:
            # On a busy machine the plan's window can come and go before
            # the accessibility tree shows it; the message says a plan was
            # open (the idle time runs only while one is) and closed.
            wait_for(lambda: "left alone, so the plan is saved and closed" in app.stderr_text(),
                     message="the plan stayed open")
            wait_for(lambda: self.client_gone(app), message="the plan stayed open")
            # The idle time runs from the plan's opening, after the start.
            self.assertGreaterEqual(time.monotonic() - started, 4, "closed before the idle time")

    def test_saves_what_was_typed(self):
        # Opening the editor through the accessibility tree is no input
        # and takes long on a busy machine: the idle time is long until
        # the editor holds the text, then one second.
        with App([WAYMARK, "--shared-computer", "--data-file=" + self.plan], env=self.env(120)) as app:
            window = app.window(re.compile(CLIENT))
            # A plan with something in it opens on Today; the Plan is next.
            app.press_keys("<Control>2", window=window)
            click(find(app.root, "push button", mnemonic("Add a Goal")))
            editor = window_called(app, "Goal")
            type_text(find(editor, "text", "Goal"), "Walk to the harbour on Sundays")
            self.set_idle(1)
            wait_for(lambda: self.client_gone(app), message="the plan stayed open")
        db = sqlite3.connect(self.plan)
        titles = [row[0] for row in db.execute("SELECT title FROM goal")]
        db.close()
        self.assertIn("Walk to the harbour on Sundays", titles)

    def test_closes_even_with_something_that_cant_be_kept(self):
        # A goal with no title can't be saved; a person closing the window
        # is asked. Left alone on a shared computer, the plan goes anyway.
        # Opening the editor through the accessibility tree is no input
        # and takes long on a busy machine: the idle time is long until
        # the editor holds the text, then one second.
        with App([WAYMARK, "--shared-computer", "--data-file=" + self.plan], env=self.env(120)) as app:
            window = app.window(re.compile(CLIENT))
            # A plan with something in it opens on Today; the Plan is next.
            app.press_keys("<Control>2", window=window)
            click(find(app.root, "push button", mnemonic("Add a Goal")))
            editor = window_called(app, "Goal")
            type_text(find(editor, "text", "What success looks like"), "Private words")
            self.set_idle(1)
            wait_for(lambda: self.client_gone(app), message="the plan stayed open")
            if app.proc.poll() is None:
                self.assertNotIn("Private words", dump_tree(app.root))
            self.assertIn("could not be kept", app.stderr_text())

    def test_input_keeps_it_open(self):
        with App([WAYMARK, "--shared-computer", "--data-file=" + self.plan], env=self.env(5)) as app:
            window = app.window(re.compile(CLIENT))
            # A key every second for longer than the idle time: still open.
            start = time.monotonic()
            while time.monotonic() - start < 9:
                app.press_keys("Tab", window=window)
                self.assertIsNone(app.proc.poll(), "Waymark quit while someone was typing")
                self.assertTrue(any(CLIENT in name for name in window_names(app)),
                                "closed while someone was typing")
                time.sleep(1)  # pacing the typing, not waiting for anything
            # Then left alone: closed.
            wait_for(lambda: self.client_gone(app), message="the plan stayed open")

    def test_preferences_say_it_is_on(self):
        with App([WAYMARK, "--shared-computer", "--data-file=" + self.plan], env=self.env(60)) as app:
            window = app.window(re.compile(CLIENT))
            app.press_keys("<Control>comma", window=window)
            prefs = window_called(app, "Preferences")
            toggle = find(prefs, "check box", re.compile(r"^Shared computer"))
            self.assertTrue(has_state(toggle, pyatspi.STATE_CHECKED))
            self.assertFalse(has_state(toggle, pyatspi.STATE_SENSITIVE))
            find(prefs, "label", "Turned on for this computer when Waymark was started")

    def test_closes_when_the_screen_locks(self):
        with App([WAYMARK, "--shared-computer", "--data-file=" + self.plan], env=self.env(60)) as app:
            app.window(re.compile(CLIENT))
            self.assertIn(CLIENT, dump_tree(app.root))
            subprocess.run(["gdbus", "emit", "--session", "--object-path", "/org/gnome/ScreenSaver",
                            "--signal", "org.gnome.ScreenSaver.ActiveChanged", "true"],
                           check=True, stdout=subprocess.DEVNULL)
            wait_for(lambda: self.client_gone(app), message="the plan stayed open after locking")
            self.assertIn("the screen locked, so the plan is saved and closed", app.stderr_text())

    def test_closes_when_logind_locks_the_session(self):
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                               stdout=subprocess.PIPE, text=True)
        try:
            address = bus.stdout.readline().strip()
            self.assertTrue(address, "no private bus")
            logind = subprocess.Popen([sys.executable, LOGIND], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, text=True,
                                      env=dict(os.environ, DBUS_SYSTEM_BUS_ADDRESS=address))
            try:
                self.assertEqual(logind.stdout.readline().strip(), "ready")
                env = self.env(60)
                env["DBUS_SYSTEM_BUS_ADDRESS"] = address
                with App([WAYMARK, "--shared-computer", "--data-file=" + self.plan], env=env) as app:
                    app.window(re.compile(CLIENT))

                    def locked():
                        # Said again until heard: Waymark listens once it
                        # has asked logind for its session.
                        logind.stdin.write("lock\n")
                        logind.stdin.flush()
                        return self.client_gone(app)

                    wait_for(locked, message="the plan stayed open after logind locked the session")
                    self.assertIn("the session locked, so the plan is saved and closed", app.stderr_text())
            finally:
                logind.stdin.close()
                logind.wait(timeout=30)
                logind.stdout.close()
        finally:
            bus.terminate()
            bus.wait(timeout=30)
            bus.stdout.close()


if __name__ == "__main__":
    unittest.main(verbosity=2)

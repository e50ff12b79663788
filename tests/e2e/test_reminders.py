"""Reminders reach the session's notification server, or don't.

A small notification server (mock_notifications.py) owns
org.gtk.Notifications and org.freedesktop.Notifications on the test's
private session bus and records every call. Waymark runs with its
settings in a key file: the daily check-in reminder on, at 00:00, so it
is due as soon as Waymark looks. Then:

- the person's own plan without a check-in today: one notification,
  whose default action, activated as the desktop would, opens the
  check-in editor on that plan;
- with a check-in today: none;
- with a client's file open (--data-file): none, though the person's own
  plan has no check-in today;
- in shared computer mode (--shared-computer): none;
- the review reminder on the day the next review is due;
- Preferences' switch writes the autostart entry and removes it, and the
  Preferences page is screenshot (light, dark, 360 px) to
  $WAYMARK_SCREENSHOTS.

Waymark says each time it has looked (a debug line), so "none" is
asserted after it looked, never after a sleep.

    build-aux/headless /usr/bin/python3 tests/e2e/test_reminders.py
"""

import ctypes
import datetime
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import waymark_e2e  # noqa: E402
from waymark_e2e import (App, click, find, tab_to, wait_for, waymark_env,  # noqa: E402
                         window_called, window_names)

WAYMARK = os.environ["WAYMARK_BIN"]
MOCK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mock_notifications.py")
SCREENSHOTS = os.environ.get("WAYMARK_SCREENSHOTS") or tempfile.mkdtemp(prefix="waymark-shots-")
APP_ID = "io.github.waymark.Waymark"
LOOKED = "Reminders looked:"


def resize(node, width, height):
    """Resizes @node's window, as a person would (there is no window manager)."""
    top = waymark_e2e.toplevel_of(node)
    win = waymark_e2e._xwindow_for(top)
    with waymark_e2e._x11() as xd:
        xd.x.XResizeWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_uint, ctypes.c_uint]
        xd.x.XResizeWindow(xd.dpy, win["id"], width, height)
        xd.x.XSync(xd.dpy, 0)
    wait_for(lambda: waymark_e2e._extents(top)[2] <= width, message="the window was not resized")


class RemindersTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="waymark-e2e-remind-")
        self.calls = os.path.join(self.tmp, "calls.jsonl")
        open(self.calls, "w").close()
        self.mock = subprocess.Popen([sys.executable, MOCK, self.calls], stdout=subprocess.PIPE, text=True)
        self.assertEqual(self.mock.stdout.readline().strip(), "ready")
        self.own_plan = os.path.join(self.tmp, "data", "waymark", "plan.waymark")
        os.makedirs(os.path.dirname(self.own_plan), mode=0o700)
        subprocess.run([WAYMARK, "--sample-data=30", "--data-file=" + self.own_plan],
                       env=dict(os.environ, **waymark_env(self.tmp)), check=True,
                       stdout=subprocess.DEVNULL)
        self.today = datetime.date.today().isoformat()
        self.set_checkin_today(False)

    def tearDown(self):
        self.mock.terminate()
        self.mock.wait(timeout=30)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def set_checkin_today(self, present):
        db = sqlite3.connect(self.own_plan)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("DELETE FROM checkin WHERE local_date = ?", (self.today,))
        if present:
            now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            db.execute("INSERT INTO checkin (at, local_date, mood, created_at, updated_at) "
                       "VALUES (?, ?, 6, ?, ?)", (now, self.today, now, now))
        db.commit()
        db.close()

    def env(self, **settings):
        """Waymark's environment, its settings in a key file."""
        folder = os.path.join(self.tmp, "config", "glib-2.0", "settings")
        os.makedirs(folder, exist_ok=True)
        keys = {"reminder-checkin": "true", "reminder-time": "0", "window-width": "960"}
        keys.update(settings)
        with open(os.path.join(folder, "keyfile"), "w") as f:
            f.write("[io/github/waymark/Waymark]\n")
            for key, value in keys.items():
                f.write(f"{key}={value}\n")
        return waymark_env(self.tmp, GSETTINGS_BACKEND="keyfile",
                           XDG_CONFIG_HOME=os.path.join(self.tmp, "config"),
                           G_MESSAGES_DEBUG="waymark-reminders")

    def notifications(self):
        """The notifications sent (not those withdrawn)."""
        with open(self.calls) as f:
            calls = [json.loads(line) for line in f if line.strip()]
        return [c for c in calls if c["call"] in ("AddNotification", "Notify")]

    def removals(self):
        with open(self.calls) as f:
            calls = [json.loads(line) for line in f if line.strip()]
        return [c for c in calls if c["call"] == "RemoveNotification"]

    def run_until_looked(self, args, env):
        """Runs Waymark until it says it looked; returns what it printed."""
        out_path = os.path.join(self.tmp, "out.txt")

        def printed():
            with open(out_path) as f:
                return f.read()

        with open(out_path, "wb") as out:
            proc = subprocess.Popen([WAYMARK] + args, env=dict(os.environ, **env),
                                    stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
            try:
                wait_for(lambda: proc.poll() is not None or LOOKED in printed(),
                         message="Waymark never looked for reminders")
                self.assertIsNone(proc.poll(), printed())
            finally:
                proc.terminate()
                proc.wait(timeout=60)
        return printed()

    def test_sent_without_a_checkin_today_and_opens_the_checkin(self):
        with App([WAYMARK], env=self.env()) as app:
            window = app.window(re.compile(r"Sam Sample"))
            wait_for(lambda: self.notifications(), message="no notification was sent")
            sent = self.notifications()
            self.assertEqual(len(sent), 1, sent)
            note = sent[0]
            self.assertEqual(note["server"], "gtk")
            self.assertEqual(note["app"], APP_ID)
            self.assertEqual(note["title"], "Time for Your Check-In")
            self.assertEqual(note["default-action"], "app.open-checkin")
            self.assertEqual(note["default-action-target"], self.own_plan)

            # The desktop activates the default action as GNOME Shell does.
            subprocess.run(["gdbus", "call", "--session", "--dest", APP_ID,
                            "--object-path", "/" + APP_ID.replace(".", "/"),
                            "--method", "org.freedesktop.Application.ActivateAction",
                            "open-checkin", f"[<'{self.own_plan}'>]", "{}"],
                           check=True, stdout=subprocess.DEVNULL)
            editor = window_called(app, "New Check-in")
            self.assertIsNotNone(window)
            # Acted on, the reminder leaves the desktop's list; and so it
            # does once today's check-in is saved.
            wait_for(lambda: len(self.removals()) == 1, message="the reminder was not withdrawn")
            app.press_keys("<Control>Return", window=editor)
            wait_for(lambda: len(self.removals()) == 2,
                     message="the reminder was not withdrawn after the check-in was saved")
            self.assertEqual({r["id"] for r in self.removals()}, {"checkin-reminder"})

            # Another path as the target is ignored: nothing is opened or made.
            stray = os.path.join(self.tmp, "stray.waymark")
            subprocess.run(["gdbus", "call", "--session", "--dest", APP_ID,
                            "--object-path", "/" + APP_ID.replace(".", "/"),
                            "--method", "org.freedesktop.Application.ActivateAction",
                            "open-checkin", f"[<'{stray}'>]", "{}"],
                           check=True, stdout=subprocess.DEVNULL)
            self.assertNotIn("stray", " ".join(window_names(app)))
        self.assertFalse(os.path.exists(stray))

        # Once a day: the next start sends nothing.
        out = self.run_until_looked([], self.env(**{"reminder-checkin-sent": f"'{self.today}'"}))
        self.assertIn("nothing due", out)
        self.assertEqual(len(self.notifications()), 1)

    def test_none_with_a_checkin_today(self):
        self.set_checkin_today(True)
        out = self.run_until_looked([], self.env())
        self.assertIn("nothing due", out)
        self.assertEqual(self.notifications(), [])

    def test_none_for_a_clients_file(self):
        client = os.path.join(self.tmp, "client.waymark")
        subprocess.run([WAYMARK, "--sample-data=3", "--data-file=" + client],
                       env=dict(os.environ, **waymark_env(self.tmp)), check=True, stdout=subprocess.DEVNULL)
        out = self.run_until_looked(["--data-file=" + client], self.env())
        self.assertIn("nothing due", out)
        self.assertEqual(self.notifications(), [])

    def test_none_in_shared_computer_mode(self):
        out = self.run_until_looked(["--shared-computer"], self.env())
        self.assertIn("nothing due", out)
        self.assertEqual(self.notifications(), [])
        out = self.run_until_looked([], self.env(**{"shared-computer": "true"}))
        self.assertIn("nothing due", out)
        self.assertEqual(self.notifications(), [])

    def test_review_reminder_when_due(self):
        db = sqlite3.connect(self.own_plan)
        db.execute("UPDATE plan_review SET next_review_date = ?", (self.today,))
        db.commit()
        db.close()
        self.set_checkin_today(True)
        out = self.run_until_looked(["--background"], self.env(**{"reminder-review": "true"}))
        self.assertIn("sent the plan review reminder", out)
        sent = self.notifications()
        self.assertEqual([n["title"] for n in sent], ["Time to Review Your Plan"])
        self.assertEqual(sent[0]["default-action"], "app.open-review")

    def test_background_with_every_reminder_off_exits(self):
        done = subprocess.run([WAYMARK, "--background"],
                              env=dict(os.environ, **self.env(**{"reminder-checkin": "false"})),
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(self.notifications(), [])

    def test_preferences_switch_writes_and_removes_the_autostart_entry(self):
        entry = os.path.join(self.tmp, "config", "autostart", APP_ID + ".desktop")
        self.set_checkin_today(True)
        for style, width in (("light", 960), ("dark", 960), ("light", 360)):
            scheme = "prefer-dark" if style == "dark" else "prefer-light"
            env = self.env(**{"reminder-checkin": "false", "window-width": str(width)})
            env["ADW_DEBUG_COLOR_SCHEME"] = scheme
            with App([WAYMARK], env=env) as app:
                window = app.window(re.compile(r"Sam Sample"))
                app.press_keys("<Control>comma", window=window)
                prefs = window_called(app, "Preferences")
                if width == 360:
                    resize(prefs, 360, 640)
                toggle = find(prefs, "check box", re.compile(r"^Daily check-in reminder"))
                # The keyboard's way down to the last of them scrolls both groups into view.
                tab_to(find(prefs, "check box", re.compile(r"^Shared computer")), prefs)
                if width == 360:
                    click(toggle)
                    wait_for(lambda: os.path.exists(entry), message="no autostart entry written")
                    with open(entry) as f:
                        text = f.read()
                    self.assertRegex(text, r"(?m)^Exec=.*waymark --background$")
                    self.assertIn("Type=Application", text)
                    self.assertEqual(os.stat(entry).st_mode & 0o777, 0o600)
                app.screenshot(os.path.join(SCREENSHOTS, f"preferences-reminders-{style}-{width}.png"),
                               window=prefs)
                if width == 360:
                    click(toggle)
                    wait_for(lambda: not os.path.exists(entry), message="the autostart entry stayed")


if __name__ == "__main__":
    unittest.main(verbosity=2)

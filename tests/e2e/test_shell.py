#!/usr/bin/python3
"""End to end: Waymark's shell, driven through the accessibility tree.

A fresh plan file: the five page switches are there, each shows its page
(by clicking and by Ctrl+1…5), the window is named after the file, quitting
leaves a real Waymark plan on disk (0600, application_id, schema version).
A sample plan: the window is named after the person.
A damaged plan: the error is shown and the file's bytes are unchanged, the
reason is on stderr and the exit status is 1.

Run by meson test inside build-aux/headless; screenshots of each page go to
$WAYMARK_SCREENSHOTS.
"""

import hashlib
import os
import re
import sqlite3
import stat
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from waymark_e2e import (past_welcome, type_text, TIMEOUT, App, click, find, find_all, is_showing, mnemonic, try_find,  # noqa: E402
                         wait_for, waymark_env)

WAYMARK = os.environ["WAYMARK_BIN"]
SCREENSHOTS = os.environ.get("WAYMARK_SCREENSHOTS") or tempfile.mkdtemp(prefix="waymark-shots-")
WAYMARK_APPLICATION_ID = 0x57594D4B

# (switch name, heading the page shows, settings name, shortcut)
PAGES = [
    # Today's first step, which sits where the other pages show something
    # of their own (a label over another page's blank space can't be
    # told from one on screen: is_showing ()).
    ("Today", re.compile("^A good first step"), "today", "<Control>1"),
    ("Plan", "About Me", "plan", "<Control>2"),
    ("Journal", "No Check-ins Yet", "journal", "<Control>3"),
    ("Crisis Plan", "If you are in danger right now, call your local emergency number.", "crisis", "<Control>4"),
    ("Timeline", "Your Journey Starts Here", "timeline", "<Control>5"),
]


def app_env(tmp):
    return waymark_env(tmp)


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def showing_heading(app, text):
    """The page heading @text, once it is actually on screen."""
    return find(app.root, "label", text, showing=True)


def page_switch(app, name):
    """The page switch that is on screen (header or bottom bar)."""
    return find(app.root, "page tab", name, showing=True)


class ShellTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="waymark-e2e-shell-")
        os.makedirs(SCREENSHOTS, exist_ok=True)

    def test_fresh_plan_pages_and_quit(self):
        plan = os.path.join(self.tmp, "client-07.waymark")
        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))

            # Five switches, in order, each showing its own page.
            expected = [p[0] for p in PAGES]
            wait_for(lambda: [n.name for n in find_all(app.root, "page tab", showing=True,
                                                         timeout=0, min_count=0)] == expected,
                     TIMEOUT, f"the page switches on screen are not {expected}")
            for name, heading, key, _ in PAGES:
                click(page_switch(app, name))
                showing_heading(app, heading)
                for _, other, _, _ in PAGES:
                    if other != heading:
                        # A page not shown yet may not be made yet (the journal).
                        node = try_find(app.root, "label", other)
                        self.assertFalse(node is not None and is_showing(node),
                                         f"{other} still showing on the {name} page")
                app.screenshot(os.path.join(SCREENSHOTS, f"page-{key}.png"))

            # And from the keyboard.
            for name, heading, _, shortcut in reversed(PAGES):
                app.press_keys(shortcut, window=window)
                showing_heading(app, heading)

            # Help is easy to reach: the crisis page says how, even when empty.
            app.press_keys("<Control>4", window=window)
            find(app.root, "label", re.compile("call your local emergency number"), showing=True)

            app.press_keys("<Control>q", window=window)
            wait_for(lambda: app.proc.poll() is not None, TIMEOUT, "Waymark did not quit on Ctrl+Q")
            self.assertEqual(app.proc.returncode, 0, app.stderr_text())

        # What is on disk is a Waymark plan, readable only by its owner.
        self.assertEqual(stat.S_IMODE(os.stat(plan).st_mode), 0o600)
        db = sqlite3.connect(plan)
        self.assertEqual(db.execute("PRAGMA application_id").fetchone()[0], WAYMARK_APPLICATION_ID)
        self.assertGreaterEqual(db.execute("PRAGMA user_version").fetchone()[0], 3)
        self.assertEqual(db.execute("PRAGMA journal_mode").fetchone()[0], "wal")
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
        self.assertLessEqual({"person", "goal", "checkin", "crisis_entry", "stage_event"}, tables)
        db.close()

    def test_window_names_the_person(self):
        plan = os.path.join(self.tmp, "sample.waymark")
        result = subprocess.run([WAYMARK, "--data-file=" + plan, "--sample-data=14"],
                                env={**os.environ, **app_env(self.tmp)},
                                capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn(plan, result.stdout)

        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            app.window("Sam Sample — Waymark")
            find(app.root, "label", "Sam Sample", showing=True)
            app.screenshot(os.path.join(SCREENSHOTS, "sample-plan.png"))

    def test_damaged_plan_is_shown_and_left_alone(self):
        plan = os.path.join(self.tmp, "damaged.waymark")
        subprocess.run([WAYMARK, "--data-file=" + plan, "--sample-data=1"],
                       env={**os.environ, **app_env(self.tmp)}, check=True,
                       capture_output=True, timeout=60)
        # Fill the database with pages, then scribble over the middle of it.
        db = sqlite3.connect(plan)
        db.execute("PRAGMA journal_mode = DELETE")
        db.executemany("INSERT INTO milestone (date, kind, title, created_at, updated_at) "
                       "VALUES ('2026-01-01', 'personal', ?, 'x', 'x')",
                       [("A day worth remembering, number %d" % i,) for i in range(3000)])
        db.commit()
        db.execute("PRAGMA journal_mode = WAL")
        db.close()
        with open(plan, "r+b") as f:
            size = f.seek(0, 2)
            f.seek(size // 2)
            f.write(b"\xa5" * 8192)
        before = sha256(plan)

        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            dialog = find(app.root, "dialog", "Can’t Open This Plan")
            message = find(dialog, "label", re.compile(r"“damaged\.waymark” is damaged"),
                           showing=True)
            self.assertIn("has not been changed", message.name)
            app.screenshot(os.path.join(SCREENSHOTS, "damaged-plan.png"))

            # No page switches: there is no plan to switch between.
            self.assertIsNone(try_find(app.root, "page tab", showing=True))

            # Behind the dialog, the window says the same and offers a way on.
            click(find(dialog, "push button", mnemonic("Close"), showing=True))
            wait_for(lambda: len(app.windows()) == 1, TIMEOUT, "the dialog did not close")
            find(app.root, "label", "This Plan Can’t Be Opened", showing=True)
            find(app.root, "label", re.compile(r"“damaged\.waymark” is damaged"), showing=True)
            find(app.root, "push button", mnemonic("Open Another Plan…"), showing=True)
            app.screenshot(os.path.join(SCREENSHOTS, "damaged-plan-window.png"))
            app.press_keys("<Control>q", window=app.window(re.compile("damaged")))
            wait_for(lambda: app.proc.poll() is not None, TIMEOUT, "Waymark did not quit")
            self.assertEqual(app.proc.returncode, 1)
            self.assertRegex(app.stderr_text(), r"damaged\.waymark: “damaged\.waymark” is damaged")

        self.assertEqual(sha256(plan), before, "the damaged file was changed")

    def test_page_and_size_remembered(self):
        plan = os.path.join(self.tmp, "plan.waymark")
        env = {**app_env(self.tmp), "GSETTINGS_BACKEND": "keyfile",
               "XDG_CONFIG_HOME": os.path.join(self.tmp, "config")}
        keyfile = os.path.join(self.tmp, "config", "glib-2.0", "settings", "keyfile")

        with App([WAYMARK, "--data-file=" + plan], env=env) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            app.press_keys("<Control>2", window=window)
            # A name, so the plan is no longer new: it opens on its page
            # next time, not on the welcome.
            type_text(find(window, "text", "Name", showing=True), "Robin")
            app.press_keys("<Control>5", window=window)
            showing_heading(app, "Your Journey Starts Here")
            app.press_keys("<Control>q", window=window)
            wait_for(lambda: app.proc.poll() is not None, TIMEOUT, "Waymark did not quit")

        with open(keyfile) as f:
            saved = f.read()
        self.assertIn("last-page='timeline'", saved)
        self.assertRegex(saved, r"window-width=\d+")

        with App([WAYMARK, "--data-file=" + plan], env=env) as app:
            showing_heading(app, "Your Journey Starts Here")

    def test_not_a_plan_on_the_command_line(self):
        notes = os.path.join(self.tmp, "notes.txt")
        with open(notes, "w") as f:
            f.write("Shopping: eggs, milk\n")
        result = subprocess.run([WAYMARK, "--data-file=" + notes, "--sample-data"],
                                env={**os.environ, **app_env(self.tmp)},
                                capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr.count("\n"), 1, result.stderr)
        self.assertIn("is not a Waymark plan", result.stderr)
        with open(notes) as f:
            self.assertEqual(f.read(), "Shopping: eggs, milk\n")


if __name__ == "__main__":
    unittest.main(verbosity=2)

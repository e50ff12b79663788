#!/usr/bin/python3
"""End to end: one client at a time in a window, the welcome and the sample.

- Open client A, then Open Plan (Ctrl+O, through the real file chooser)
  client B from A's window: exactly one window, titled with B's person,
  and no text of A anywhere in the accessibility tree; A's lock file is
  gone. Close Plan (Ctrl+W) leaves a neutral start with no client name in
  the tree, and B's lock file is gone. No plan file is in GTK's recent
  files.
- First run on a fresh data folder: the welcome, titled "New Plan";
  Start My Plan lands on Today, whose first step leads into the plan.
- Look Around With a Sample Plan opens the sample, marked as made up;
  its temporary folder (plan, -wal, -shm, lock) is gone after Close Plan,
  and after quitting with it open.
Screenshots of the welcome and the neutral start, light, dark and at
360 px, go to $WAYMARK_SCREENSHOTS.
"""

import glob
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from waymark_e2e import (TIMEOUT, App, click, dump_tree, find, find_all, has_state,  # noqa: E402
                         mnemonic, role_of, type_text, wait_for, waymark_env)

WAYMARK = os.environ["WAYMARK_BIN"]
SCREENSHOTS = os.environ.get("WAYMARK_SCREENSHOTS") or tempfile.mkdtemp(prefix="waymark-shots-")


def settings_env(tmp, width=960, style="default", **extra):
    """Settings in a key file: the window @width pixels wide, in @style."""
    folder = os.path.join(tmp, "config", "glib-2.0", "settings")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "keyfile"), "w") as f:
        f.write(f"[io/github/waymark/Waymark]\nwindow-width={width}\nwindow-height=640\n"
                f"style-variant='{style}'\nlast-page='plan'\n")
    return waymark_env(tmp, GSETTINGS_BACKEND="keyfile", XDG_CONFIG_HOME=os.path.join(tmp, "config"),
                       TMPDIR=os.path.join(tmp, "tmp"), TZ="UTC", **extra)


def lock_file(plan):
    return os.path.join(os.path.dirname(plan), "." + os.path.basename(plan) + ".waymark-lock")


def tree_text(app):
    """Every name, description and text in the app's accessibility tree."""
    return dump_tree(app.root, max_depth=200, extents=False, limit=200000)


def frames(app):
    return [w for w in app.windows() if role_of(w) == "frame"]


class ClientsTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="waymark-e2e-clients-")
        os.makedirs(os.path.join(self.tmp, "tmp"))
        os.makedirs(SCREENSHOTS, exist_ok=True)

    def make_client(self, name, person, goal_prefix):
        plan = os.path.join(self.tmp, name)
        subprocess.run([WAYMARK, "--sample-data=20", "--data-file=" + plan],
                       env=dict(os.environ, **waymark_env(self.tmp)), check=True,
                       stdout=subprocess.DEVNULL)
        db = sqlite3.connect(plan)
        with db:
            db.execute("UPDATE person SET name = ?", (person,))
            db.execute("UPDATE goal SET title = ? || ' ' || title", (goal_prefix,))
            db.execute("UPDATE crisis_entry SET text = ? || ' ' || text WHERE text <> ''", (goal_prefix,))
        db.close()
        return plan

    def open_from_chooser(self, app, window, path):
        """Open Plan (Ctrl+O) in @window, and the path typed into GTK's chooser."""
        app.press_keys("<Control>o", window=window)
        # GTK 4.8's file chooser dialog is a "filler" child of the
        # application in the tree, which App.window () does not list.
        def chooser():
            for i in range(app.root.childCount):
                child = app.root.getChildAtIndex(i)
                if child is not None and child.name == "Open Plan":
                    return child
            return None
        dialog = wait_for(chooser, TIMEOUT, "the Open Plan dialog did not open")
        # Ctrl+L: the location entry, focused; the path typed into it.
        # The dialog, just presented, has the keyboard.
        app.press_keys("<Control>l", window=dialog)
        entry = wait_for(lambda: [n for n in find_all(dialog, "text", showing=True, timeout=0, min_count=0)
                                  if has_state(n, "focused")],
                         TIMEOUT, "the location entry did not take the focus")[0]
        type_text(entry, path)
        app.press_keys("Return", window=dialog)

    def test_open_plan_replaces_and_close_plan_leaves_nothing(self):
        plan_a = self.make_client("client-a.waymark", "Orla Quayle", "QuayleGoal")
        plan_b = self.make_client("client-b.waymark", "Bea Birchwood", "BeaGoal")

        with App([WAYMARK, "--data-file=" + plan_a], env=settings_env(self.tmp)) as app:
            window = app.window("Orla Quayle — Waymark", timeout=30)
            # A's goals are on screen: the check below could see them.
            find(window, "label", re.compile("^QuayleGoal "), showing=True, timeout=30)
            # A's crisis plan was read too: a page not on screen when B opens.
            app.press_keys("<Control>4", window=window)
            find(window, None, re.compile("^QuayleGoal "), showing=True, timeout=30)
            app.press_keys("<Control>2", window=window)
            find(window, "label", re.compile("^QuayleGoal "), showing=True, timeout=30)
            self.assertTrue(os.path.exists(lock_file(plan_a)))

            self.open_from_chooser(app, window, plan_b)
            window = app.window("Bea Birchwood — Waymark", timeout=30)
            find(window, "label", re.compile("^BeaGoal "), showing=True, timeout=30)

            wait_for(lambda: len(frames(app)) == 1, TIMEOUT, "not exactly one window",
                     describe=lambda: repr([w.name for w in app.windows()]))
            wait_for(lambda: not re.search("Orla|Quayle|client-a", tree_text(app)),
                     TIMEOUT, "client A's text is still in the accessibility tree",
                     describe=lambda: "\n".join(l for l in tree_text(app).splitlines() if re.search("Orla|Quayle|client-a", l)))
            self.assertFalse(os.path.exists(lock_file(plan_a)), "A's lock was not released")
            self.assertTrue(os.path.exists(lock_file(plan_b)))

            # Close Plan: the neutral start, nothing of B.
            app.press_keys("<Control>w", window=window)
            window = app.window("Waymark", timeout=30)
            find(window, "label", "No plan is open.", showing=True)
            find(window, "push button", mnemonic("Open a Plan File…"), showing=True)
            find(window, "push button", mnemonic("New Plan…"), showing=True)
            wait_for(lambda: not re.search("Bea|Birchwood|client-b", tree_text(app)), TIMEOUT,
                     "client B's name is still in the accessibility tree",
                     describe=lambda: "\n".join(l for l in tree_text(app).splitlines()
                                                if re.search("Bea|Birchwood|client-b", l)))
            wait_for(lambda: not os.path.exists(lock_file(plan_b)), TIMEOUT, "B's lock was not released")
            app.screenshot(os.path.join(SCREENSHOTS, "clients-closed.png"), window=window)

        # Nothing of either plan in the desktop's recent files.
        recent = os.path.join(self.tmp, "data", "recently-used.xbel")
        if os.path.exists(recent):
            with open(recent) as f:
                self.assertNotIn(".waymark", f.read())
        # What was typed into the plans is still there.
        db = sqlite3.connect(plan_b)
        self.assertEqual(db.execute("SELECT name FROM person").fetchone()[0], "Bea Birchwood")
        db.close()

    def welcome(self, width, style, name):
        env = settings_env(self.tmp, width, style)
        with App([WAYMARK], env=env) as app:
            window = app.window("New Plan — Waymark", timeout=30)
            find(window, "label", "Welcome to Waymark", showing=True, timeout=30)
            start = find(window, "push button", mnemonic("Start My Plan"), showing=True)
            find(window, "push button", mnemonic("Open a Plan File…"), showing=True)
            find(window, "push button", mnemonic("Look Around With a Sample Plan"), showing=True)
            app.screenshot(os.path.join(SCREENSHOTS, f"welcome-{name}.png"), window=window)

            # Start My Plan: Today, with one gentle first step into the plan.
            click(start)
            find(window, "label", re.compile("^A good first step"), showing=True, timeout=30)
            app.screenshot(os.path.join(SCREENSHOTS, f"today-new-{name}.png"), window=window)
            click(find(window, "push button", mnemonic("Add to Your Routine"), showing=True))
            find(window, "push button", mnemonic("Add to My Routine"), showing=True, timeout=30)
            # Close Plan's neutral start, in the same light.
            app.press_keys("<Control>w", window=window)
            find(window, "label", "No plan is open.", showing=True, timeout=30)
            app.screenshot(os.path.join(SCREENSHOTS, f"closed-{name}.png"), window=window)
        # The default plan was made where a first run makes it.
        self.assertTrue(glob.glob(os.path.join(self.tmp, "data", "waymark", "*.waymark")))

    def test_welcome_light(self):
        self.welcome(960, "light", "light")

    def test_welcome_dark(self):
        self.welcome(960, "dark", "dark")

    def test_welcome_narrow(self):
        self.welcome(360, "default", "360")

    def sample_folders(self):
        return glob.glob(os.path.join(self.tmp, "tmp", "waymark-sample-*"))

    def open_sample(self, app):
        window = app.window("New Plan — Waymark", timeout=30)
        click(find(window, "push button", mnemonic("Look Around With a Sample Plan"), showing=True,
                   timeout=30))
        window = app.window("Sam Sample — Waymark", timeout=60)
        find(window, "label", "This is a made-up sample plan; nothing you change here is kept.",
             showing=True, timeout=30)
        folders = self.sample_folders()
        self.assertEqual(len(folders), 1, folders)
        self.assertTrue(glob.glob(os.path.join(folders[0], "*.waymark")))
        self.assertTrue(glob.glob(os.path.join(folders[0], ".*.waymark-lock")))
        return window

    def test_sample_goes_with_close_plan(self):
        with App([WAYMARK], env=settings_env(self.tmp)) as app:
            window = self.open_sample(app)
            app.screenshot(os.path.join(SCREENSHOTS, "sample-banner.png"), window=window)
            app.press_keys("<Control>w", window=window)
            find(window, "label", "No plan is open.", showing=True, timeout=30)
            wait_for(lambda: not self.sample_folders(), TIMEOUT, "the sample's folder is still there",
                     describe=lambda: repr([os.listdir(f) for f in self.sample_folders()]))
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "test-backups")))

    def test_sample_goes_when_quitting(self):
        with App([WAYMARK], env=settings_env(self.tmp)) as app:
            window = self.open_sample(app)
            app.press_keys("<Control>q", window=window)
            wait_for(lambda: app.proc.poll() is not None, TIMEOUT, "Waymark did not quit")
        self.assertEqual(self.sample_folders(), [])
        # The sample never became the person's own plan.
        for plan in glob.glob(os.path.join(self.tmp, "data", "waymark", "*.waymark")):
            db = sqlite3.connect(plan)
            self.assertEqual(db.execute("SELECT count(*) FROM person WHERE name <> ''").fetchone()[0], 0)
            db.close()


if __name__ == "__main__":
    unittest.main(verbosity=2)

#!/usr/bin/python3
"""End to end: the Today page and the safety banner, through the
accessibility tree.

A sample plan opens on Today: a routine item ticked for today, and one
for yesterday (a late tick), are in the plan file at once, read back with
sqlite3 while the app is still open.

A PHQ-9 whose last item is answered "Several days": after Save, a calm
banner is on the Journal and on Today, with the crisis line for the
locale's country (en_GB: Samaritans, 116 123); it is still there after
the app restarts; closing it is written to the file (dismissed_at) and
remembered after another restart.

Screenshots go to $WAYMARK_SCREENSHOTS.
"""

import datetime
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from waymark_e2e import (past_welcome, TIMEOUT, App, click, find, find_all, has_state, is_showing,  # noqa: E402
                         mnemonic, tab_to, try_find, wait_for, waymark_env, window_called, window_names)

WAYMARK = os.environ["WAYMARK_BIN"]
SCREENSHOTS = os.environ.get("WAYMARK_SCREENSHOTS") or tempfile.mkdtemp(prefix="waymark-shots-")
BANNER = "If those thoughts come back, your crisis plan is here. You don’t have to carry them alone."


def app_env(tmp, **extra):
    return waymark_env(tmp, TZ="UTC", **extra)


def query(plan, sql, *args):
    db = sqlite3.connect(plan, timeout=10)
    try:
        return db.execute(sql, args).fetchall()
    finally:
        db.close()


def banner_showing(window):
    node = try_find(window, "label", BANNER)
    return node is not None and is_showing(node)


class TodayTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="waymark-e2e-today-")
        os.makedirs(SCREENSHOTS, exist_ok=True)

    def test_routine_ticks_land_in_the_file(self):
        plan = os.path.join(self.tmp, "sample.waymark")
        subprocess.run([WAYMARK, "--data-file=" + plan, "--sample-data=30"], check=True,
                       env=dict(os.environ, **app_env(self.tmp)), capture_output=True)
        today = datetime.datetime.now(datetime.timezone.utc).date()
        yesterday = today - datetime.timedelta(days=1)
        walk = query(plan, "SELECT id FROM routine_item WHERE title = 'A walk outside'")[0][0]
        # Nothing of the walk done today or yesterday yet, whatever the sample says.
        db = sqlite3.connect(plan)
        db.execute("DELETE FROM routine_done WHERE routine_item_id = ? AND date IN (?, ?)",
                   (walk, today.isoformat(), yesterday.isoformat()))
        db.commit()
        db.close()

        def walk_done_on(day):
            return query(plan, "SELECT count(*) FROM routine_done WHERE routine_item_id = ? AND date = ?",
                         walk, day.isoformat())[0][0] == 1

        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            window = app.window("Sam Sample — Waymark")
            # A plan opens on Today.
            find(window, "label", "How Are You Today?", showing=True)

            # Today's tick, from the keyboard: in the file at once.
            tick = find(window, "check box", "A walk outside", showing=True)
            self.assertFalse(has_state(tick, "checked"))
            tab_to(tick, window)
            app.press_keys("space", window=window)
            wait_for(lambda: has_state(tick, "checked"), TIMEOUT, "the walk was not ticked")
            wait_for(lambda: walk_done_on(today), TIMEOUT, "today's tick is not in the plan file")
            self.assertFalse(walk_done_on(yesterday))

            # A late tick, for yesterday.
            click(find(window, None, "Yesterday", showing=True))
            # Below the fold: the keyboard takes the page to it.
            late = find(window, "check box", "A walk outside, yesterday")
            tab_to(late, window)
            app.press_keys("space", window=window)
            wait_for(lambda: walk_done_on(yesterday), TIMEOUT, "yesterday's tick is not in the plan file")
            app.screenshot(os.path.join(SCREENSHOTS, "today.png"))

            # Unticked today: gone from the file.
            tab_to(tick, window)
            app.press_keys("space", window=window)
            wait_for(lambda: not walk_done_on(today), TIMEOUT, "today's untick is not in the plan file")
            self.assertTrue(walk_done_on(yesterday))

            app.press_keys("<Control>q", window=window)
            wait_for(lambda: app.proc.poll() is not None, TIMEOUT, "Waymark did not quit")
            self.assertEqual(app.proc.returncode, 0, app.stderr_text())

    def test_safety_banner_stays_until_closed(self):
        plan = os.path.join(self.tmp, "phq.waymark")
        # The locale's country gives the crisis line: Samaritans in the UK.
        env = app_env(self.tmp, LC_ALL="en_GB.UTF-8")

        with App([WAYMARK, "--data-file=" + plan], env=env) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            self.assertFalse(banner_showing(window))

            app.press_keys("<Control>3", window=window)
            click(find(window, "push button", mnemonic("Mood Questionnaire (PHQ-9)…"), showing=True))
            dialog = window_called(app, "PHQ-9")
            # Each answer a radio button in its group (keys made them so).
            never = find_all(dialog, "radio button", "Not at all", min_count=9)
            several = find_all(dialog, "radio button", "Several days", min_count=9)
            # From the keyboard, as most of them are below the fold.
            for answer in never[:8] + [several[8]]:
                tab_to(answer, dialog)
                app.press_keys("space", window=dialog)
                wait_for(lambda: has_state(answer, "checked"), TIMEOUT, f"{answer.name} was not chosen")
            click(find(dialog, "push button", mnemonic("Save"), showing=True))
            wait_for(lambda: "PHQ-9" not in window_names(app), TIMEOUT, "the questionnaire did not close on Save")

            # On the Journal, and on Today, with the crisis line.
            find(window, "label", BANNER, showing=True)
            app.press_keys("<Control>1", window=window)
            find(window, "label", BANNER, showing=True)
            find(window, "link", "Call Samaritans, 116 123", showing=True)
            find(window, "push button", "Copy 116 123", showing=True)
            find(window, "push button", mnemonic("Open Crisis Plan"), showing=True)
            app.screenshot(os.path.join(SCREENSHOTS, "today-safety-banner.png"))

            app.press_keys("<Control>q", window=window)
            wait_for(lambda: app.proc.poll() is not None, TIMEOUT, "Waymark did not quit")
            self.assertEqual(app.proc.returncode, 0, app.stderr_text())

        rows = query(plan, "SELECT reason, questionnaire_id IS NOT NULL, dismissed_at FROM safety_banner")
        self.assertEqual(rows, [("phq9-item9", 1, None)])

        # Still there after a restart, until closed; its button leads to the crisis plan.
        with App([WAYMARK, "--data-file=" + plan], env=env) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            find(window, "label", BANNER, showing=True)
            click(find(window, "push button", mnemonic("Open Crisis Plan"), showing=True))
            find(window, "label", re.compile("^If you are in danger right now"), showing=True)
            app.press_keys("<Control>1", window=window)
            find(window, "label", BANNER, showing=True)

            click(find(window, "push button", "Close this note", showing=True))
            wait_for(lambda: not banner_showing(window), TIMEOUT, "the banner did not close")
            wait_for(lambda: query(plan, "SELECT count(*) FROM safety_banner WHERE dismissed_at IS NOT NULL")
                     [0][0] == 1, TIMEOUT, "closing the banner is not in the plan file")
            app.press_keys("<Control>3", window=window)
            find(window, "push button", mnemonic("New Check-in"), showing=True)
            self.assertFalse(banner_showing(window))

            app.press_keys("<Control>q", window=window)
            wait_for(lambda: app.proc.poll() is not None, TIMEOUT, "Waymark did not quit")

        # Closed stays closed.
        with App([WAYMARK, "--data-file=" + plan], env=env) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            find(window, "label", "How Are You Today?", showing=True)
            self.assertFalse(banner_showing(window))


if __name__ == "__main__":
    unittest.main(verbosity=2)

#!/usr/bin/python3
"""End to end: the Today page, through the accessibility tree.

A sample plan opens on Today: a routine item ticked for today, and one
for yesterday (a late tick), are in the plan file at once, read back with
sqlite3 while the app is still open.

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


def app_env(tmp, **extra):
    return waymark_env(tmp, TZ="UTC", **extra)


def query(plan, sql, *args):
    db = sqlite3.connect(plan, timeout=10)
    try:
        return db.execute(sql, args).fetchall()
    finally:
        db.close()


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


if __name__ == "__main__":
    unittest.main(verbosity=2)

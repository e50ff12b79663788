#!/usr/bin/python3
"""End to end: the timeline, driven through the accessibility tree.

With a fresh plan file: record a stage and add an event from the
Timeline page's buttons; both are in the database; after a restart the
page says the stage, the event's marker is a button named for it, and
the list view (one toggle away) holds both. Screenshots of the timeline
with sample data (light and dark, chart and list) go to
$WAYMARK_SCREENSHOTS.
"""

import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from waymark_e2e import (past_welcome, TIMEOUT, App, click, find, mnemonic, try_find,  # noqa: E402
                         type_text, wait_for, waymark_env, window_called, window_names)

WAYMARK = os.environ["WAYMARK_BIN"]
SCREENSHOTS = os.environ.get("WAYMARK_SCREENSHOTS") or tempfile.mkdtemp(prefix="waymark-shots-")


def app_env(tmp, **extra):
    return waymark_env(tmp, TZ="UTC", **extra)


def close_editor(app, editor):
    title = editor.name
    click(find(editor, "push button", mnemonic("Done"), showing=True))
    wait_for(lambda: title not in window_names(app), TIMEOUT, "the editor did not close")


class TimelineTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="waymark-e2e-timeline-")
        os.makedirs(SCREENSHOTS, exist_ok=True)

    def test_stage_and_event_recorded_and_kept(self):
        plan = os.path.join(self.tmp, "journey.waymark")

        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            app.press_keys("<Control>5", window=window)
            find(window, "label", "Your Journey Starts Here", showing=True)

            click(find(window, "push button", mnemonic("Record Your Stage"), showing=True))
            editor = window_called(app, "Stage of Recovery")
            type_text(find(editor, "text", re.compile("What was happening")), "Started to see a pattern")
            db = sqlite3.connect(plan)
            wait_for(lambda: db.execute("SELECT count(*) FROM stage_event").fetchone()[0] == 1,
                     TIMEOUT, "the stage change was not written")
            close_editor(app, editor)
            find(window, "label", "Now: Awareness", showing=True)

            click(find(window, "push button", mnemonic("Add Event…"), showing=True))
            editor = window_called(app, "Event")
            type_text(find(editor, "text", "What happened"), "First appointment with Dr Patel")
            wait_for(lambda: db.execute("SELECT count(*) FROM milestone").fetchone()[0] == 1,
                     TIMEOUT, "the event was not written")
            close_editor(app, editor)

            self.assertEqual(db.execute("SELECT stage, note FROM stage_event").fetchall(),
                             [("awareness", "Started to see a pattern")])
            self.assertEqual(db.execute("SELECT kind, title FROM milestone").fetchall(),
                             [("own-event", "First appointment with Dr Patel")])
            db.close()

            app.press_keys("<Control>q", window=window)
            wait_for(lambda: app.proc.poll() is not None, TIMEOUT, "Waymark did not quit")
            self.assertEqual(app.proc.returncode, 0, app.stderr_text())

        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            app.press_keys("<Control>5", window=window)
            find(window, "label", "Now: Awareness", showing=True)
            find(window, "push button", re.compile(r"First appointment with Dr Patel"), showing=True)

            # The same journey as a list, for a screen reader.
            click(find(window, "push button", "Show as a list", showing=True))
            find(window, "label", re.compile(r"^From .*: Awareness$"), showing=True)
            find(window, "label", re.compile(r"First appointment with Dr Patel"), showing=True)

    def test_screenshots_with_sample_data(self):
        plan = os.path.join(self.tmp, "sample.waymark")
        subprocess.run([WAYMARK, "--data-file=" + plan, "--sample-data"], check=True,
                       env=dict(os.environ, **app_env(self.tmp)), capture_output=True)

        for style in ("light", "dark"):
            scheme = "prefer-dark" if style == "dark" else "prefer-light"
            with App([WAYMARK, "--data-file=" + plan],
                     env=app_env(self.tmp, ADW_DEBUG_COLOR_SCHEME=scheme)) as app:
                window = app.window(re.compile(r"Sam Sample"))
                app.press_keys("<Control>5", window=window)
                find(window, "label", re.compile(r"^Now: "), showing=True)
                find(window, "push button", re.compile(r"^Setback, "), showing=True)
                app.screenshot(os.path.join(SCREENSHOTS, f"timeline-sample-{style}.png"))
                if style == "light":
                    click(find(window, "push button", "Show as a list", showing=True))
                    find(window, "label", re.compile(r"back to .* for a while"))
                    app.screenshot(os.path.join(SCREENSHOTS, "timeline-sample-list.png"))


if __name__ == "__main__":
    unittest.main(verbosity=2)

#!/usr/bin/python3
"""End to end: typing is in the plan file within a second, even while it
never pauses, and even when Waymark is killed (a crash, a power cut, a
forced log-out); a check-in being written is kept as a draft and offered
back at the next start.

A goal's title is typed a key every 150 ms for more than 3 s; while the
typing still goes on, the process is killed with SIGKILL. The plan file
must hold every character the application had taken in at least one
second before the kill. The figures (how long the oldest unsaved key had
waited) are printed for the record.
"""

import os
import re
import signal
import sqlite3
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from waymark_e2e import (past_welcome, App, click, find, focus, has_state, mnemonic,  # noqa: E402
                         press_keys, tab_to, text_of, type_text, wait_for, waymark_env, window_called,
                         window_names)

WAYMARK = os.environ["WAYMARK_BIN"]

KEY_INTERVAL = 0.150
TYPING_SECONDS = 3.5
TEXT = "Walk to the allotment every morning before work and say hello"


def app_env(tmp, **extra):
    return waymark_env(tmp, TZ="UTC", **extra)


def kill_now(app):
    """SIGKILL, as a crash or a power cut would; returns when it is gone."""
    os.killpg(app.proc.pid, signal.SIGKILL)
    app.proc.wait(timeout=30)


class AutosaveTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="waymark-e2e-autosave-")

    def test_goal_typed_without_pause_survives_sigkill(self):
        plan = os.path.join(self.tmp, "typing.waymark")

        # The autosave logs each save: how long its oldest change waited.
        with App([WAYMARK, "--data-file=" + plan],
                 env=app_env(self.tmp, G_MESSAGES_DEBUG="waymark-autosave")) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            app.press_keys("<Control>2", window=window)
            click(find(app.root, "push button", mnemonic("Add a Goal")))
            editor = window_called(app, "Goal")
            entry = find(editor, "text", "Goal")
            focus(entry)

            # When the application had taken in each key: the text reads
            # back with it (the key's own way through X is not Waymark's).
            taken_in = []
            start = time.monotonic()
            i = 0
            while time.monotonic() - start < TYPING_SECONDS:
                due = start + i * KEY_INTERVAL
                now = time.monotonic()
                if now < due:
                    time.sleep(due - now)   # the typing's pace, not a wait for anything
                press_keys("space" if TEXT[i] == " " else TEXT[i], window=editor if i == 0 else None)
                expected = TEXT[:i + 1]
                wait_for(lambda: text_of(entry) == expected, 10,
                         f"the goal field did not take in {TEXT[i]!r}",
                         describe=lambda: f"now: {text_of(entry)!r}")
                taken_in.append(time.monotonic())
                i += 1

            # Still typing: the next key is due, and the process dies.
            killed_at = time.monotonic()
            kill_now(app)
            # GLib writes debug messages to stdout.
            log = app.stdout_text() + app.stderr_text()
            waits = [int(m) for m in re.findall(r"Saved after (\d+) ms", log)]

        self.assertGreaterEqual(killed_at - taken_in[0], 3.0)
        db = sqlite3.connect(plan)
        self.assertEqual(db.execute("PRAGMA integrity_check").fetchone()[0], "ok")
        rows = db.execute("SELECT title FROM goal").fetchall()
        db.close()
        title = rows[0][0] if rows else ""
        self.assertLessEqual(len(rows), 1)
        self.assertTrue(TEXT.startswith(title), f"{title!r} is not what was typed")

        must_have = sum(1 for t in taken_in if t <= killed_at - 1.0)
        oldest_unsaved = (killed_at - taken_in[len(title)]) if len(title) < len(taken_in) else 0.0
        print(f"typed {len(taken_in)} keys over {taken_in[-1] - taken_in[0]:.2f} s; "
              f"the file holds {len(title)}; {must_have} were typed >= 1 s before the kill; "
              f"the oldest unsaved key had waited {oldest_unsaved * 1000:.0f} ms; "
              f"{len(waits)} saves while typing, the longest wait for one {max(waits or [0])} ms",
              file=sys.stderr)
        self.assertGreaterEqual(len(waits), 2, "typing without a pause was not saved as it went")
        self.assertGreaterEqual(len(title), must_have,
                                f"only {title!r} was kept; {TEXT[:must_have]!r} was typed "
                                f"at least 1 s before the kill")

    def test_sigterm_saves_what_was_just_typed(self):
        """A log-out or shutdown sends SIGTERM: what was typed a moment
        ago (no pause, no focus change) is written, and Waymark ends
        cleanly."""
        plan = os.path.join(self.tmp, "term.waymark")
        typed = "Call Sam"

        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            app.press_keys("<Control>2", window=window)
            click(find(app.root, "push button", mnemonic("Add a Goal")))
            editor = window_called(app, "Goal")
            entry = find(editor, "text", "Goal")
            focus(entry)
            for i, ch in enumerate(typed):
                press_keys("space" if ch == " " else ch, window=editor if i == 0 else None)
            wait_for(lambda: text_of(entry) == typed, 10, "the goal field did not take in the text",
                     describe=lambda: f"now: {text_of(entry)!r}")

            app.proc.send_signal(signal.SIGTERM)
            wait_for(lambda: app.proc.poll() is not None, 30, "Waymark did not end on SIGTERM")
            self.assertEqual(app.proc.returncode, 0, app.stderr_text()[-2000:])

        db = sqlite3.connect(plan)
        self.assertEqual(db.execute("SELECT title FROM goal").fetchall(), [(typed,)])
        db.close()

    def test_focus_leaving_a_field_saves_at_once(self):
        """With the typing timers stretched to ten minutes, only the focus
        leaving a field can write what was typed: a goal's title reaches
        the file when Tab moves on, and so does a check-in note's draft."""
        plan = os.path.join(self.tmp, "focus.waymark")
        title = "Garden on Sundays"
        note_text = "A quiet morning"

        def rows(sql, *args):
            db = sqlite3.connect(f"file:{plan}?mode=ro", uri=True)
            try:
                return db.execute(sql, args).fetchall()
            finally:
                db.close()

        env = app_env(self.tmp, WAYMARK_AUTOSAVE_TEST_DELAYS="600000,600000")
        with App([WAYMARK, "--data-file=" + plan], env=env) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            app.press_keys("<Control>2", window=window)
            click(find(app.root, "push button", mnemonic("Add a Goal")))
            editor = window_called(app, "Goal")
            entry = find(editor, "text", "Goal")
            type_text(entry, title)

            # The stretched timers hold it back (so what follows is the focus's doing).
            deadline = time.monotonic() + 1.5
            while time.monotonic() < deadline:
                self.assertEqual(rows("SELECT title FROM goal"), [],
                                 "the goal was saved by a timer, not by the focus leaving")
                time.sleep(0.1)

            focus(entry)
            app.press_keys("Tab", window=editor)
            wait_for(lambda: rows("SELECT title FROM goal") == [(title,)], 10,
                     "the goal was not saved when the focus left its field",
                     describe=lambda: f"goal rows: {rows('SELECT title FROM goal')}")
            app.press_keys("Escape", window=editor)
            wait_for(lambda: "Goal" not in window_names(app), 10, "the goal editor did not close")

            app.press_keys("<Control>j", window=window)
            editor = window_called(app, "New Check-in")
            note = find(editor, "text", "Note")
            tab_to(note, editor)
            type_text(note, note_text)
            self.assertEqual(rows("SELECT count(*) FROM draft"), [(0,)],
                             "the draft was saved by a timer, not by the focus leaving")
            app.press_keys("<Control>Tab", window=editor)
            wait_for(lambda: rows("SELECT count(*) FROM draft WHERE instr(payload, CAST(? AS BLOB)) > 0",
                                  note_text.encode()) == [(1,)],
                     10, "the check-in note was not kept as a draft when the focus left it")

    def test_checkin_draft_offered_back_after_kill(self):
        """A check-in being written is in the file as a draft; killed,
        the next start offers it back, and Keep Writing opens it as it
        was. Saved, it is a check-in and the draft is gone."""
        plan = os.path.join(self.tmp, "draft.waymark")
        note_text = "Slept badly but the walk helped"

        def count(sql, *args):
            db = sqlite3.connect(plan)
            try:
                return db.execute(sql, args).fetchone()[0]
            finally:
                db.close()

        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            app.press_keys("<Control>j", window=window)
            editor = window_called(app, "New Check-in")
            mood = find(editor, "slider", "Mood")
            wait_for(lambda: has_state(mood, "focused"), 10, "the mood scale does not have the focus")
            app.press_keys("Right", window=editor)
            find(editor, "label", re.compile("6 of 10"))
            type_text(find(editor, "text", "Note"), note_text)

            # Kept as it is typed: the draft reaches the file, nothing saved.
            wait_for(lambda: count("SELECT count(*) FROM draft WHERE instr(payload, CAST(? AS BLOB)) > 0",
                                   note_text.encode()) == 1,
                     10, "the check-in was not kept as a draft")
            kill_now(app)

        # A draft is not a check-in.
        self.assertEqual(count("SELECT count(*) FROM checkin"), 0)

        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            dialog = window_called(app, "Continue Your Check-in?", timeout=20)
            find(dialog, "label", re.compile(r"You were writing a check-in on \d+ \w+ \d{4}\."))
            click(find(dialog, "push button", mnemonic("Keep Writing"), showing=True))
            editor = window_called(app, "New Check-in")
            note = find(editor, "text", "Note")
            wait_for(lambda: text_of(note) == note_text, 10, "the note did not come back",
                     describe=lambda: f"now: {text_of(note)!r}")
            find(editor, "label", re.compile("6 of 10"))

            app.press_keys("<Control>Return", window=editor)
            wait_for(lambda: "New Check-in" not in window_names(app), 10, "Ctrl+Return did not save")
            db = sqlite3.connect(plan)
            self.assertEqual(db.execute("SELECT mood, note FROM checkin").fetchall(), [(6, note_text)])
            self.assertEqual(db.execute("SELECT count(*) FROM draft").fetchone()[0], 0)
            db.close()


if __name__ == "__main__":
    unittest.main(verbosity=2)

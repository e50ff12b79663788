"""Editors close safely while an accessibility client lists the windows.

GTK 4.8.3 crashed (SIGSEGV in its AT-SPI root) when a screen reader asked
for a window by an index that had just gone stale as an editor closed: it
answered with the last toplevel, and a hidden shortcuts window that was
never realized had no D-Bus path. Waymark makes that window only when it
is asked for. This runs a client listing every window in a tight loop
while goal and check-in editors open and close, 24 times, and then checks
Waymark is alive, answers and kept everything.

    build-aux/headless /usr/bin/python3 tests/e2e/test_a11y_close.py
"""

import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from waymark_e2e import (past_welcome, TIMEOUT, App, click, find, mnemonic, type_text,  # noqa: E402
                         wait_for, waymark_env, window_called, window_names)

WAYMARK = os.environ["WAYMARK_BIN"]
LISTER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "list_windows.py")
CLOSES = 24


class A11yCloseTest(unittest.TestCase):
    def test_editors_close_while_a_client_lists_windows(self):
        tmp = tempfile.mkdtemp(prefix="waymark-e2e-a11y-")
        plan = os.path.join(tmp, "a11y.waymark")
        with App([WAYMARK, "--data-file=" + plan], env=waymark_env(tmp)) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            app.press_keys("<Control>2", window=window)
            lister = subprocess.Popen([sys.executable, LISTER], stdout=subprocess.PIPE, text=True)
            try:
                self.assertEqual(lister.stdout.readline().strip(), "listing")
                for i in range(CLOSES):
                    if i % 2 == 0:
                        click(find(app.root, "push button", mnemonic("Add a Goal")))
                        editor = window_called(app, "Goal")
                        type_text(find(editor, "text", "Goal"), f"Goal {i}")
                        click(find(editor, "push button", mnemonic("Done"), showing=True))
                        title = "Goal"
                    else:
                        app.press_keys("<Control>j", window=window)
                        editor = window_called(app, "New Check-in")
                        type_text(find(editor, "text", "Note"), f"Check-in {i}")
                        app.press_keys("<Control>Return", window=editor)
                        title = "New Check-in"
                    wait_for(lambda: app.proc.poll() is not None or title not in window_names(app),
                             TIMEOUT, f"editor {i} did not close")
                    self.assertIsNone(app.proc.poll(),
                                      f"Waymark died closing editor {i}:\n{app.stderr_text()[-3000:]}")
            finally:
                lister.send_signal(signal.SIGTERM)
                out, _ = lister.communicate(timeout=60)
            rounds = int(re.search(r"rounds (\d+)", out).group(1))
            self.assertGreater(rounds, CLOSES, "the client hardly listed anything")
            print(f"{CLOSES} editors closed while the client listed the windows {rounds} times",
                  file=sys.stderr)

            # Alive and answering: a page switch from the keyboard shows.
            self.assertIsNone(app.proc.poll())
            app.press_keys("<Control>3", window=window)
            find(window, "label", "Check-in 23")
            self.assertNotIn("CRITICAL", app.stderr_text())

        db = sqlite3.connect(plan)
        self.assertEqual(db.execute("SELECT count(*) FROM goal").fetchone()[0], CLOSES // 2)
        self.assertEqual(db.execute("SELECT count(*) FROM checkin").fetchone()[0], CLOSES // 2)
        db.close()


if __name__ == "__main__":
    unittest.main(verbosity=2)

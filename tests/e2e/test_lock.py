#!/usr/bin/python3
"""End to end: one writer per plan.

A plan held by another process (the lock-holding helper of test-plan-lock):
Waymark asks where and since when it is open; "Open Read-Only" shows the
plan with a read-only banner in the accessibility tree and "(Read-Only)" in
the window title, and the plan file is not written. Screenshots of the
dialog and the banner, at normal width and at 360 px, go to
$WAYMARK_SCREENSHOTS.
"""

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from waymark_e2e import App, click, find, mnemonic, wait_for, waymark_env  # noqa: E402

WAYMARK = os.environ["WAYMARK_BIN"]
HOLDER = os.environ["WAYMARK_LOCK_HOLDER"]
SCREENSHOTS = os.environ.get("WAYMARK_SCREENSHOTS") or tempfile.mkdtemp(prefix="waymark-shots-")


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def settings_env(tmp, width):
    """Settings in a key file, so the window opens @width pixels wide."""
    folder = os.path.join(tmp, "config", "glib-2.0", "settings")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "keyfile"), "w") as f:
        f.write(f"[io/github/waymark/Waymark]\nwindow-width={width}\nwindow-height=640\n")
    return waymark_env(tmp, GSETTINGS_BACKEND="keyfile", XDG_CONFIG_HOME=os.path.join(tmp, "config"))


class LockTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="waymark-e2e-lock-")
        os.makedirs(SCREENSHOTS, exist_ok=True)
        self.plan = os.path.join(self.tmp, "shared.waymark")
        subprocess.run([WAYMARK, "--sample-data=30", "--data-file=" + self.plan],
                       env=dict(os.environ, **waymark_env(self.tmp)), check=True,
                       stdout=subprocess.DEVNULL)
        # Another process has the plan open until its stdin closes.
        self.holder = subprocess.Popen([HOLDER, "--hold-plan", self.plan],
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.assertEqual(self.holder.stdout.readline(), b"ready\n")

    def tearDown(self):
        self.holder.stdin.close()
        self.holder.wait(timeout=60)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def open_read_only(self, width, name):
        before = sha256(self.plan)
        with App([WAYMARK, "--data-file=" + self.plan], env=settings_env(self.tmp, width)) as app:
            dialog = app.window(role="dialog", timeout=30)
            find(dialog, "label", re.compile(
                r"^This plan is open in another Waymark window on this computer since \d\d:\d\d\. "
                r"You can look at it read-only, or take it over"), timeout=20)
            find(dialog, "push button", mnemonic("Take Over…"))
            find(dialog, "push button", mnemonic("Cancel"))
            app.screenshot(os.path.join(SCREENSHOTS, f"lock-dialog-{name}.png"), window=dialog)
            click(find(dialog, "push button", mnemonic("Open Read-Only")))

            window = app.window(re.compile(r"^Sam Sample \(Read-Only\) — Waymark$"), timeout=30)
            banner = find(window, None, "Read-only", showing=True, timeout=20)
            find(banner, "label", re.compile(r"^Read-only\. This plan is open in another Waymark "
                                             r"window on this computer since .*Changes made here "
                                             r"are not saved\.$"))
            find(banner, "push button", mnemonic("Take Over…"))
            app.screenshot(os.path.join(SCREENSHOTS, f"lock-banner-{name}.png"), window=window)

        # The plan was read, not written; the holder still has it.
        self.assertEqual(sha256(self.plan), before)
        self.assertIsNone(self.holder.poll())
        with open(os.path.join(self.tmp, ".shared.waymark.waymark-lock")) as f:
            self.assertIn(f"Pid={self.holder.pid}\n", f.read())

    def test_read_only_normal_width(self):
        self.open_read_only(960, "960")

    def test_read_only_narrow(self):
        self.open_read_only(360, "360")


if __name__ == "__main__":
    unittest.main(verbosity=2)

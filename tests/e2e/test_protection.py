"""A plan protected by a passphrase, through the window and AT-SPI.

- Main Menu → Protect This Plan…: the passphrase typed twice, Protect;
  the recovery key shown once; the plan opens again, now encrypted.
- A known sentence typed into a check-in's note is on screen.
- Locking when left alone turned on (lock-idle-minutes, read as seconds
  with WAYMARK_TEST_IDLE_LOCK_SECONDS=1): the window locks, and the whole
  accessibility tree holds nothing of the plan, only the lock screen.
- A wrong passphrase says so under the field, which keeps the focus; the
  right one brings the plan and the sentence back.
- The screen locking (org.gnome.ScreenSaver's ActiveChanged) locks it too.
- Once Waymark has quit, the sentence is in no file of the plan's folder
  or of Waymark's data and settings (the plan, its -wal, anything else),
  in UTF-8, UTF-16LE or UTF-16BE.

    build-aux/headless /usr/bin/python3 tests/e2e/test_protection.py
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from waymark_e2e import (TIMEOUT, App, click, dump_tree, find, has_state, mnemonic,  # noqa: E402
                         text_of, try_find, type_text, wait_for, waymark_env, window_called,
                         window_names)

WAYMARK = os.environ["WAYMARK_BIN"]
SCREENSHOTS = os.environ.get("WAYMARK_SCREENSHOTS") or tempfile.mkdtemp(prefix="waymark-shots-")
CLIENT = "Sam Sample"
PASSPHRASE = "seven blue kites over the harbour"
SENTENCE = "The lighthouse keeper hums Zanzibar lullabies at dawn"
WRONG = "That passphrase does not open this plan. Check Caps Lock and try again."


class ProtectionTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="waymark-e2e-protect-")
        self.plan = os.path.join(self.tmp, "client.waymark")
        subprocess.run([WAYMARK, "--sample-data=30", "--data-file=" + self.plan],
                       env=dict(os.environ, **waymark_env(self.tmp)), check=True,
                       stdout=subprocess.DEVNULL)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def set_lock_minutes(self, minutes, shared_minutes=5):
        """Written whole and renamed into place: the running Waymark sees
        the change (the keyfile backend watches the file)."""
        folder = os.path.join(self.tmp, "config", "glib-2.0", "settings")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "keyfile.new"), "w") as f:
            f.write(f"[io/github/waymark/Waymark]\nlock-idle-minutes={minutes}\n"
                    f"shared-computer-idle-minutes={shared_minutes}\n")
        os.replace(os.path.join(folder, "keyfile.new"), os.path.join(folder, "keyfile"))

    def env(self):
        self.set_lock_minutes(0)
        return waymark_env(self.tmp, GSETTINGS_BACKEND="keyfile",
                           XDG_CONFIG_HOME=os.path.join(self.tmp, "config"),
                           WAYMARK_TEST_IDLE_LOCK_SECONDS="1",
                           WAYMARK_TEST_NO_KEYRING="1")

    def field(self, root, name):
        """A passphrase field (AdwPasswordEntryRow) by its title."""
        return find(root, None, name, showing=True,
                    predicate=lambda n: n.getRoleName() in ("text", "password text", "entry"))

    def test_protect_lock_unlock(self):
        with App([WAYMARK, "--data-file=" + self.plan], env=self.env()) as app:
            window = app.window(f"{CLIENT} — Waymark")
            find(window, "page tab", None, showing=True)

            # Protect This Plan…
            app.press_keys("F10", window=window)
            click(find(app.root, "menu item", mnemonic("Protect This Plan…"), showing=True))
            dialog = window_called(app, "Protect This Plan")
            protect = find(dialog, "push button", mnemonic("Protect"))
            self.assertFalse(has_state(protect, "sensitive"), "Protect is offered before a passphrase")
            type_text(self.field(dialog, "New Passphrase"), PASSPHRASE)
            type_text(self.field(dialog, "Type It Again"), PASSPHRASE)
            wait_for(lambda: has_state(protect, "sensitive"), TIMEOUT, "Protect stayed insensitive")
            app.screenshot(os.path.join(SCREENSHOTS, "protect-dialog.png"), window=dialog)
            click(protect)

            # The recovery key, once.
            keep = window_called(app, "Keep Your Recovery Key Safe")
            key = text_of(find(keep, "label", "Recovery key"))
            self.assertRegex(key, r"^[a-z]{3,8}( [a-z]{3,8}){14}$", "no recovery key of 15 words shown")
            app.screenshot(os.path.join(SCREENSHOTS, "recovery-key-dialog.png"), window=keep)
            click(find(keep, "push button", mnemonic("I Have Kept It Safe")))
            wait_for(lambda: "Keep Your Recovery Key Safe" not in window_names(app), TIMEOUT,
                     "the recovery key stayed on screen")
            with open(self.plan, "rb") as f:
                self.assertFalse(f.read(16).startswith(b"SQLite format 3"), "the plan is still plain SQLite")

            # A known sentence in a check-in's note, on screen.
            window = app.window(f"{CLIENT} — Waymark")
            find(window, "page tab", None, showing=True)
            app.press_keys("<Control>j", window=window)
            editor = window_called(app, "New Check-in")
            type_text(find(editor, "text", "Note"), SENTENCE)
            app.press_keys("<Control>Return", window=editor)
            wait_for(lambda: "New Check-in" not in window_names(app), TIMEOUT, "the check-in stayed open")
            app.press_keys("<Control>3", window=window)
            find(window, "label", re.compile(re.escape(SENTENCE[:30])), showing=True)
            self.assertTrue(os.path.exists(self.plan + "-wal"), "no -wal while the plan is open")
            looked = self.assert_no_plain_sentence()
            print(f"while open, looked through {looked} files (the -wal too): the sentence is in none",
                  file=sys.stderr)

            # Left alone: locked, and nothing of the plan in the tree.
            self.set_lock_minutes(3)
            locked = app.window("client.waymark — Waymark", timeout=TIMEOUT)
            self.set_lock_minutes(0)
            find(locked, None, re.compile("This Plan Is Protected"))
            tree = dump_tree(app.root, 60, extents=False, limit=20000)
            self.assertNotIn(SENTENCE[:20], tree)
            self.assertNotIn(CLIENT, tree)
            self.assertNotIn("Walk 30 minutes", tree)
            self.assertIsNone(try_find(app.root, "page tab", None, showing=True), "the plan's pages are on screen")
            app.screenshot(os.path.join(SCREENSHOTS, "lock-screen.png"), window=locked)

            # A wrong passphrase, then the right one, typed where the
            # focus is from the start. (GTK 4.8 shows no focused state on
            # an AdwEntryRow's text over AT-SPI: keys pressed tell.)
            field = self.field(locked, "Passphrase")
            app.press_keys("x", window=locked)
            wait_for(lambda: text_of(field) == "x", TIMEOUT, "a key pressed did not reach the field",
                     describe=lambda: text_of(field))
            type_text(field, "seven blue kites over the harbor")
            app.press_keys("Return", window=locked)
            find(locked, "label", WRONG, showing=True)
            app.screenshot(os.path.join(SCREENSHOTS, "lock-screen-wrong.png"), window=locked)
            # Still in the field, what was typed selected to type over.
            app.press_keys("z", window=locked)
            wait_for(lambda: text_of(field) == "z", TIMEOUT, "the field lost the focus",
                     describe=lambda: text_of(field))
            type_text(field, PASSPHRASE)
            app.press_keys("Return", window=locked)
            window = app.window(f"{CLIENT} — Waymark")
            app.press_keys("<Control>3", window=window)
            find(window, "label", re.compile(re.escape(SENTENCE[:30])), showing=True)

            # The screen locking (org.gnome.ScreenSaver's ActiveChanged on
            # the test's private session bus) locks the plan at once.
            subprocess.run(["gdbus", "emit", "--session", "--object-path", "/org/gnome/ScreenSaver",
                            "--signal", "org.gnome.ScreenSaver.ActiveChanged", "true"],
                           check=True, stdout=subprocess.DEVNULL)
            locked = app.window("client.waymark — Waymark")
            find(locked, None, re.compile("This Plan Is Protected"))
            self.assertNotIn(SENTENCE[:20], dump_tree(app.root, 60, extents=False, limit=20000))
            self.assertIn("The screen locked, so the plan is saved and locked", app.stderr_text())
            self.assertNotIn("CRITICAL", app.stderr_text())

        # Nothing plain left anywhere Waymark wrote, once it has quit.
        looked = self.assert_no_plain_sentence()
        print(f"after quitting, looked through {looked} files: the sentence is in none", file=sys.stderr)

    def test_shared_computer_closes_the_lock_screen(self):
        """On a shared computer the lock screen (which names the plan's
        file) does not stay for the next person either: the plan locks
        when left alone, offers no Remember on this computer, and the
        window goes when shared computer mode closes plans."""
        passphrase_file = os.path.join(self.tmp, "passphrase")
        with open(passphrase_file, "w") as f:
            f.write(PASSPHRASE + "\n")
        os.chmod(passphrase_file, 0o600)
        subprocess.run([WAYMARK, "--data-file=" + self.plan, "--protect",
                        "--passphrase-file=" + passphrase_file],
                       env=dict(os.environ, **waymark_env(self.tmp)), check=True,
                       stdout=subprocess.DEVNULL)
        env = self.env()
        self.set_lock_minutes(2, shared_minutes=8)
        env["WAYMARK_TEST_IDLE_SECONDS"] = "1"
        with App([WAYMARK, "--shared-computer", "--data-file=" + self.plan,
                  "--passphrase-file=" + passphrase_file], env=env) as app:
            app.window(f"{CLIENT} — Waymark")
            locked = app.window("client.waymark — Waymark")
            find(locked, None, re.compile("This Plan Is Protected"))
            self.assertIsNone(try_find(locked, "check box", re.compile("Remember on this computer"), showing=True),
                              "Remember on this computer is offered on a shared computer")
            wait_for(lambda: app.proc.poll() is not None or
                     not any("client.waymark" in name for name in window_names(app)),
                     TIMEOUT, "the lock screen stayed on a shared computer")

    def assert_no_plain_sentence(self):
        """Every byte of every file under the test's folder (the plan, its
        -wal and -shm, Waymark's data and settings): the sentence in none,
        in UTF-8 or UTF-16."""
        needles = [text.encode(enc) for text in (SENTENCE, SENTENCE[:20])
                   for enc in ("utf-8", "utf-16-le", "utf-16-be")]
        looked = []
        for folder, _, files in os.walk(self.tmp):
            for name in files:
                path = os.path.join(folder, name)
                try:
                    with open(path, "rb") as f:
                        data = f.read()
                except FileNotFoundError:
                    continue   # went while we looked (a -shm)
                looked.append(os.path.relpath(path, self.tmp))
                for needle in needles:
                    self.assertNotIn(needle, data, f"{path} holds the sentence in plain text")
        self.assertIn("client.waymark", looked)
        return len(looked)

if __name__ == "__main__":
    unittest.main(verbosity=2)

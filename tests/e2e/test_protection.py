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
- Remember on this computer, with a real desktop keyring (gnome-keyring's
  secrets daemon, unlocked, on the test's private session bus): unlocked
  once with Remember ticked, the plan opens on the next start with no lock
  screen. Change Passphrase… through the window then forgets the key, and
  even the old key put back in the keyring opens nothing: the lock screen
  stays, the old passphrase is refused and the new one opens the plan.

    build-aux/headless /usr/bin/python3 tests/e2e/test_protection.py
"""

import os
import signal
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

import gi

gi.require_version("Secret", "1")
from gi.repository import Gio, GLib, Secret  # noqa: E402

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
NEW_PASSPHRASE = "a quiet lantern by the northern gate"
# How Waymark keeps a plan's key (src/app/waymark-keyring.c).
PLAN_KEY_SCHEMA = Secret.Schema.new("io.github.waymark.Waymark.PlanKey", Secret.SchemaFlags.NONE,
                                    {"path": Secret.SchemaAttributeType.STRING})


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

    def start_keyring(self):
        """gnome-keyring's secrets daemon on this test's private session
        bus, its login keyring new (under the test's folder) and unlocked
        with a password given on its standard input: what a desktop
        session has once someone logged in."""
        bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)

        def owned():
            reply = bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                  "NameHasOwner", GLib.Variant("(s)", ("org.freedesktop.secrets",)),
                                  None, Gio.DBusCallFlags.NONE, -1, None)
            return reply.unpack()[0]

        if owned():
            # One that D-Bus started on demand earlier in this headless
            # session (another test asked for the keyring; it would wait
            # for a prompt to make a keyring): it belongs to the test
            # session, not to a person, so it is stopped for an unlocked one.
            reply = bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                  "GetConnectionUnixProcessID", GLib.Variant("(s)", ("org.freedesktop.secrets",)),
                                  None, Gio.DBusCallFlags.NONE, -1, None)
            os.kill(reply.unpack()[0], signal.SIGTERM)
            wait_for(lambda: not owned(), TIMEOUT, "the keyring started earlier in this session did not stop")
        run = os.path.join(self.tmp, "keyring-run")
        os.makedirs(run, mode=0o700)
        daemon = subprocess.Popen(["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                                  stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                  env=dict(os.environ, XDG_DATA_HOME=os.path.join(self.tmp, "keyring-data"),
                                           XDG_RUNTIME_DIR=run))
        self.addCleanup(daemon.wait, 30)
        self.addCleanup(daemon.terminate)
        daemon.stdin.write(b"login password")
        daemon.stdin.close()
        wait_for(lambda: daemon.poll() is not None or owned(), TIMEOUT, "the keyring daemon never answered")
        self.assertIsNone(daemon.poll(), "the keyring daemon stopped")

    def remembered(self):
        """The key kept in the keyring for the plan, or None."""
        return Secret.password_lookup_sync(PLAN_KEY_SCHEMA, {"path": os.path.realpath(self.plan)}, None)

    def unlock(self, app, passphrase, remember=False):
        locked = app.window("client.waymark — Waymark")
        find(locked, None, re.compile("This Plan Is Protected"))
        if remember:
            check = find(locked, "check box", mnemonic("Remember on this computer"), showing=True)
            click(check)
            wait_for(lambda: has_state(check, "checked"), TIMEOUT, "Remember on this computer stayed unticked")
        type_text(self.field(locked, "Passphrase"), passphrase)
        # Unlock, clicked: Return would go to the check box just ticked.
        click(find(locked, "push button", mnemonic("_Unlock"), showing=True))
        return locked

    def change_passphrase(self, app, window, current, new):
        app.press_keys("F10", window=window)
        click(find(app.root, "menu item", mnemonic("Change Pa_ssphrase…"), showing=True))
        dialog = window_called(app, "Change Passphrase")
        change = find(dialog, "push button", mnemonic("C_hange Passphrase"))
        type_text(self.field(dialog, "Current Passphrase"), current)
        type_text(self.field(dialog, "New Passphrase"), new)
        type_text(self.field(dialog, "Type It Again"), new)
        wait_for(lambda: has_state(change, "sensitive"), TIMEOUT, "Change Passphrase stayed insensitive")
        app.screenshot(os.path.join(SCREENSHOTS, "change-passphrase-dialog.png"), window=dialog)
        click(change)
        keep = window_called(app, "Keep Your Recovery Key Safe")
        self.assertRegex(text_of(find(keep, "label", "Recovery key")), r"^[a-z]{3,8}( [a-z]{3,8}){14}$", "no new recovery key of 15 words shown")
        click(find(keep, "push button", mnemonic("I Have Kept It Safe")))
        wait_for(lambda: "Keep Your Recovery Key Safe" not in window_names(app), TIMEOUT,
                 "the recovery key stayed on screen")

    def test_remember_on_this_computer_and_change_passphrase(self):
        self.start_keyring()
        passphrase_file = os.path.join(self.tmp, "passphrase")
        with open(passphrase_file, "w") as f:
            f.write(PASSPHRASE + "\n")
        os.chmod(passphrase_file, 0o600)
        subprocess.run([WAYMARK, "--data-file=" + self.plan, "--protect", "--passphrase-file=" + passphrase_file],
                       env=dict(os.environ, **waymark_env(self.tmp)), check=True, stdout=subprocess.DEVNULL)
        env = self.env()
        del env["WAYMARK_TEST_NO_KEYRING"]
        env["G_MESSAGES_DEBUG"] = "waymark-window"

        # Nothing remembered yet: the lock screen; unlocked with Remember.
        self.assertIsNone(self.remembered())
        with App([WAYMARK, "--data-file=" + self.plan], env=env) as app:
            locked = self.unlock(app, PASSPHRASE, remember=True)
            app.screenshot(os.path.join(SCREENSHOTS, "lock-screen-remember.png"), window=locked)
            window = app.window(f"{CLIENT} — Waymark")
            find(window, "page tab", None, showing=True)
            wait_for(lambda: self.remembered() is not None, TIMEOUT, "the key never reached the keyring")
        old_key = self.remembered()

        # Started again: the remembered key opens the plan, no lock screen.
        with App([WAYMARK, "--data-file=" + self.plan], env=env) as app:
            window = app.window(f"{CLIENT} — Waymark")
            find(window, "page tab", None, showing=True)
            self.assertIsNone(try_find(app.root, None, "Passphrase", showing=True,
                                       predicate=lambda n: n.getRoleName() in ("text", "password text", "entry")),
                              "a passphrase field is on screen")
            self.assertNotIn("client.waymark — Waymark", window_names(app))
            app.press_keys("<Control>2", window=window)
            find(window, None, re.compile("Walk 30 minutes"), showing=True)

            # Change Passphrase… through the window: the key kept for the
            # old passphrase is forgotten.
            self.change_passphrase(app, window, PASSPHRASE, NEW_PASSPHRASE)
            window = app.window(f"{CLIENT} — Waymark")
            find(window, "page tab", None, showing=True)
            wait_for(lambda: self.remembered() is None, TIMEOUT, "the old key stayed in the keyring")

        # Even the old key put back, as a keyring restored from a backup
        # would: it no longer fits, so the lock screen stays and asks.
        self.assertTrue(Secret.password_store_sync(PLAN_KEY_SCHEMA, {"path": os.path.realpath(self.plan)},
                                                   Secret.COLLECTION_DEFAULT, "Waymark: the key to client.waymark",
                                                   old_key, None))
        with App([WAYMARK, "--data-file=" + self.plan], env=env) as app:
            locked = app.window("client.waymark — Waymark")
            # Waymark tried it and, refused, forgot it (waymark_keyring_forget
            # on a wrong key): the lookup is over, and the plan stays locked.
            wait_for(lambda: self.remembered() is None, TIMEOUT, "the key that no longer fits stayed in the keyring")
            self.assertRegex(app.stdout_text() + app.stderr_text(), "The remembered key no longer opens the plan")
            find(locked, None, re.compile("This Plan Is Protected"), showing=True)
            self.assertIsNone(try_find(app.root, "page tab", None, showing=True), "the plan opened with the old key")
            self.assertIn("client.waymark — Waymark", window_names(app))
            app.screenshot(os.path.join(SCREENSHOTS, "lock-screen-old-key.png"), window=locked)

            # The old passphrase is refused; the new one opens the plan.
            self.unlock(app, PASSPHRASE)
            find(locked, "label", WRONG, showing=True)
            self.unlock(app, NEW_PASSPHRASE)
            window = app.window(f"{CLIENT} — Waymark")
            find(window, "page tab", None, showing=True)

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

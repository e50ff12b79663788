#!/usr/bin/python3
"""End to end: the crisis plan, driven through the accessibility tree.

From any page, one step reaches the crisis plan. Add the emergency number
and a person to ask for help; the number shows large in the list; quit;
the person is a contact the crisis plan points at; export the crisis plan
as PDF from the command line and find them in it (pdftotext); save PNGs of
both layouts (pdftoppm) and a screenshot of the page with sample data.
"""

import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from waymark_e2e import (past_welcome, TIMEOUT, App, click, find, find_all, mnemonic, states_of,  # noqa: E402
                         type_text, wait_for, waymark_env, window_called, window_names)

WAYMARK = os.environ["WAYMARK_BIN"]
SCREENSHOTS = os.environ.get("WAYMARK_SCREENSHOTS") or tempfile.mkdtemp(prefix="waymark-shots-")


def app_env(tmp, **extra):
    return waymark_env(tmp, LC_ALL="C.UTF-8", **extra)


def settings_env(tmp, width, height):
    """Settings in a key file, so the window opens at that size."""
    folder = os.path.join(tmp, "config", "glib-2.0", "settings")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "keyfile"), "w") as f:
        f.write(f"[io/github/waymark/Waymark]\nwindow-width={width}\nwindow-height={height}\n")
    return app_env(tmp, GSETTINGS_BACKEND="keyfile", XDG_CONFIG_HOME=os.path.join(tmp, "config"))


class CrisisTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="waymark-e2e-crisis-")
        os.makedirs(SCREENSHOTS, exist_ok=True)

    def test_add_person_to_ask_and_emergency_number(self):
        plan = os.path.join(self.tmp, "client.waymark")
        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))

            # One step from the Plan page: the header button.
            click(find(window, "push button", "Open the Crisis Plan", showing=True))
            find(window, "label", "If you are in danger right now, call your local emergency number.",
                 showing=True)

            type_text(find(window, "text", "Emergency number where I live"), "112")
            find(window, "label", "If you are in danger right now, call 112.", showing=True)

            click(find(window, "push button", mnemonic("Add Someone to Ask")))
            editor = window_called(app, "People I Can Ask for Help")
            type_text(find(editor, "text", "Name"), "Mina Okafor")
            type_text(find(editor, "text", "Who they are to me, such as friend or sister"), "Neighbour")
            type_text(find(editor, "text", "Phone"), "+44 7700 900555")
            click(find(editor, "push button", mnemonic("Done"), showing=True))
            wait_for(lambda: "People I Can Ask for Help" not in window_names(app), TIMEOUT,
                     "the editor did not close")

            find(window, "label", "Mina Okafor")
            find(window, "label", "+44 7700 900555")

            app.press_keys("<Control>q", window=window)
            wait_for(lambda: app.proc.poll() is not None, TIMEOUT, "Waymark did not quit")
            self.assertEqual(app.proc.returncode, 0, app.stderr_text())

        db = sqlite3.connect(plan)
        self.assertEqual(db.execute(
            "SELECT c.name, c.phone FROM crisis_entry e JOIN contact c ON c.id = e.contact_id "
            "WHERE e.section = 'help-people'").fetchall(), [("Mina Okafor", "+44 7700 900555")])
        self.assertEqual(db.execute(
            "SELECT text FROM crisis_entry WHERE section = 'emergency-number'").fetchall(), [("112",)])
        db.close()

        # The command line exports what was entered; the person is in it.
        for layout in ("page", "card"):
            pdf = os.path.join(self.tmp, f"crisis-{layout}.pdf")
            result = subprocess.run([WAYMARK, "--data-file=" + plan, "--export-crisis-plan=" + pdf,
                                     "--layout=" + layout],
                                    env={**os.environ, **app_env(self.tmp)},
                                    capture_output=True, text=True, timeout=60)
            self.assertEqual(result.returncode, 0, result.stderr)
            text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                                  text=True, check=True).stdout
            for expected in ("Mina Okafor", "+44 7700 900555", "112"):
                self.assertIn(expected, text, f"{expected!r} missing from the {layout} PDF")
            subprocess.run(["pdftoppm", "-png", "-r", "60", pdf,
                            os.path.join(SCREENSHOTS, f"crisis-export-{layout}")], check=True)

    def test_export_failures_on_the_command_line(self):
        env = {**os.environ, **app_env(self.tmp)}
        empty = os.path.join(self.tmp, "empty.waymark")
        sample = os.path.join(self.tmp, "sample.waymark")
        subprocess.run([WAYMARK, "--data-file=" + sample, "--sample-data=7"], env=env,
                       check=True, capture_output=True, timeout=60)
        subprocess.run([WAYMARK, "--data-file=" + empty, "--sample-data=7"], env=env,
                       check=True, capture_output=True, timeout=60)
        db = sqlite3.connect(empty)
        db.execute("DELETE FROM crisis_entry")
        db.commit()
        db.close()

        cases = [
            ([f"--data-file={empty}", "--export-crisis-plan={out}"], "nothing to export"),
            ([f"--data-file={sample}", "--export-crisis-plan=/nonexistent/folder/{name}"],
             "could not write"),
            ([f"--data-file={sample}", "--export-crisis-plan={out}", "--layout=poster"],
             "--layout takes"),
            ([f"--data-file={sample}", "--export-crisis-plan={out}", "--paper=a3"], "--paper takes"),
            ([f"--data-file={os.path.join(self.tmp, 'missing.waymark')}", "--export-crisis-plan={out}"],
             "There is no plan"),
        ]
        for i, (args, message) in enumerate(cases):
            out = os.path.join(self.tmp, f"fail-{i}.pdf")
            argv = [WAYMARK] + [a.format(out=out, name=f"fail-{i}.pdf") for a in args]
            result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60)
            self.assertEqual(result.returncode, 1, f"{args}: {result.stderr}")
            self.assertEqual(result.stderr.count("\n"), 1, result.stderr)
            self.assertIn(message, result.stderr)
            self.assertEqual([f for f in os.listdir(self.tmp) if f.startswith(f"fail-{i}")], [],
                             "a partial file was left behind")
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "missing.waymark")),
                         "exporting created a plan")

    def sample_plan(self):
        plan = os.path.join(self.tmp, "sample.waymark")
        subprocess.run([WAYMARK, "--data-file=" + plan, "--sample-data=30"],
                       env={**os.environ, **app_env(self.tmp)}, check=True,
                       capture_output=True, timeout=120)
        return plan

    def test_opens_straight_to_crisis_plan(self):
        plan = self.sample_plan()
        with App([WAYMARK, "--data-file=" + plan, "--crisis-plan"], env=app_env(self.tmp)) as app:
            window = app.window("Sam Sample — Waymark")

            # A plan with something in it opens to be read: the numbers
            # first, as text and as links to call, then the steps as text.
            find(window, "heading", "If you are in danger right now, call 999.", showing=True)
            find(window, "label", "Northfield Crisis Line", showing=True)
            find(window, None, "Call Northfield Crisis Line, +44 20 7946 0999", showing=True)
            find(window, "push button", "Copy +44 20 7946 0999", showing=True)
            find(window, "label", "Jo Reed", showing=True)
            find(window, "heading", "Signs a Crisis May Be Coming", showing=True)
            find(window, "label", "I stop answering my phone and close the curtains in the day", showing=True)

            # Nothing to edit is in the accessibility tree: none of the
            # sections (with their Add buttons and row menus), no entry;
            # and nothing of the kind on show anywhere.
            self.assertEqual(find_all(window, None, "1. Signs a Crisis May Be Coming", min_count=0), [])
            self.assertEqual(find_all(window, None, mnemonic("Add Something I Can Do"), min_count=0), [])
            self.assertEqual(find_all(window, "text", "Emergency number where I live", min_count=0), [])
            self.assertEqual(find_all(window, None, re.compile(r"^(_?Add\b|More for )"), showing=True,
                                      min_count=0), [])
            edit = find(window, "push button", mnemonic("Edit"), showing=True)
            self.assertNotIn("pressed", states_of(edit))

            # Ctrl+E shows the sections, with their Add buttons and menus.
            app.press_keys("<Control>e", window=window)
            find(window, "label", "1. Signs a Crisis May Be Coming", showing=True)
            find(window, "push button", "Add Something I Can Do", showing=True)
            find(window, "text", "Emergency number where I live", showing=True)
            wait_for(lambda: "pressed" in states_of(edit), TIMEOUT, "Edit is not shown pressed")

            # And again: back to reading.
            app.press_keys("<Control>e", window=window)
            wait_for(lambda: not find_all(window, "push button", "Add Something I Can Do", min_count=0), TIMEOUT,
                     "the Add buttons are still there after Ctrl+E")
            find(window, "heading", "If you are in danger right now, call 999.", showing=True)

    def test_empty_plan_opens_to_write(self):
        plan = os.path.join(self.tmp, "new.waymark")
        with App([WAYMARK, "--data-file=" + plan, "--crisis-plan"], env=app_env(self.tmp)) as app:
            window = app.window(re.compile(r"new\.waymark — Waymark|New Plan — Waymark"))
            find(window, "heading", "Writing Your Crisis Plan", showing=True)
            find(window, "push button", mnemonic("Add a Sign"), showing=True)
            find(window, "text", "Emergency number where I live", showing=True)
            edit = find(window, "push button", mnemonic("Edit"), showing=True)
            self.assertIn("pressed", states_of(edit))

    def test_read_mode_screenshots(self):
        plan = self.sample_plan()
        for style, width in (("light", 960), ("dark", 960), ("light", 360)):
            scheme = "prefer-dark" if style == "dark" else "prefer-light"
            env = settings_env(self.tmp, width, 900)
            env["ADW_DEBUG_COLOR_SCHEME"] = scheme
            with App([WAYMARK, "--data-file=" + plan, "--crisis-plan"], env=env) as app:
                window = app.window("Sam Sample — Waymark")
                find(window, "heading", "If you are in danger right now, call 999.", showing=True)
                find(window, "label", "Jo Reed", showing=True)
                app.screenshot(os.path.join(SCREENSHOTS, f"crisis-read-{style}-{width}.png"))


if __name__ == "__main__":
    unittest.main(verbosity=2)

#!/usr/bin/python3
"""End to end: the keys that make every flow smooth from the keyboard.

Ctrl+Enter saves and closes an editor, from inside a multi-line note
too; a new record's editor opens with the focus in its first field, so
typing at once types into it. Ctrl+1..5 take the focus into the page,
off its tab, never onto selected text. Ctrl+Z brings back what was just
deleted (the toast's Undo); Ctrl+P prints the Plan and the Crisis Plan
and opens the Journal's appointment report. Accessible names say a
control's label once, without its mnemonic's underscore; PHQ-9 answers
are radio buttons.
"""

import os
import sqlite3
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pyatspi  # noqa: E402
from waymark_e2e import (past_welcome, TIMEOUT, App, click, find, find_all, has_state, mouse_click,  # noqa: E402
                         mnemonic, press_keys, role_of, tab_to, text_of, try_find, wait_for,
                         waymark_env, window_called, window_names)
from waymark_e2e import _iter_tree, _pump  # noqa: E402

WAYMARK = os.environ["WAYMARK_BIN"]


def app_env(tmp, **extra):
    return waymark_env(tmp, TZ="UTC", **extra)


def type_keys(text):
    """Types @text as key presses into whatever has the focus."""
    press_keys(*["space" if ch == " " else ch for ch in text])


class KeysTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="waymark-e2e-keys-")

    def test_ctrl_enter_saves_from_a_multi_line_note(self):
        plan = os.path.join(self.tmp, "note.waymark")
        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            app.press_keys("<Control>j", window=window)
            editor = window_called(app, "New Check-in")
            mood = find(editor, "slider", "Mood")
            wait_for(lambda: has_state(mood, "focused"), TIMEOUT, "the mood scale does not have the focus")

            # Into the note from the keyboard, where Return is a new line.
            note = find(editor, "text", "Note")
            tab_to(note, editor)
            type_keys("Slept")
            press_keys("Return")
            type_keys("Walked")
            wait_for(lambda: text_of(note) == "Slept\nWalked", TIMEOUT, "the note was not typed",
                     describe=lambda: repr(text_of(note)))

            press_keys("<Control>Return", window=editor)
            wait_for(lambda: "New Check-in" not in window_names(app), TIMEOUT,
                     "Ctrl+Enter in the note did not save and close the check-in")
            db = sqlite3.connect(plan)
            self.assertEqual(db.execute("SELECT note FROM checkin").fetchall(), [("Slept\nWalked",)])
            db.close()

    def test_new_record_focus_in_first_field_and_ctrl_enter_saves(self):
        plan = os.path.join(self.tmp, "goal.waymark")
        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            press_keys("<Control>2", window=window)
            click(find(app.root, "push button", mnemonic("Add a Goal")))
            editor = window_called(app, "Goal")
            title = find(editor, "text", "Goal")

            # No click: the keys go where the editor put the focus.
            press_keys("Home", window=editor)
            type_keys("Walk more")
            wait_for(lambda: text_of(title) == "Walk more", TIMEOUT,
                     "typing at once did not go into the goal's first field",
                     describe=lambda: repr(text_of(title)))

            # One way to close besides Escape: Done, no window "×".
            self.assertIsNone(try_find(editor, "push button", "Close", showing=True))

            press_keys("<Control>KP_Enter", window=editor)
            wait_for(lambda: "Goal" not in window_names(app), TIMEOUT, "Ctrl+Enter did not close the goal")
            db = sqlite3.connect(plan)
            self.assertEqual(db.execute("SELECT title FROM goal").fetchall(), [("Walk more",)])
            db.close()


    def add_goal(self, app, window, title):
        press_keys("<Control>2", window=window)
        click(find(app.root, "push button", mnemonic("Add a Goal")))
        editor = window_called(app, "Goal")
        type_text_into = find(editor, "text", "Goal")
        press_keys("Home", window=editor)
        type_keys(title)
        wait_for(lambda: text_of(type_text_into) == title, TIMEOUT, "the goal's title was not typed")
        press_keys("<Control>Return", window=editor)
        wait_for(lambda: "Goal" not in window_names(app), TIMEOUT, "the goal editor did not close")

    def test_ctrl_z_brings_back_what_was_deleted(self):
        plan = os.path.join(self.tmp, "undo.waymark")
        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            self.add_goal(app, window, "Walk more")
            db = sqlite3.connect(plan)
            goal_id = db.execute("SELECT id FROM goal").fetchone()[0]

            click(find(window, "push button", "More for “Walk more”"))
            click(find(app.root, "menu item", mnemonic("Delete")))
            wait_for(lambda: db.execute("SELECT count(*) FROM goal").fetchone()[0] == 0,
                     TIMEOUT, "the goal was not deleted")

            press_keys("<Control>z", window=window)
            wait_for(lambda: db.execute("SELECT id, title FROM goal").fetchall() == [(goal_id, "Walk more")],
                     TIMEOUT, "Ctrl+Z did not bring the goal back")
            find(window, "label", "Walk more")
            db.close()

    def test_page_switch_moves_the_focus_into_the_page(self):
        plan = os.path.join(self.tmp, "sample.waymark")
        subprocess.run([WAYMARK, "--data-file=" + plan, "--sample-data"], check=True,
                       env=dict(os.environ, **app_env(self.tmp)), capture_output=True)
        focused = []

        def focus_moved(event):
            if event.detail1:
                focused.append(event.source)
        pyatspi.Registry.registerEventListener(focus_moved, "object:state-changed:focused")
        try:
            with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
                window = app.window("Sam Sample — Waymark")
                # As a mouse user leaves it: the keyboard's place on the Plan
                # tab, chosen from Today, where a plan opens.
                find(window, "page tab", "Today", states=["selected"], showing=True)
                # (The header has a wide and a narrow switcher: either's tab counts.)
                mouse_click(find(window, "page tab", "Plan", showing=True))
                wait_for(lambda: any(has_state(t, "focused") for t in find_all(window, "page tab", None)),
                         TIMEOUT, "no tab took the focus")

                for key, name in (("3", "Journal"), ("4", "Crisis Plan"), ("5", "Timeline"), ("1", "Today"), ("2", "Plan")):
                    del focused[:]
                    press_keys(f"<Control>{key}", window=window)
                    find(window, "page tab", name, states=["selected"], showing=True)

                    def in_page():
                        _pump()
                        now = [n for n in focused if has_state(n, "focused")]
                        return now and role_of(now[-1]) != "page tab" and now[-1]
                    node = wait_for(in_page, TIMEOUT, f"after Ctrl+{key} the focus did not go into the page",
                                    describe=lambda: repr([(role_of(n), n.name) for n in focused]))
                    self.assertFalse(any(has_state(t, "focused") for t in
                                         find_all(window, "page tab", None)),
                                     f"after Ctrl+{key} a tab kept the focus")
                    if has_state(node, "editable"):
                        self.assertEqual(node.queryText().getNSelections(), 0,
                                         f"Ctrl+{key} put the focus on selected text")
        finally:
            pyatspi.Registry.deregisterEventListener(focus_moved, "object:state-changed:focused")

    def test_ctrl_p_prints_the_page(self):
        plan = os.path.join(self.tmp, "print.waymark")
        subprocess.run([WAYMARK, "--data-file=" + plan, "--sample-data"], check=True,
                       env=dict(os.environ, **app_env(self.tmp)), capture_output=True)
        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            window = app.window("Sam Sample — Waymark")
            find(window, "page tab", None, showing=True)
            mains = set(window_names(app))

            for key, what in (("2", "Plan"), ("4", "Crisis Plan")):
                press_keys(f"<Control>{key}", window=window)
                find(window, "page tab", what, states=["selected"], showing=True)
                press_keys("<Control>p", window=window)
                dialog = wait_for(lambda: [w for w in app.windows() if w.name not in mains], TIMEOUT,
                                  f"Ctrl+P on the {what} page opened no print dialog",
                                  describe=lambda: repr(window_names(app)))[0]
                find(dialog, "push button", mnemonic("Print"))
                click(find(dialog, "push button", mnemonic("Cancel"), showing=True))
                wait_for(lambda: set(window_names(app)) == mains, TIMEOUT, "the print dialog stayed")

            press_keys("<Control>3", window=window)
            find(window, "page tab", "Journal", states=["selected"], showing=True)
            press_keys("<Control>p", window=window)
            report = window_called(app, "Appointment Report")
            press_keys("Escape", window=report)
            wait_for(lambda: set(window_names(app)) == mains, TIMEOUT, "the report dialog stayed")


    def test_names_without_mnemonics_and_radio_answers(self):
        plan = os.path.join(self.tmp, "names.waymark")
        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            for key in "23451":
                press_keys(f"<Control>{key}", window=window)
                find(window, "page tab", None, states=["selected"], showing=True)

            # GTK 4.8's "_Record a Review Record a Review": the raw label
            # and the shown one. Every page has been made by now.
            def doubled(name):
                return any(name[:i].replace("_", "") == name[i + 1:]
                           for i, ch in enumerate(name) if ch == " " and "_" in name[:i])
            names = [n.name for n in _iter_tree(window) if n.name and "_" in n.name]
            self.assertEqual([n for n in names if doubled(n)], [])
            find(window, "push button", "Add a Goal")

            press_keys("<Control>3", window=window)
            click(find(window, "push button", mnemonic("Mood Questionnaire (PHQ-9)…"), showing=True))
            mains = {"New Plan — Waymark"}
            dialog = wait_for(lambda: [w for w in app.windows() if w.name not in mains], TIMEOUT,
                              "no questionnaire opened")[0]
            answers = find_all(dialog, "radio button", "Not at all")
            self.assertEqual(len(answers), 9)
            self.assertIsNone(try_find(dialog, "check box", "Not at all"))
            find(dialog, "radio button", "Nearly every day")


if __name__ == "__main__":
    unittest.main(verbosity=2)

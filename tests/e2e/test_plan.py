#!/usr/bin/python3
"""End to end: the recovery plan, driven through the accessibility tree.

With a fresh plan file: add a goal with a typed title and a dimension,
tick a routine item, add an early warning sign; quit; start again; all
three are on the Plan page and in the database. Also: an empty title is
refused with a human message and nothing is written; deleting offers
Undo, which brings the item back. Screenshots of the Plan page with
sample data, light and dark, go to $WAYMARK_SCREENSHOTS.
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
from waymark_e2e import (past_welcome, TIMEOUT, App, click, find, has_state, mnemonic, tab_to, try_find,  # noqa: E402
                         type_text, wait_for, waymark_env, window_called, window_names)

WAYMARK = os.environ["WAYMARK_BIN"]
SCREENSHOTS = os.environ.get("WAYMARK_SCREENSHOTS") or tempfile.mkdtemp(prefix="waymark-shots-")


def app_env(tmp, **extra):
    return waymark_env(tmp, TZ="UTC", **extra)


def editor_window(app, title):
    """The record editor (or dialog) that is open, by its title."""
    return window_called(app, title)


def close_editor(app, editor):
    title = editor.name
    click(find(editor, "push button", mnemonic("Done"), showing=True))
    wait_for(lambda: title not in window_names(app), TIMEOUT, "the editor did not close")


def choose(app, editor, combo_name, option, steps_down):
    """Picks @option in the combo row @combo_name from the keyboard: open
    it, go down @steps_down places from the current choice, press Return."""
    combo = find(editor, "combo box", combo_name)
    click(combo)
    wait_for(lambda: try_find(app.root, "label", option, showing=True) is not None, TIMEOUT,
             f"the {combo_name!r} list did not open")
    app.press_keys(*(["Down"] * steps_down), "Return")
    wait_for(lambda: try_find(combo, "label", option) is not None, TIMEOUT,
             f"{option!r} was not chosen in {combo_name!r}")


class PlanTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="waymark-e2e-plan-")
        os.makedirs(SCREENSHOTS, exist_ok=True)

    def test_add_goal_routine_warning_sign_and_restart(self):
        plan = os.path.join(self.tmp, "fresh.waymark")
        today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()

        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            # Start My Plan leads to Today; the Plan is the next page.
            app.press_keys("<Control>2", window=window)

            # A goal, with a typed title and a dimension.
            click(find(app.root, "push button", mnemonic("Add a Goal")))
            editor = editor_window(app, "Goal")
            type_text(find(editor, "text", "Goal"), "Walk to the allotment")
            choose(app, editor, "Part of life", "Community", 3)
            close_editor(app, editor)
            find(window, "label", "Walk to the allotment")

            # A routine item, ticked for today.
            click(find(app.root, "push button", mnemonic("Add to My Routine")))
            editor = editor_window(app, "Routine")
            type_text(find(editor, "text", "What I do"), "A walk outside")
            close_editor(app, editor)
            tick = find(window, "check box", "Done today: A walk outside")
            tab_to(tick, window)
            app.press_keys("space", window=window)
            wait_for(lambda: try_find(window, "check box", "Done today: A walk outside",
                                      states=["checked"]) is not None,
                     TIMEOUT, "the routine item was not ticked")

            # An early warning sign with its action.
            click(find(app.root, "push button", mnemonic("Add a Warning Sign")))
            editor = editor_window(app, "Early Warning Sign")
            type_text(find(editor, "text", "Early warning sign"), "Cancelling plans with friends")
            type_text(find(editor, "text", "My action plan"), "Text Jo and go for a short walk")
            close_editor(app, editor)
            find(window, "label", "Cancelling plans with friends")

            app.press_keys("<Control>q", window=window)
            wait_for(lambda: app.proc.poll() is not None, TIMEOUT, "Waymark did not quit")
            self.assertEqual(app.proc.returncode, 0, app.stderr_text())

        db = sqlite3.connect(plan)
        self.assertEqual(db.execute("SELECT title, dimension FROM goal").fetchall(),
                         [("Walk to the allotment", "community")])
        self.assertEqual(db.execute("SELECT r.title, d.date FROM routine_done d "
                                    "JOIN routine_item r ON r.id = d.routine_item_id").fetchall(),
                         [("A walk outside", today)])
        self.assertEqual(db.execute("SELECT kind, text, response FROM plan_entry").fetchall(),
                         [("warning-sign", "Cancelling plans with friends",
                           "Text Jo and go for a short walk")])
        db.close()

        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            # A plan with something in it opens on Today.
            app.press_keys("<Control>2", window=window)
            find(window, "label", "Walk to the allotment")
            find(window, "label", "Cancelling plans with friends")
            find(window, "check box", "Done today: A walk outside", states=["checked"])

    def test_empty_title_refused_and_undo_delete(self):
        plan = os.path.join(self.tmp, "undo.waymark")
        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            app.press_keys("<Control>2", window=window)
            click(find(app.root, "push button", mnemonic("Add a Goal")))
            editor = editor_window(app, "Goal")
            type_text(find(editor, "text", "What success looks like"), "Five walks a week")

            # No title: closing says why and asks before discarding.
            click(find(editor, "push button", mnemonic("Done"), showing=True))
            wait_for(lambda: "Discard This Entry?" in window_names(app), TIMEOUT,
                     "no question before discarding")
            dialog = editor_window(app, "Discard This Entry?")
            find(dialog, "label", re.compile("A goal needs a title"))
            click(find(dialog, "push button", mnemonic("Keep Editing"), showing=True))
            type_text(find(editor, "text", "Goal"), "Walk more")
            close_editor(app, editor)
            find(window, "label", "Walk more")

            db = sqlite3.connect(plan)
            self.assertEqual(db.execute("SELECT title, target FROM goal").fetchall(),
                             [("Walk more", "Five walks a week")])

            # Delete from the row's menu; Undo brings it back with its id.
            goal_id = db.execute("SELECT id FROM goal").fetchone()[0]
            click(find(window, "push button", "More for “Walk more”"))
            click(find(app.root, "menu item", re.compile("Delete")))
            wait_for(lambda: db.execute("SELECT count(*) FROM goal").fetchone()[0] == 0,
                     TIMEOUT, "the goal was not deleted")
            # The toast lies four levels under the window (frame, overlay, box,
            # toast) and lives ten seconds: walk only the top of the tree, not
            # the whole page, which on a loaded machine takes longer than that.
            click(find(window, "push button", mnemonic("Undo"), showing=True, max_depth=6))
            wait_for(lambda: db.execute("SELECT id FROM goal").fetchall() == [(goal_id,)],
                     TIMEOUT, "Undo did not bring the goal back")
            find(window, "label", "Walk more")
            db.close()

    def test_tags_and_keyboard_reorder(self):
        plan = os.path.join(self.tmp, "order.waymark")
        with App([WAYMARK, "--data-file=" + plan], env=app_env(self.tmp)) as app:
            window = past_welcome(app, app.window("New Plan — Waymark"))
            app.press_keys("<Control>2", window=window)

            # A wellness tool, tagged as calming.
            click(find(app.root, "push button", mnemonic("Add a Wellness Tool")))
            editor = editor_window(app, "Wellness Tool")
            type_text(find(editor, "text", "What helps"), "Box breathing")
            db = sqlite3.connect(plan)
            wait_for(lambda: db.execute("SELECT count(*) FROM plan_entry").fetchone()[0] == 1,
                     TIMEOUT, "the tool was not written as it was typed")
            click(find(editor, "check box", "Calming"))
            wait_for(lambda: db.execute("SELECT count(*) FROM plan_entry_tag").fetchone()[0] == 1,
                     TIMEOUT, "the tag was not kept")
            close_editor(app, editor)
            find(window, "label", "Calming")

            # Two routine items, then the second moved up from the keyboard.
            for title in ("Stretch", "Read a chapter"):
                add = try_find(app.root, "push button", mnemonic("Add to My Routine"), showing=True)
                click(add or find(app.root, "push button", "Add to My Routine"))
                editor = editor_window(app, "Routine")
                type_text(find(editor, "text", "What I do"), title)
                close_editor(app, editor)
                find(window, "label", title)

            # The Plan's row, not Today's tick of the same item.
            row = find(window, None, "Read a chapter", showing=True,
                       predicate=lambda n: has_state(n, "focusable"))
            tab_to(row, window)
            app.press_keys("<Alt>Up", window=window)

            wait_for(lambda: [r[0] for r in db.execute(
                "SELECT title FROM routine_item ORDER BY position")] == ["Read a chapter", "Stretch"],
                TIMEOUT, "Alt+Up did not move the item up")
            self.assertEqual(db.execute("SELECT p.text, t.tag FROM plan_entry_tag t "
                                        "JOIN plan_entry p ON p.id = t.plan_entry_id").fetchall(),
                             [("Box breathing", "calming")])
            db.close()

    def test_sample_plan_screenshots(self):
        plan = os.path.join(self.tmp, "sample.waymark")
        subprocess.run([WAYMARK, "--data-file=" + plan, "--sample-data"],
                       env={**os.environ, **app_env(self.tmp)}, check=True,
                       capture_output=True, timeout=120)
        for style in ("light", "dark"):
            scheme = "prefer-dark" if style == "dark" else "prefer-light"
            with App([WAYMARK, "--data-file=" + plan],
                     env=app_env(self.tmp, ADW_DEBUG_COLOR_SCHEME=scheme)) as app:
                window = app.window("Sam Sample — Waymark")
                # A plan opens on Today; the Plan is the next page.
                app.press_keys("<Control>2", window=window)
                find(window, "label", "Goals", showing=True)
                app.screenshot(os.path.join(SCREENSHOTS, f"plan-sample-{style}.png"))


if __name__ == "__main__":
    unittest.main(verbosity=2)

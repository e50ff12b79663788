"""kill_suite -- kill the real Waymark (SIGKILL) at random moments while it
writes, and check after every kill that nothing was lost.

Each round starts Waymark on one plan (build-aux/headless: Xvfb, D-Bus, an
AT-SPI bus, as the end-to-end tests), drives writes through the window and
kills it from another thread at a random moment:

* check-ins: Ctrl+J, a note typed at a steady key rate, Ctrl+Return; one
  counts as committed once its editor has closed (the window only closes
  once the check-in is saved);
* a goal: Add a Goal, its title typed at a steady key rate, never pausing
  (the person who keeps typing);
* every fifth round, --sample-data into a new plan, killed as it writes.

After each kill, reading the plan file with SQLite:

1. PRAGMA integrity_check is "ok";
2. no committed record is missing: every row of every table that was in the
   file before the round (read after the previous kill), and every check-in
   the window confirmed saved, is still there;
3. everything typed at least 1 s before the kill is in the file: the text
   sent up to 1 s before the kill is found in some text cell of the plan
   (the goal's title, a check-in, a draft: wherever Waymark keeps it).

    build-aux/headless /usr/bin/python3 tests/reliability/kill_suite.py [--kills N] [--seed S] [--protected]

With --protected the plan is protected by a passphrase from the start
(Waymark opens it with --passphrase-file); after each kill a copy of the
plan and its log is made plain with `waymark --unprotect` (SQLite applies
the log through Waymark's encryption as it copies) and that copy is read.

After each round it prints "ok" or "LOST SOMETHING" and how long the oldest
key not yet in the file had been typed when the kill came. At the end it
prints the figures (kills, lost committed records, text lost that was
typed >= 1 s before a kill, the longest time typed text stayed unsaved) and
exits 1 if anything was lost. Ctrl+C (or SIGTERM to this Python process)
stops a long run after the round under way, with the figures so far. WAYMARK_BIN names the program;
tests/reliability/run-kills runs 1,000 by hand.
"""

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e"))
import pyatspi  # noqa: E402
from waymark_e2e import (App, past_welcome, click, find, focus, mnemonic, waymark_env,  # noqa: E402
                         window_called, window_names, wait_for, _keysym)

WAYMARK = os.environ["WAYMARK_BIN"]
KEY_INTERVAL = 0.08          # one key every 80 ms: a quick, steady typist
DURABLE_AFTER = 1.0          # what was typed this long before a kill must be kept
WORDS = ("walk to the allotment and water the beans then call Jo about Sunday "
         "and write down three good things from today before bed ").split()


# The records this suite writes, committed once in the file: none of them
# may ever go missing (Waymark deletes nothing here).
RECORD_TABLES = ("checkin", "goal")

# --protected: the passphrase file, set by main ().
PASSPHRASE_FILE = None


class Killed(Exception):
    pass


class Round:
    """One start of Waymark, its writes, and the kill."""

    def __init__(self, number, plan, tmp, rng):
        self.number = number
        self.plan = plan
        self.tmp = tmp
        self.rng = rng
        self.confirmed = []      # check-in notes the window confirmed saved
        self.typed = []          # (time sent, text so far) for the text being typed
        self.kill_time = None
        self.killer = None
        self.app = None

    # -- the killer ---------------------------------------------------------

    def arm(self, delay):
        def kill():
            time.sleep(delay)
            self.kill_time = time.monotonic()
            try:
                os.killpg(self.app.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        thread = threading.Thread(target=kill, daemon=True)
        thread.start()
        return thread

    def alive(self):
        if self.kill_time is not None:
            raise Killed()

    # -- the writes ----------------------------------------------------------

    def type_steadily(self, text, into=None):
        """Types @text one key at a time, recording when each was sent: as
        key presses, or when @into is given, each character inserted at the
        end of that text node through AT-SPI (a multi-line note, which a
        pointer click does not reliably focus without a window manager)."""
        sent = ""
        editable = into.queryEditableText() if into is not None else None
        if self.killer is None:
            # The random moment counts from the first key, so every round
            # is killed while it writes, however slow the start was.
            self.killer = self.arm(self.rng.uniform(0.2, 10.0))
        for ch in text:
            self.alive()
            if editable is not None:
                editable.insertText(len(sent), ch, len(ch.encode("utf-8")))
            else:
                pyatspi.Registry.generateKeyboardEvent(_keysym(ch), None, pyatspi.KEY_SYM)
            sent += ch
            self.typed.append((time.monotonic(), sent))
            time.sleep(KEY_INTERVAL)  # the typing rate, not a wait for the app

    def a_sentence(self, tag, n_words=6):
        words = self.rng.sample(WORDS, n_words)
        return f"{tag} " + " ".join(words)

    def write_checkin(self, window, k):
        self.alive()
        self.app.press_keys("<Control>j", window=window)
        editor = window_called(self.app, "New Check-in")
        note = find(editor, "text", "Note")
        self.typed = []
        # Short, so that most rounds commit a few before the kill.
        text = self.a_sentence(f"r{self.number}c{k}", 2)
        self.type_steadily(text, into=note)
        self.alive()
        self.app.press_keys("<Control>Return", window=editor)
        wait_for(lambda: self.kill_time is not None or "New Check-in" not in window_names(self.app),
                 message="the check-in did not close")
        self.alive()
        self.confirmed.append(text)
        self.typed = []

    def write_goal(self):
        self.alive()
        click(find(self.app.root, "push button", mnemonic("Add a Goal")))
        editor = window_called(self.app, "Goal")
        title = find(editor, "text", "Goal")
        focus(title)
        self.typed = []
        # A long title, typed without a pause until the kill.
        self.type_steadily(self.a_sentence(f"r{self.number}g") + " " + " ".join(WORDS) * 3)

    def answer_draft_offers(self):
        """A check-in killed while it was written is a draft, which the next
        start offers back ("Continue Your Check-in?"): discarded here (a
        draft is no committed record), so the round's own writes go on."""
        while (left := count_drafts(self.plan)) > 0:
            offer = wait_for(lambda: next((w for w in self.app.windows()
                                           if (w.name or "").startswith("Continue ")), None),
                             45, "a draft was not offered back")
            click(find(offer, "push button", mnemonic("Discard"), showing=True))
            wait_for(lambda: count_drafts(self.plan) < left, 45, "Discard did not delete the draft")

    def run_window(self):
        argv = [WAYMARK, "--data-file=" + self.plan]
        if PASSPHRASE_FILE is not None:
            argv.append("--passphrase-file=" + PASSPHRASE_FILE)
        self.app = App(argv, env=waymark_env(self.tmp, TZ="UTC", WAYMARK_TEST_QUICK_KDF="1"))
        self.app.start()
        window = self.app.window()
        self.answer_draft_offers()
        try:
            # A new plan opens on the welcome: Start My Plan. Goals are
            # written on the Plan page (a plan opens on Today).
            past_welcome(self.app, window)
            self.app.press_keys("<Control>2", window=window)
            k = 0
            while True:
                if self.rng.random() < 0.7:
                    self.write_checkin(window, k)
                    k += 1
                else:
                    self.write_goal()
        except Killed:
            pass
        except Exception:  # noqa: BLE001 - the app vanished under a call
            if self.kill_time is None:
                raise
        self.app.proc.wait(timeout=60)
        self.app.close()
        self.app.cleanup()

    def run_sample_data(self):
        plan = os.path.join(self.tmp, f"sample-{self.number}.waymark")
        proc = subprocess.Popen([WAYMARK, "--data-file=" + plan, "--sample-data=90"],
                                env=dict(os.environ, **waymark_env(self.tmp)),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(self.rng.uniform(0.0, 1.5))   # the random moment of the kill
        self.kill_time = time.monotonic()
        proc.kill()
        proc.wait()
        return plan


# -- reading the plan back ----------------------------------------------------

def readable_copy(plan):
    """@plan itself, or for a protected plan a plain copy of it and its
    log as they are now, made by Waymark; None if Waymark refused it
    (with why), so it counts as damaged."""
    if PASSPHRASE_FILE is None or not os.path.exists(plan):
        return plan, None
    with open(plan, "rb") as f:
        if f.read(24) != b"Waymark protected plan\n\0":
            return plan, None   # a plain plan (--sample-data's rounds)
    folder = tempfile.mkdtemp(prefix="waymark-plain-")
    copy = os.path.join(folder, "plan.waymark")
    for suffix in ("", "-wal"):
        if os.path.exists(plan + suffix):
            shutil.copyfile(plan + suffix, copy + suffix)
    done = subprocess.run([WAYMARK, "--data-file=" + copy, "--unprotect",
                           "--passphrase-file=" + PASSPHRASE_FILE],
                          env=dict(os.environ, **waymark_env(folder, WAYMARK_TEST_QUICK_KDF="1")),
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=120)
    if done.returncode != 0:
        return None, done.stderr.strip()
    return copy, None


def count_drafts(plan):
    plan, _ = readable_copy(plan)
    if plan is None:
        return 0
    db = sqlite3.connect(plan, timeout=30)
    try:
        return db.execute("SELECT count(*) FROM draft").fetchone()[0]
    except sqlite3.OperationalError:
        return 0   # a plan from before drafts
    finally:
        db.close()


def snapshot(plan):
    """{table: set of rowids} and every text cell, with integrity_check."""
    if not os.path.exists(plan):
        return "ok", {}, []
    plan, why = readable_copy(plan)
    if plan is None:
        return f"waymark --unprotect refused it: {why}", {}, []
    db = sqlite3.connect(plan, timeout=30)
    try:
        check = db.execute("PRAGMA integrity_check").fetchone()[0]
        rows, texts = {}, []
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        for table in tables:
            if table in RECORD_TABLES:
                rows[table] = {r[0] for r in db.execute(f'SELECT rowid FROM "{table}"')}
            for row in db.execute(f'SELECT * FROM "{table}"'):
                texts.extend(v for v in row if isinstance(v, str))
                # A draft's fields are a GVariant, its strings UTF-8 inside.
                texts.extend(v.decode("utf-8", "replace") for v in row if isinstance(v, bytes))
        return check, rows, texts
    finally:
        db.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=int(os.environ.get("RELIABILITY_KILLS", "50")))
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--protected", action="store_true",
                        help="the plan protected by a passphrase from the start")
    args = parser.parse_args()

    # Ctrl+C or SIGTERM (a long run by hand, stopped early): finish the
    # round under way and print the figures so far rather than none.
    stop = threading.Event()

    def ask_to_stop(signum, _frame):
        if stop.is_set():
            raise KeyboardInterrupt()   # asked twice: stop at once
        stop.set()
        print(f"\n{signal.Signals(signum).name}: stopping after this round", flush=True)

    signal.signal(signal.SIGINT, ask_to_stop)
    signal.signal(signal.SIGTERM, ask_to_stop)
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    tmp = tempfile.mkdtemp(prefix="waymark-kills-")
    plan = os.path.join(tmp, "plan.waymark")
    if args.protected:
        global PASSPHRASE_FILE
        PASSPHRASE_FILE = os.path.join(tmp, "passphrase")
        with open(os.open(PASSPHRASE_FILE, os.O_WRONLY | os.O_CREAT, 0o600), "w") as f:
            f.write("seven quiet lanterns by the river\n")
        env = dict(os.environ, **waymark_env(tmp, WAYMARK_TEST_QUICK_KDF="1"))
        for command in (["--sample-data=1"], ["--protect", "--passphrase-file=" + PASSPHRASE_FILE]):
            subprocess.run([WAYMARK, "--data-file=" + plan] + command, env=env, check=True,
                           stdout=subprocess.DEVNULL)
    print(f"kill suite: {args.kills} kills, seed {seed}, plan {plan}"
          + (" (protected)" if args.protected else ""), flush=True)

    kills = lost_records = lost_text = bad_integrity = 0
    longest_unsaved = 0.0
    problems = []
    started = time.monotonic()
    _, before, texts_before = snapshot(plan)

    for number in range(args.kills):
        if stop.is_set():
            break
        problems_before = len(problems)
        rnd = Round(number, plan, tmp, rng)
        if number % 5 == 4:
            target = rnd.run_sample_data()
            check, _, _ = snapshot(target)
            kills += 1
            if check != "ok":
                bad_integrity += 1
                problems.append(f"round {number} (sample data): integrity_check: {check}")
            print(f"round {number} (sample data): "
                  f"{'ok' if check == 'ok' else 'LOST SOMETHING'}", flush=True)
            continue

        rnd.run_window()
        kills += 1
        check, after, texts = snapshot(plan)
        if check != "ok":
            bad_integrity += 1
            problems.append(f"round {number}: integrity_check: {check}")

        for table, ids in before.items():
            if table not in RECORD_TABLES:
                continue   # drafts and the like may go once kept for good
            missing = ids - after.get(table, set())
            if missing:
                lost_records += len(missing)
                problems.append(f"round {number}: {len(missing)} committed rows of {table} missing")
        for note in rnd.confirmed:
            if not any(note == t or note in t for t in texts):
                lost_records += 1
                problems.append(f"round {number}: the saved check-in {note!r} is missing")

        # Typed text: the longest prefix found in the file, and how long the
        # first character after it had been typed when the kill came.
        # Only text written in this round counts (a cell that was not in the
        # file before it), so a short prefix can't match an older cell.
        old = set(texts_before)
        written = [t for t in texts if t not in old]
        kept = ""
        for _, text in rnd.typed:
            if any(text in t for t in written):
                kept = text
        unsaved = [(at, text) for at, text in rnd.typed if len(text) > len(kept)]
        age = 0.0
        if unsaved:
            first_lost_at = unsaved[0][0]
            age = rnd.kill_time - first_lost_at
            longest_unsaved = max(longest_unsaved, age)
            if age >= DURABLE_AFTER:
                lost_text += 1
                problems.append(f"round {number}: {len(unsaved)} characters lost, the first typed "
                                f"{age:.2f} s before the kill (kept {len(kept)} of {len(rnd.typed)})")
        before, texts_before = after, texts
        verdict = "ok" if len(problems) == problems_before else "LOST SOMETHING"
        print(f"round {number}: {verdict}, {len(rnd.confirmed)} check-ins confirmed, "
              f"{len(rnd.typed)} keys in the text being typed, "
              + (f"oldest unsaved key {age:.2f} s before the kill" if unsaved
                 else "nothing unsaved"), flush=True)

    elapsed = time.monotonic() - started
    stopped = " (stopped early)" if stop.is_set() and kills < args.kills else ""
    print(f"\nkills: {kills} of {args.kills} in {elapsed:.0f} s (seed {seed}){stopped}")
    print(f"integrity_check not ok: {bad_integrity}")
    print(f"lost committed records: {lost_records}")
    print(f"kills losing text typed >= {DURABLE_AFTER:.0f} s before: {lost_text}")
    print(f"longest time typed text stayed unsaved: {longest_unsaved:.2f} s")
    for problem in problems[:50]:
        print("  " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

"""list_windows -- an accessibility client that lists every application's
windows and their children in a tight loop, as a screen reader's window
list does, until it gets SIGTERM; then prints how many rounds it made.

Run by test_a11y_close.py beside the app under test."""

import signal
import sys

import pyatspi

rounds = 0
stop = False


def _stop(signum, frame):
    global stop
    stop = True


signal.signal(signal.SIGTERM, _stop)
print("listing", flush=True)
while not stop:
    try:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None:
                continue
            for j in range(app.childCount):
                window = app.getChildAtIndex(j)
                if window is None:
                    continue
                _ = (window.name, window.getRoleName(), window.getState())
                for k in range(window.childCount):
                    child = window.getChildAtIndex(k)
                    if child is not None:
                        _ = (child.name, child.childCount)
        rounds += 1
    except Exception:  # noqa: BLE001 - windows come and go under us
        rounds += 1
print(f"rounds {rounds}", flush=True)

#!/usr/bin/python3
"""End to end: Waymark in German, Spanish and French, and right to left.

With LANGUAGE=de (es, fr) the page switches and a few key controls show
that language's words through the accessibility tree; the words expected
are read from the catalogue the build made, so the test follows the
translation. From a workstation running in English, the crisis plan
exported with --language=de|es|fr has that language's headings
(pdftotext), and an unknown language is refused with the list of those
there are. Screenshots of the German UI and of a right-to-left run
(Arabic, from GTK's own catalogue) go to $WAYMARK_SCREENSHOTS.
"""

import gettext
import os
import re
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from waymark_e2e import TIMEOUT, App, find, mnemonic, wait_for, waymark_env  # noqa: E402

WAYMARK = os.environ["WAYMARK_BIN"]
LOCALEDIR = os.environ["WAYMARK_LOCALEDIR"]
SCREENSHOTS = os.environ.get("WAYMARK_SCREENSHOTS") or tempfile.mkdtemp(prefix="waymark-shots-")
LANGUAGES = ("de", "es", "fr")
# build-aux/install-deps makes these locales, so dates and numbers follow too.
LOCALES = {"de": "de_DE.UTF-8", "es": "es_ES.UTF-8", "fr": "fr_FR.UTF-8"}


def catalogue(lang):
    return gettext.translation("waymark", localedir=LOCALEDIR, languages=[lang])


def plain(label):
    """A label as a screen reader hears it: no mnemonic underscore."""
    return label.replace("_", "")


class LanguagesTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="waymark-e2e-languages-")
        os.makedirs(SCREENSHOTS, exist_ok=True)
        self.plan = os.path.join(self.tmp, "sample.waymark")
        subprocess.run([WAYMARK, "--data-file=" + self.plan, "--sample-data=30"], check=True,
                       env=dict(os.environ, **waymark_env(self.tmp)), capture_output=True)

    def test_pages_and_controls_in_each_language(self):
        for lang in LANGUAGES:
            with self.subTest(lang=lang):
                words = catalogue(lang)
                expected = [words.gettext(w) for w in ("Plan", "Journal", "Crisis Plan", "Timeline")]
                self.assertNotEqual(expected, ["Plan", "Journal", "Crisis Plan", "Timeline"],
                                    f"{lang} translates none of the page names")

                with App([WAYMARK, "--data-file=" + self.plan],
                         env=waymark_env(self.tmp, LANGUAGE=lang, LC_ALL=LOCALES[lang])) as app:
                    window = app.window(re.compile(r"Sam Sample"))
                    for name in expected:
                        find(window, "page tab", name, showing=True)

                    app.press_keys("<Control>3", window=window)
                    find(window, "push button", mnemonic(plain(words.gettext("_New Check-in"))), showing=True)
                    # The trend in words, with the locale's decimal comma.
                    find(window, "label", re.compile(r"\d,\d"), showing=True)
                    app.press_keys("<Control>4", window=window)
                    # A plan with content opens to be read.
                    find(window, "label", words.gettext("Take it one step at a time, starting wherever you "
                                                        "can. You don’t have to do this alone: the people "
                                                        "and numbers here are for times like this."),
                         showing=True)
                    app.press_keys("<Control>2", window=window)
                    find(window, "label", words.gettext("Goals"), showing=True)

                    if lang == "de":
                        app.screenshot(os.path.join(SCREENSHOTS, "german-plan.png"))
                        app.press_keys("<Control>3", window=window)
                        find(window, "push button", mnemonic(plain(words.gettext("_New Check-in"))), showing=True)
                        app.screenshot(os.path.join(SCREENSHOTS, "german-journal.png"))

    def test_crisis_plan_printed_in_the_clients_language(self):
        for lang in LANGUAGES:
            with self.subTest(lang=lang):
                pdf = os.path.join(self.tmp, f"crisis-{lang}.pdf")
                subprocess.run([WAYMARK, "--data-file=" + self.plan, "--export-crisis-plan=" + pdf,
                                "--language=" + lang],
                               check=True, env=dict(os.environ, **waymark_env(self.tmp, LANGUAGE="en")),
                               capture_output=True)
                text = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True,
                                      text=True).stdout
                heading = catalogue(lang).gettext("My Crisis Plan")
                self.assertNotEqual(heading, "My Crisis Plan")
                self.assertIn(heading, text)
                self.assertNotIn("My Crisis Plan", text)

        # Unknown: refused, with the languages there are, and no file.
        pdf = os.path.join(self.tmp, "crisis-xx.pdf")
        result = subprocess.run([WAYMARK, "--data-file=" + self.plan, "--export-crisis-plan=" + pdf,
                                 "--language=xx"],
                                env=dict(os.environ, **waymark_env(self.tmp)), capture_output=True, text=True)
        self.assertEqual(result.returncode, 1)
        self.assertIn("de (Deutsch)", result.stderr)
        self.assertIn("fr (Français)", result.stderr)
        self.assertFalse(os.path.exists(pdf))

    def test_right_to_left(self):
        # GLib leaves a program's libraries untranslated when the program
        # has no catalogue for the language (so no one reads half Arabic,
        # half English), and GTK learns the direction from its own. An
        # Arabic catalogue of Waymark's, with only its header, stands for
        # the translation someone may add: GTK then lays everything out
        # right to left, and this is what is checked and photographed.
        localedir = os.path.join(self.tmp, "locale")
        os.makedirs(os.path.join(localedir, "ar", "LC_MESSAGES"))
        header = os.path.join(self.tmp, "ar.po")
        with open(header, "w") as f:
            f.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                    '"Language: ar\\n"\n')
        subprocess.run(["msgfmt", header, "-o", os.path.join(localedir, "ar", "LC_MESSAGES", "waymark.mo")],
                       check=True)

        with App([WAYMARK, "--data-file=" + self.plan],
                 env=waymark_env(self.tmp, LANGUAGE="ar", WAYMARK_LOCALEDIR=localedir)) as app:
            window = app.window(re.compile(r"Sam Sample"))
            tabs = [find(window, "page tab", name, showing=True)
                    for name in ("Plan", "Timeline")]
            # Mirrored: the first page's switch is to the right of the last's.
            wait_for(lambda: tabs[0].queryComponent().getExtents(0).x >
                     tabs[1].queryComponent().getExtents(0).x, TIMEOUT, "the layout is not mirrored")
            app.screenshot(os.path.join(SCREENSHOTS, "rtl-plan.png"))
            app.press_keys("<Control>3", window=window)
            find(window, "push button", mnemonic("New Check-in"), showing=True)
            app.screenshot(os.path.join(SCREENSHOTS, "rtl-journal.png"))


if __name__ == "__main__":
    unittest.main(verbosity=2)

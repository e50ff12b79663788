#!/usr/bin/python3
"""End to end: Waymark in German, Spanish, French, Arabic, Japanese,
Polish, Brazilian Portuguese and Ukrainian, and right to left.

With LANGUAGE=de (es, fr, ar, ja, pl, pt_BR, uk) under that language's locale the page
switches and a few key controls show that language's words through the
accessibility tree; the words expected are read from the catalogue the
build made, so the test follows the translation. From a workstation
running in English, the crisis plan exported with --language=LANG has
that language's headings (pdftotext), and an unknown language is
refused with the list of those there are. In Arabic the window mirrors,
and the charts, which keep time left to right, say so to a screen
reader. Polish, Brazilian Portuguese and Ukrainian print the person's
name and the day's month in that language too, the month declined
after a day where the language does. Screenshots of every page in
German, Arabic, Japanese, Polish, Brazilian Portuguese and Ukrainian go
to $WAYMARK_SCREENSHOTS.
"""

import datetime
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
# The languages to run, from the command line ("ar ja", "pl pt_BR uk");
# de, es and fr when none is given. meson runs de/es/fr, ar/ja and
# pl/pt_BR/uk as three tests, so each stays within its time guard on a
# busy machine.
LANGUAGE_ARGUMENT = r"[a-z]{2}(_[A-Z]{2})?"
LANGUAGES = tuple(a for a in sys.argv[1:] if re.fullmatch(LANGUAGE_ARGUMENT, a)) or ("de", "es", "fr")
sys.argv[1:] = [a for a in sys.argv[1:] if not re.fullmatch(LANGUAGE_ARGUMENT, a)]
# build-aux/install-deps makes these locales, so dates and numbers follow too.
LOCALES = {"de": "de_DE.UTF-8", "es": "es_ES.UTF-8", "fr": "fr_FR.UTF-8",
           "ar": "ar_EG.UTF-8", "ja": "ja_JP.UTF-8",
           "pl": "pl_PL.UTF-8", "pt_BR": "pt_BR.UTF-8", "uk": "uk_UA.UTF-8"}
# The trend in words has a decimal: a comma in de, es, fr, pl, pt_BR and
# uk; a point, or the Arabic decimal separator, in ar_EG and ja_JP.
DECIMAL = {"de": r"\d,\d", "es": r"\d,\d", "fr": r"\d,\d", "ar": r"[\d٠-٩][.٫][\d٠-٩]", "ja": r"\d\.\d",
           "pl": r"\d,\d", "pt_BR": r"\d,\d", "uk": r"\d,\d"}
# Languages whose plan, written in the language, prints its person's name
# and the day's month in it (test_crisis_page_and_card_name_and_month).
DECLINED = ("pl", "pt_BR", "uk")
# Ctrl+1 is Today; these are Ctrl+2 to Ctrl+5.
PAGES = ("plan", "journal", "crisis", "timeline")
TIME_LEFT_TO_RIGHT = ("Time runs from left to right: the oldest day is on the left, the newest on the "
                      "right.")


def unmarked(text):
    """Text as pdftotext gives it back, compared without its bidi controls
    and white space (it spaces out the glyphs of big Arabic text)."""
    return re.sub(r"[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)


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

                    if lang == "ar":
                        # Right to left with the real catalogue: GLib lets GTK
                        # translate too once Waymark has the language, and GTK
                        # learns from its own catalogue that Arabic runs right
                        # to left: the first page's switch is right of the last's.
                        tabs = [find(window, "page tab", expected[i], showing=True) for i in (0, 3)]
                        wait_for(lambda: tabs[0].queryComponent().getExtents(0).x >
                                 tabs[1].queryComponent().getExtents(0).x, TIMEOUT,
                                 "the layout is not mirrored")

                    app.press_keys("<Control>3", window=window)
                    find(window, "push button", mnemonic(plain(words.gettext("_New Check-in"))), showing=True)
                    # The trend in words, with the locale's decimal comma.
                    find(window, "label", re.compile(DECIMAL[lang]), showing=True)
                    app.press_keys("<Control>4", window=window)
                    # A plan with content opens to be read.
                    find(window, "label", words.gettext("Take it one step at a time, starting wherever you "
                                                        "can. You don’t have to do this alone: the people "
                                                        "and numbers here are for times like this."),
                         showing=True)
                    app.press_keys("<Control>2", window=window)
                    find(window, "label", words.gettext("Goals"), showing=True)

                    app.press_keys("<Control>5", window=window)
                    timeline = find(window, None, words.gettext("Timeline"), showing=True,
                                    description=re.compile(r"."))
                    if lang == "ar":
                        # The timeline's chart is not mirrored, and says so.
                        self.assertNotEqual(words.gettext(TIME_LEFT_TO_RIGHT), TIME_LEFT_TO_RIGHT)
                        self.assertTrue(timeline.description.endswith(words.gettext(TIME_LEFT_TO_RIGHT)))
                    else:
                        # Left to right the sentence would only state the obvious.
                        self.assertNotIn(words.gettext(TIME_LEFT_TO_RIGHT), timeline.description)

                    if lang in ("de", "ar", "ja") + DECLINED:
                        for number, page in enumerate(PAGES, start=1):
                            app.press_keys(f"<Control>{number + 1}", window=window)
                            find(window, "page tab", expected[number - 1], showing=True,
                                 states=["selected"])
                            app.screenshot(os.path.join(SCREENSHOTS, f"{lang}-{page}.png"))

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
                # pdftotext gives an Arabic lam-alef ligature's letters back
                # in visual order, so Arabic is checked on a heading without one.
                english = ["Things I Can Do on My Own"] + (["My Crisis Plan"] if lang != "ar" else [])
                for words in english:
                    heading = catalogue(lang).gettext(words)
                    self.assertNotEqual(heading, words)
                    self.assertIn(unmarked(heading), unmarked(text))
                    self.assertNotIn(unmarked(words), unmarked(text))

        # Unknown: refused, with the languages there are, and no file.
        pdf = os.path.join(self.tmp, "crisis-xx.pdf")
        result = subprocess.run([WAYMARK, "--data-file=" + self.plan, "--export-crisis-plan=" + pdf,
                                 "--language=xx"],
                                env=dict(os.environ, **waymark_env(self.tmp)), capture_output=True, text=True)
        self.assertEqual(result.returncode, 1)
        self.assertIn("de (Deutsch)", result.stderr)
        self.assertIn("fr (Français)", result.stderr)
        self.assertFalse(os.path.exists(pdf))

    def test_crisis_page_and_card_name_and_month(self):
        # A plan written in the language (so its person is "Sam Przykład",
        # "Сем Приклад"), printed from a workstation running in English:
        # the heading, the name and this month, each in the language, on
        # the full page and on the wallet card. A glyph the fonts lack
        # would come back from pdftotext as nothing, not as the word.
        months = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
        month = months[datetime.date.today().month - 1]
        languages = [lang for lang in LANGUAGES if lang in DECLINED]
        if not languages:
            self.skipTest("run with pl, pt_BR or uk")
        for lang in languages:
            words = catalogue(lang)
            plan = os.path.join(self.tmp, f"sample-{lang}.waymark")
            subprocess.run([WAYMARK, "--data-file=" + plan, "--sample-data=30"], check=True,
                           env=dict(os.environ, **waymark_env(self.tmp, LANGUAGE=lang, LC_ALL=LOCALES[lang])),
                           capture_output=True)
            name = words.gettext("Sam Sample")
            after_a_day = words.pgettext("month after a day", month)
            self.assertNotEqual(name, "Sam Sample")
            for layout, heading in (("page", "My Crisis Plan"), ("card", "My Crisis Card")):
                with self.subTest(lang=lang, layout=layout):
                    pdf = os.path.join(self.tmp, f"crisis-{lang}-{layout}.pdf")
                    subprocess.run([WAYMARK, "--data-file=" + plan, "--export-crisis-plan=" + pdf,
                                    "--layout=" + layout, "--language=" + lang],
                                   check=True, env=dict(os.environ, **waymark_env(self.tmp, LANGUAGE="en",
                                                                                   LC_ALL="en_US.UTF-8")),
                                   capture_output=True)
                    text = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True,
                                          text=True).stdout
                    self.assertNotEqual(words.gettext(heading), heading)
                    self.assertIn(words.gettext(heading), text)
                    self.assertIn(name, text)
                    # The day it was printed: "6 grudnia 2026", "6 de dezembro de 2026".
                    self.assertRegex(text, r"\b\d{1,2}( de)? " + re.escape(after_a_day) + r"\b")
                    self.assertNotIn(month, text)
            if lang in ("pl", "uk"):
                # The genitive, not the name on its own ("grudzień").
                self.assertNotEqual(after_a_day, words.pgettext("month", month))


if __name__ == "__main__":
    unittest.main(verbosity=2)

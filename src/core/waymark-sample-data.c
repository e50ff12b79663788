/* waymark-sample-data.c: a clearly fictional plan for first looks and tests
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "waymark-sample-data"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <glib/gstdio.h>

#include "waymark-checkin.h"
#include "waymark-contact.h"
#include "waymark-crisis-entry.h"
#include "waymark-goal.h"
#include "waymark-intervention.h"
#include "waymark-medication-dose.h"
#include "waymark-milestone.h"
#include "waymark-plan-entry.h"
#include "waymark-plan-review.h"
#include "waymark-date.h"
#include "waymark-progress-note.h"
#include "waymark-questionnaire-result.h"
#include "waymark-routine-item.h"
#include "waymark-sample-data.h"
#include "waymark-stage.h"
#include "waymark-stage-event.h"
#include "waymark-tracker.h"

/* The sample person is plainly not real: the name says so, so a
 * screenshot or a demo can never be mistaken for someone's plan.
 *
 * Sam's story is told over one year. Every day in the tables below is
 * counted from today: negative days are in the past, positive ones are
 * target dates and the next review, the only dates allowed ahead. A
 * shorter history squeezes the year into itself, so no record falls
 * before its first day and the events keep their order; a longer one
 * keeps the story in its last year, while the daily routine's ticks
 * reach back over all of it.
 *
 * Kinds, dimensions, statuses, subtypes and tags are stored values the
 * views match on, so they are not translated; everything a person
 * reads is. */

#define STORY_DAYS 365

/* A review is due about every three months; the story's last review
 * asks for the next one 91 days after it. */
#define REVIEW_INTERVAL 91

/* From this much history on, the next review is overdue, so the Plan
 * page shows that it is time to review. */
#define OVERDUE_REVIEW_MIN_DAYS 120

/* Routine ticks in the last fortnight follow no hard patch or time
 * away, so the current streaks are what the table says. */
#define STEADY_RECENT_DAYS 14

typedef struct
{
  WaymarkStore *store;
  GDate         today;
  guint         days;
} Sample;

/* The translation of a sample string; "" stays "" (gettext would give
 * the catalogue's header for it). */
static const char *
sample_text (const char *msgid)
{
  return msgid != NULL && *msgid != '\0' ? _(msgid) : "";
}

/* The calendar day @day days from today, a story day when in the past. */
static void
sample_date (const Sample *sample,
             int           day,
             GDate        *date)
{
  *date = sample->today;

  if (day >= 0)
    {
      g_date_add_days (date, day);
    }
  else
    {
      guint ago = (guint) -day;

      g_assert (ago < STORY_DAYS);
      g_date_subtract_days (date, ago * MIN (sample->days, STORY_DAYS) / STORY_DAYS);
    }
}

static char *
iso_date (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}

static char *
sample_day (const Sample *sample,
            int           day)
{
  GDate date;

  sample_date (sample, day, &date);
  return iso_date (&date);
}

static void
set_day (const Sample  *sample,
         WaymarkRecord *record,
         guint          column,
         int            day)
{
  g_autofree char *text = sample_day (sample, day);

  waymark_record_set_text (record, column, text);
}

/* In a squeezed story, two dated entries of one list can fall on the
 * same day; then only the later one is written. */
static gboolean
same_day (const Sample *sample,
          int           day,
          int           next_day)
{
  g_autofree char *date = sample_day (sample, day);
  g_autofree char *next = sample_day (sample, next_day);

  return g_str_equal (date, next);
}

static gboolean
ensure_empty (WaymarkStore  *store,
              GError       **error)
{
  g_autofree char *name = NULL;
  gboolean is_empty = FALSE;

  if (!waymark_store_is_empty (store, &is_empty, error))
    return FALSE;

  if (is_empty)
    return TRUE;

  name = g_path_get_basename (waymark_store_get_path (store));
  g_set_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_EXISTS,
               _("“%s” already holds a plan, so no sample data was written to it."),
               name);
  return FALSE;
}

static gboolean
write_person (Sample  *sample,
              GError **error)
{
  g_autoptr(WaymarkPerson) person = NULL;
  g_autofree char *diagnosis = NULL;
  GDate letter = sample->today;

  /* The diagnosis came before the plan: a letter from over a year ago. */
  g_date_subtract_days (&letter, STORY_DAYS + 40);

  person = waymark_person_new ();
  /* Translators: the name of the clearly fictional sample person. */
  waymark_person_set_name (person, _("Sam Sample"));
  waymark_person_set_pronouns (person, _("they/them"));
  waymark_person_set_date_of_birth (person, "1990-04-12");
  /* Translators: sample data, in the fictional person's own words;
   * %d is the year of the letter. */
  diagnosis = g_strdup_printf (_("Depression and anxiety (from my GP’s letter, %d)"),
                               g_date_get_year (&letter));
  waymark_person_set_diagnosis (person, diagnosis);
  waymark_person_set_recovery_meaning (person,
                                       _("Feeling at home in my own life again: good days "
                                         "with friends, work I care about, and knowing what "
                                         "to do when a hard week comes."));
  waymark_person_set_notes (person, _("This is sample data. Sam is not a real person."));

  return waymark_store_save_person (sample->store, person, error);
}

static gboolean
write_care_team (Sample  *sample,
                 GError **error)
{
  /* Translators: the rest of this file is sample data for a clearly
   * fictional person, Sam Sample, written in Sam's own plain words.
   * Translate it freely so it reads naturally; names may be changed to
   * plainly fictional ones of your language. The phone numbers are
   * reserved for films and drama (UK 020 7946 0xxx, 07700 900xxx);
   * use such numbers of your country, or keep these. */
  static const struct
  {
    const char *name;
    const char *relationship;
    const char *role;
    const char *organisation;
    const char *phone;
    const char *other_contact;
    const char *available_hours;
    const char *notes;
    gboolean    in_care_team;
  } contacts[] = {
    { N_("Dr Helen Marsh"), N_("My GP for years"), N_("GP"),
      N_("Riverside Health Centre"), N_("+44 20 7946 0123"),
      N_("Appointments online through the surgery’s website"),
      N_("Monday to Friday, 8:00–18:30"),
      N_("Ask for a double appointment when there’s a lot to talk about."), TRUE },
    { N_("Alex Morgan"), N_("My CBT therapist"), N_("Therapist"),
      N_("Northfield Talking Therapies"), N_("+44 20 7946 0456"),
      N_("alex.morgan@example.org"),
      N_("Tuesdays and Thursdays, 9:00–17:00"),
      N_("Leave a message if it goes to voicemail; Alex rings back the same day."), TRUE },
    { N_("Dr Ravi Patel"), N_("Consultant who looks after my medication"), N_("Psychiatrist"),
      N_("Northfield Community Mental Health Team"), N_("+44 20 7946 0789"),
      N_("Duty worker on the same number"),
      N_("Monday to Friday, 9:00–17:00"),
      N_("Talk to him before changing or stopping any medication."), TRUE },
    { N_("Kit Chambers"), N_("Has been through it too"), N_("Peer mentor"),
      N_("Northfield Recovery College"), N_("+44 7700 900461"),
      N_("Texts are best"),
      N_("Wednesday afternoons; replies to texts on weekdays"),
      N_("Good for practical things: forms, letters, first days back."), TRUE },
    { N_("Tuesday Evening Peer Group"), N_("People who get it"), N_("Support group"),
      N_("Northfield Wellbeing Hub"), N_("+44 20 7946 0321"),
      N_("Drop in at 14 Mill Lane, no need to book"),
      N_("Tuesdays, 18:30–20:00"),
      "", TRUE },
    { N_("Jo Reed"), N_("Friend since school"), "",
      "", N_("+44 7700 900218"),
      "",
      N_("Evenings and weekends"),
      N_("Knows my warning signs and will check in if I go quiet."), FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (contacts); i++)
    {
      g_autoptr(WaymarkRecord) contact = WAYMARK_RECORD (waymark_contact_new ());

      waymark_record_set_text (contact, WAYMARK_CONTACT_NAME, sample_text (contacts[i].name));
      waymark_record_set_text (contact, WAYMARK_CONTACT_RELATIONSHIP, sample_text (contacts[i].relationship));
      waymark_record_set_text (contact, WAYMARK_CONTACT_ROLE, sample_text (contacts[i].role));
      waymark_record_set_text (contact, WAYMARK_CONTACT_ORGANISATION, sample_text (contacts[i].organisation));
      waymark_record_set_text (contact, WAYMARK_CONTACT_PHONE, sample_text (contacts[i].phone));
      waymark_record_set_text (contact, WAYMARK_CONTACT_OTHER_CONTACT, sample_text (contacts[i].other_contact));
      waymark_record_set_text (contact, WAYMARK_CONTACT_AVAILABLE_HOURS, sample_text (contacts[i].available_hours));
      waymark_record_set_text (contact, WAYMARK_CONTACT_NOTES, sample_text (contacts[i].notes));
      waymark_record_set_int (contact, WAYMARK_CONTACT_IN_CARE_TEAM, contacts[i].in_care_team);

      if (!waymark_store_save (sample->store, contact, error))
        return FALSE;
    }

  return TRUE;
}

typedef struct
{
  int         day;
  int         progress;
  const char *note;
} SampleNote;

static gboolean
write_goals (Sample  *sample,
             GError **error)
{
  /* Translators: sample data for the fictional Sam Sample: goals and
   * notes on their progress, in Sam's words. */
  static const struct
  {
    const char *title;
    const char *dimension;
    const char *horizon;
    const char *target;
    int         start_day;
    int         target_day;
    const char *status;
    int         progress;
    SampleNote  notes[3];   /* oldest first; the rest are empty */
  } goals[] = {
    { N_("Walk 30 minutes, 5 days a week"), "health", "short",
      N_("30 minutes outside, 5 days a week, for a month"),
      -120, 30, "active", 65,
      { { -110, 20, N_("Three walks this week, mostly round the block.") },
        { -60, 45, N_("Four days most weeks now. Rain is still my excuse.") },
        { -12, 65, N_("Five days last week for the first time!") } } },
    { N_("In bed by 23:00 on most nights"), "health", "short",
      N_("Lights out by 23:00 at least 5 nights a week, for 6 weeks"),
      -280, -150, "achieved", 100,
      { { -200, 50, N_("Charging my phone in the kitchen helps a lot.") },
        { -140, 100, N_("Six weeks in a row. Keeping it in my daily routine.") } } },
    { N_("Cut down to two coffees a day"), "health", "short",
      N_("No more than 2 coffees a day, none after 14:00"),
      -40, 20, "active", 40,
      { { -8, 40, N_("Swapped the afternoon one for tea most days.") } } },
    { N_("Make my flat feel like home again"), "home", "long",
      N_("Clear the spare room, put up shelves and have a friend round for dinner"),
      -250, 120, "active", 40,
      { { -180, 15, N_("Spare room: three bags to the charity shop.") },
        { -45, 40, N_("The shelves are up. Jo helped with the drill.") } } },
    { N_("Cook a proper meal three evenings a week"), "home", "short",
      N_("3 home-cooked dinners a week, for 6 weeks"),
      -210, -160, "achieved", 100,
      { { -158, 100, N_("Six weeks done. The easy meal list on the fridge made the difference.") } } },
    { N_("Go back to work part time"), "purpose", "long",
      N_("Three days a week at the library, on a phased return"),
      -190, 150, "active", 35,
      { { -150, 10, N_("Talked to my manager about a phased return.") },
        { -70, 25, N_("Occupational health appointment done; the plan is agreed.") },
        { -20, 35, N_("Two half days a week now. Tired, but proud of myself.") } } },
    { N_("Finish the online bookkeeping course"), "purpose", "short",
      N_("All 8 modules done"),
      -260, 60, "paused", 50,
      { { -132, 50, N_("Pausing this while I settle back into work. Four of eight modules done.") } } },
    { N_("Volunteer at the community garden"), "purpose", "long",
      N_("One morning a week, for a season"),
      -30, 180, "active", 20,
      { { 0 } } },
    { N_("See a friend in person every week"), "community", "short",
      N_("One meet-up a week, for 8 weeks"),
      -100, 10, "active", 75,
      { { -80, 30, N_("Coffee with Jo. I nearly cancelled and I’m glad I didn’t.") },
        { -25, 75, N_("Six weeks out of the last eight.") } } },
    { N_("Go to the Tuesday peer group four times"), "community", "short",
      N_("4 evenings at the group"),
      -185, -150, "achieved", 100,
      { { -152, 100, N_("Fourth time! I spoke in the group tonight.") } } },
    { N_("Sing in a choir again"), "community", "long",
      N_("Join the community choir and go to a whole term of rehearsals"),
      -220, -60, "let-go", 20,
      { { -125, 20, N_("Letting this go for now: evening rehearsals leave me wiped out. "
                       "Maybe another year.") } } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (goals); i++)
    {
      g_autoptr(WaymarkRecord) goal = WAYMARK_RECORD (waymark_goal_new ());
      gint64 goal_id;

      waymark_record_set_text (goal, WAYMARK_GOAL_TITLE, sample_text (goals[i].title));
      waymark_record_set_text (goal, WAYMARK_GOAL_DIMENSION, goals[i].dimension);
      waymark_record_set_text (goal, WAYMARK_GOAL_HORIZON, goals[i].horizon);
      waymark_record_set_text (goal, WAYMARK_GOAL_TARGET, sample_text (goals[i].target));
      set_day (sample, goal, WAYMARK_GOAL_START_DATE, goals[i].start_day);
      set_day (sample, goal, WAYMARK_GOAL_TARGET_DATE, goals[i].target_day);
      waymark_record_set_text (goal, WAYMARK_GOAL_STATUS, goals[i].status);
      waymark_record_set_int (goal, WAYMARK_GOAL_PROGRESS, goals[i].progress);

      if (!waymark_store_save (sample->store, goal, error))
        return FALSE;
      goal_id = waymark_record_get_id (goal);

      for (guint j = 0; j < G_N_ELEMENTS (goals[i].notes) && goals[i].notes[j].note != NULL; j++)
        {
          const SampleNote *note = &goals[i].notes[j];
          g_autoptr(WaymarkRecord) record = NULL;

          if (j + 1 < G_N_ELEMENTS (goals[i].notes) && goals[i].notes[j + 1].note != NULL &&
              same_day (sample, note->day, goals[i].notes[j + 1].day))
            continue;

          record = WAYMARK_RECORD (waymark_progress_note_new ());
          waymark_record_set_reference (record, WAYMARK_PROGRESS_NOTE_GOAL_ID, goal_id);
          set_day (sample, record, WAYMARK_PROGRESS_NOTE_DATE, note->day);
          waymark_record_set_int (record, WAYMARK_PROGRESS_NOTE_PROGRESS, note->progress);
          waymark_record_set_text (record, WAYMARK_PROGRESS_NOTE_NOTE, sample_text (note->note));

          if (!waymark_store_save (sample->store, record, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
write_routine (Sample  *sample,
               GError **error)
{
  /* Translators: sample data for the fictional Sam Sample: things Sam
   * does every day. */
  static const struct
  {
    const char *title;
    double      likely;   /* the chance of it on a good day, late in the year */
    double      swing;    /* how much a hard patch, or the early months, take off */
    guint       streak;   /* days done in a row, up to yesterday */
    gboolean    today;    /* already done today */
  } items[] = {
    { N_("In bed by 23:00"), 0.75, 0.45, 6, FALSE },
    { N_("A walk outside"), 0.70, 0.55, 3, FALSE },
    { N_("Take my medication"), 0.95, 0.15, 12, TRUE },
    { N_("Eat a proper breakfast"), 0.65, 0.45, 4, TRUE },
    { N_("Message a friend"), 0.50, 0.60, 0, FALSE },
  };
  g_autoptr(GRand) dice = g_rand_new_with_seed (42);
  gint64 ids[G_N_ELEMENTS (items)];
  GDate first = sample->today;
  GDate hard_from, hard_to;
  guint hard_left = 0;
  guint away_left = 0;

  for (guint j = 0; j < G_N_ELEMENTS (items); j++)
    {
      g_autoptr(WaymarkRecord) item = WAYMARK_RECORD (waymark_routine_item_new ());

      waymark_record_set_text (item, WAYMARK_ROUTINE_ITEM_TITLE, sample_text (items[j].title));
      if (!waymark_store_save (sample->store, item, error))
        return FALSE;
      ids[j] = waymark_record_get_id (item);
    }

  /* The hard few weeks that led to the second review (see
   * write_reviews ()) show in the routine too. */
  sample_date (sample, -262, &hard_from);
  sample_date (sample, -240, &hard_to);

  g_date_subtract_days (&first, sample->days - 1);

  for (guint i = 0; i < sample->days; i++)
    {
      guint ago = sample->days - 1 - i;
      double recovered = sample->days > 1 ? (double) i / (sample->days - 1) : 1.0;
      gboolean hard;
      GDate day = first;

      g_date_add_days (&day, i);

      /* Ups and downs: now and then a hard patch of a week or two, and
       * rarely a few days away with nothing ticked at all. */
      if (ago < STEADY_RECENT_DAYS)
        hard_left = away_left = 0;
      else if (hard_left > 0)
        hard_left--;
      else if (away_left > 0)
        away_left--;
      else
        {
          double roll = g_rand_double (dice);

          if (roll < 1.0 / 150)
            away_left = g_rand_int_range (dice, 3, 7);
          else if (roll < 1.0 / 150 + 1.0 / 90)
            hard_left = g_rand_int_range (dice, 5, 15);
        }

      hard = hard_left > 0 ||
             (sample->days >= 60 &&
              g_date_compare (&day, &hard_from) >= 0 && g_date_compare (&day, &hard_to) <= 0);

      for (guint j = 0; j < G_N_ELEMENTS (items); j++)
        {
          gboolean done;

          if (ago == 0)
            done = items[j].today;
          else if (ago <= items[j].streak)
            done = TRUE;
          else if (ago == items[j].streak + 1)
            done = FALSE;
          else if (away_left > 0)
            done = FALSE;
          else
            {
              double chance = items[j].likely * (1.0 - items[j].swing * (1.0 - recovered));

              if (hard)
                chance *= 1.0 - items[j].swing;
              done = g_rand_double (dice) < chance;
            }

          if (done && !waymark_store_set_routine_done (sample->store, ids[j], &day, TRUE, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
write_toolbox (Sample  *sample,
               GError **error)
{
  /* Translators: sample data for the fictional Sam Sample: what keeps
   * Sam well, what can set them back, and what Sam will do about it. */
  static const struct
  {
    const char *kind;
    const char *text;
    const char *response;
    const char *tags[4];
  } entries[] = {
    { WAYMARK_PLAN_ENTRY_WELLNESS_TOOL, N_("A walk by the river, even a short one"), "",
      { "calming", "energising" } },
    { WAYMARK_PLAN_ENTRY_WELLNESS_TOOL, N_("Ringing or texting Jo"), "",
      { "social", "calming" } },
    { WAYMARK_PLAN_ENTRY_WELLNESS_TOOL, N_("My slow-mornings playlist, with the curtains open"), "",
      { "calming" } },
    { WAYMARK_PLAN_ENTRY_WELLNESS_TOOL, N_("Box breathing: in for 4, hold for 4, out for 4, hold for 4"), "",
      { "calming" } },
    { WAYMARK_PLAN_ENTRY_WELLNESS_TOOL, N_("Cooking something simple from scratch"), "",
      { "energising" } },
    { WAYMARK_PLAN_ENTRY_WELLNESS_TOOL, N_("The Saturday yoga class"), "",
      { "calming", "energising", "social" } },
    { WAYMARK_PLAN_ENTRY_WELLNESS_TOOL, N_("Writing down three things that went all right today"), "",
      { "calming" } },
    { WAYMARK_PLAN_ENTRY_WELLNESS_TOOL, N_("Coffee with someone from the Tuesday group"), "",
      { "social", "energising" } },

    { WAYMARK_PLAN_ENTRY_TRIGGER, N_("Money worries, like a bill I wasn’t expecting"),
      N_("I open post with a cup of tea in the daytime, never late at night, and ring "
         "the number on it the next morning. If it’s a big one, I ask Kit to help me "
         "make a plan."), { NULL } },
    { WAYMARK_PLAN_ENTRY_TRIGGER, N_("The anniversary of Dad’s death"),
      N_("I plan the day ahead: time with Jo, a walk to the park he liked, and no big "
         "jobs. It’s all right for it to be a sad day."), { NULL } },
    { WAYMARK_PLAN_ENTRY_TRIGGER, N_("Tension or arguments, at home or at work"),
      N_("I take ten minutes out before I answer, and say how I feel once I’m calmer."),
      { NULL } },
    { WAYMARK_PLAN_ENTRY_TRIGGER, N_("A few bad nights’ sleep in a row"),
      N_("I go back to my wind-down: screens off at 22:00, a bath, a book. If it lasts "
         "a week, I tell my GP."), { NULL } },

    { WAYMARK_PLAN_ENTRY_WARNING_SIGN, N_("I start cancelling plans and leaving messages unanswered"),
      N_("When I notice I’m cancelling plans, I text Jo and go for a short walk, even "
         "ten minutes."), { NULL } },
    { WAYMARK_PLAN_ENTRY_WARNING_SIGN, N_("I stay in bed late on days I don’t have to be up"),
      N_("I plan one small thing for the morning and open the curtains as soon as I "
         "wake up."), { NULL } },
    { WAYMARK_PLAN_ENTRY_WARNING_SIGN, N_("I stop cooking and live on toast"),
      N_("I use the easy meal list on the fridge and book a food delivery for the "
         "week."), { NULL } },
    { WAYMARK_PLAN_ENTRY_WARNING_SIGN, N_("My thoughts get harsh: “what’s the point”, “I always mess up”"),
      N_("I write the thought down and ask what I’d say to a friend who thought it. "
         "I take the page to my next session with Alex."), { NULL } },

    { WAYMARK_PLAN_ENTRY_BREAKDOWN_SIGN, N_("I can’t get out of bed most days and I stop eating properly"),
      N_("I ring my GP for an appointment that day and tell Jo, so someone checks "
         "in on me every day until it lifts."), { NULL } },
    { WAYMARK_PLAN_ENTRY_BREAKDOWN_SIGN, N_("I stop taking my medication, or I’m hardly sleeping at all"),
      N_("I ring the duty worker on Dr Patel’s number the same day, and let Jo "
         "know I’ve done it."), { NULL } },
    { WAYMARK_PLAN_ENTRY_BREAKDOWN_SIGN, N_("I feel that everyone would be better off without me"),
      N_("I tell someone straight away, Jo or my GP or the team, and follow my crisis "
         "plan. I don’t have to wait until it gets worse."), { NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autoptr(WaymarkRecord) entry = WAYMARK_RECORD (waymark_plan_entry_new ());

      waymark_record_set_text (entry, WAYMARK_PLAN_ENTRY_KIND, entries[i].kind);
      waymark_record_set_text (entry, WAYMARK_PLAN_ENTRY_TEXT, sample_text (entries[i].text));
      waymark_record_set_text (entry, WAYMARK_PLAN_ENTRY_RESPONSE, sample_text (entries[i].response));

      if (!waymark_store_save (sample->store, entry, error))
        return FALSE;

      if (entries[i].tags[0] != NULL &&
          !waymark_store_set_tags (sample->store, waymark_record_get_id (entry),
                                   (const char * const *) entries[i].tags, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_treatments (Sample  *sample,
                  GError **error)
{
  /* Translators: sample data for the fictional Sam Sample: Sam's
   * treatments and supports, and the history of a medication's dose. */
  static const struct
  {
    const char *kind;
    const char *subtype;
    const char *name;
    const char *provider;
    const char *schedule;
    const char *dose;
    const char *prescriber;
    const char *purpose;
    int         start_day;
    int         end_day;    /* 0: still going */
    const char *notes;
  } treatments[] = {
    { WAYMARK_INTERVENTION_PSYCHOTHERAPY, "CBT", N_("CBT with Alex"),
      N_("Alex Morgan, Northfield Talking Therapies"), N_("Weekly, Tuesdays at 10:00"), "", "",
      N_("Low mood and worry: noticing harsh thoughts and answering them back"),
      -200, 0,
      N_("Bring my thought diary. We look at how it’s going every six sessions.") },
    { WAYMARK_INTERVENTION_MEDICATION, "SSRI", N_("Sertraline"),
      N_("Northfield Community Mental Health Team"),
      N_("Once a day, in the morning with breakfast"), N_("100 mg"), N_("Dr Ravi Patel"),
      N_("Low mood and anxiety"),
      -340, 0,
      N_("An upset stomach and poor sleep in the first two weeks, then it settled. "
         "Don’t stop suddenly: talk to Dr Patel first.") },
    { WAYMARK_INTERVENTION_COMMUNITY_SUPPORT, "Group", N_("Tuesday evening peer group"),
      N_("Northfield Wellbeing Hub"), N_("Tuesdays, 18:30–20:00"), "", "",
      N_("Meeting people who get it, and getting used to being around people again"),
      -185, 0,
      N_("Kit goes too, so there’s always a friendly face.") },
    { WAYMARK_INTERVENTION_COMPLEMENTARY, "Yoga", N_("Gentle yoga"),
      N_("Mill Lane Community Centre"), N_("Saturdays at 9:30"), "", "",
      N_("A calmer body and better sleep"),
      -110, 0,
      N_("Bring my own mat; the class is pay-what-you-can.") },
    { WAYMARK_INTERVENTION_PSYCHOTHERAPY, "CBT", N_("Guided self-help course"),
      N_("Wellbeing practitioner at Riverside Health Centre"), N_("Six sessions, every two weeks"),
      "", "",
      N_("Learning how low mood works, while I waited for therapy"),
      -364, -290,
      N_("Helped me see the pattern between what I do and how I feel. Led on to CBT.") },
  };
  /* Sertraline's dose over time, oldest first. */
  static const struct
  {
    int         day;
    const char *dose;
    const char *schedule;
    const char *note;
  } doses[] = {
    { -340, N_("25 mg"), N_("Once a day, in the morning"),
      N_("Started low because of the anxiety.") },
    { -326, N_("50 mg"), N_("Once a day, in the morning"),
      N_("Up to the usual dose after two weeks, as planned.") },
    { -233, N_("100 mg"), N_("Once a day, in the morning with breakfast"),
      N_("Raised after the review: mornings were still very low.") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (treatments); i++)
    {
      g_autoptr(WaymarkRecord) treatment = WAYMARK_RECORD (waymark_intervention_new ());
      gboolean is_medication = g_str_equal (treatments[i].kind, WAYMARK_INTERVENTION_MEDICATION);

      waymark_record_set_text (treatment, WAYMARK_INTERVENTION_KIND, treatments[i].kind);
      waymark_record_set_text (treatment, WAYMARK_INTERVENTION_SUBTYPE, treatments[i].subtype);
      waymark_record_set_text (treatment, WAYMARK_INTERVENTION_NAME, sample_text (treatments[i].name));
      waymark_record_set_text (treatment, WAYMARK_INTERVENTION_PROVIDER, sample_text (treatments[i].provider));
      waymark_record_set_text (treatment, WAYMARK_INTERVENTION_SCHEDULE, sample_text (treatments[i].schedule));
      waymark_record_set_text (treatment, WAYMARK_INTERVENTION_DOSE, sample_text (treatments[i].dose));
      waymark_record_set_text (treatment, WAYMARK_INTERVENTION_PRESCRIBER, sample_text (treatments[i].prescriber));
      waymark_record_set_text (treatment, WAYMARK_INTERVENTION_PURPOSE, sample_text (treatments[i].purpose));
      set_day (sample, treatment, WAYMARK_INTERVENTION_START_DATE, treatments[i].start_day);
      if (treatments[i].end_day != 0)
        set_day (sample, treatment, WAYMARK_INTERVENTION_END_DATE, treatments[i].end_day);
      waymark_record_set_text (treatment, WAYMARK_INTERVENTION_NOTES, sample_text (treatments[i].notes));

      if (!waymark_store_save (sample->store, treatment, error))
        return FALSE;

      if (!is_medication)
        continue;

      for (guint j = 0; j < G_N_ELEMENTS (doses); j++)
        {
          g_autoptr(WaymarkRecord) dose = NULL;

          if (j + 1 < G_N_ELEMENTS (doses) && same_day (sample, doses[j].day, doses[j + 1].day))
            continue;

          dose = WAYMARK_RECORD (waymark_medication_dose_new ());
          waymark_record_set_reference (dose, WAYMARK_MEDICATION_DOSE_INTERVENTION_ID,
                                        waymark_record_get_id (treatment));
          set_day (sample, dose, WAYMARK_MEDICATION_DOSE_DATE, doses[j].day);
          waymark_record_set_text (dose, WAYMARK_MEDICATION_DOSE_DOSE, sample_text (doses[j].dose));
          waymark_record_set_text (dose, WAYMARK_MEDICATION_DOSE_SCHEDULE, sample_text (doses[j].schedule));
          waymark_record_set_text (dose, WAYMARK_MEDICATION_DOSE_NOTE, sample_text (doses[j].note));

          if (!waymark_store_save (sample->store, dose, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
write_reviews (Sample  *sample,
               GError **error)
{
  /* Translators: sample data for the fictional Sam Sample: the times
   * Sam's plan was looked at again, who was there and what changed. */
  static const struct
  {
    int         day;
    const char *participants;
    const char *changes;
    int         next_day;
  } reviews[] = {
    { -285, N_("Me and Dr Marsh (GP)"),
      N_("Wrote my first plan: a daily routine, my wellness tools and my warning signs. "
         "Guided self-help is finished, so Dr Marsh referred me for CBT."),
      -195 },
    { -235, N_("Me, Dr Patel (psychiatrist) and Jo"),
      N_("After a hard few weeks: Sertraline up to 100 mg, and a plan for when things "
         "are breaking down. Jo will check in when I go quiet."),
      -130 },
    { -130, N_("Me, Alex (therapist) and Kit (peer mentor)"),
      N_("Mostly good news: the sleep goal is met and I go to the Tuesday group. "
         "Added yoga, paused the bookkeeping course to focus on going back to work."),
      -39 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (reviews); i++)
    {
      g_autoptr(WaymarkRecord) review = NULL;
      gboolean latest = i + 1 == G_N_ELEMENTS (reviews);

      if (!latest && same_day (sample, reviews[i].day, reviews[i + 1].day))
        continue;

      review = WAYMARK_RECORD (waymark_plan_review_new ());
      set_day (sample, review, WAYMARK_PLAN_REVIEW_DATE, reviews[i].day);
      waymark_record_set_text (review, WAYMARK_PLAN_REVIEW_PARTICIPANTS, sample_text (reviews[i].participants));
      waymark_record_set_text (review, WAYMARK_PLAN_REVIEW_CHANGES, sample_text (reviews[i].changes));

      /* With a long history the next review is overdue, which is what
       * the Plan page should show off; with a short one it lies ahead. */
      if (latest && sample->days < OVERDUE_REVIEW_MIN_DAYS)
        {
          GDate next;
          g_autofree char *text = NULL;

          sample_date (sample, reviews[i].day, &next);
          g_date_add_days (&next, REVIEW_INTERVAL);
          text = iso_date (&next);
          waymark_record_set_text (review, WAYMARK_PLAN_REVIEW_NEXT_REVIEW_DATE, text);
        }
      else
        set_day (sample, review, WAYMARK_PLAN_REVIEW_NEXT_REVIEW_DATE, reviews[i].next_day);

      if (!waymark_store_save (sample->store, review, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * waymark_sample_data_fill:
 * @store: an empty plan
 * @days: how many days of history to write: the daily routine is
 *   ticked over them, and the plan's year of events is squeezed into
 *   them when they are fewer
 * @today: (nullable): the last day of the history; today when %NULL
 * @error: return location for an error
 *
 * Fills an empty plan with the fictional person and every section of
 * their recovery plan, in one transaction: all of it or nothing. The
 * same @days and @today always give the same plan. Refuses a plan that
 * already holds anything.
 */
static gint64
find_contact (Sample     *sample,
              const char *name)
{
  g_autoptr(GListModel) contacts = waymark_store_list (sample->store, WAYMARK_TYPE_CONTACT, NULL, NULL);
  guint n = contacts ? g_list_model_get_n_items (contacts) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkRecord) contact = g_list_model_get_item (contacts, i);

      if (g_str_equal (waymark_record_get_text (contact, WAYMARK_CONTACT_NAME), name))
        return waymark_record_get_id (contact);
    }

  return 0;
}

static gboolean
write_crisis_plan (Sample  *sample,
                   GError **error)
{
  /* Translators: sample data: Sam's crisis plan, in Sam's own words. The
   * crisis line is fictional; 999 is the emergency number in the UK,
   * where Sam lives: use your country's. */
  static const struct
  {
    const char *section;
    const char *text;
    const char *detail;
  } entries[] = {
    { "warning-signs", N_("I stop answering my phone and close the curtains in the day"), "" },
    { "warning-signs", N_("Thinking “everyone would be better off without me”"), "" },
    { "warning-signs", N_("Lying awake going over the same worries"), "" },
    { "coping", N_("Box breathing for five minutes, counting out loud"), "" },
    { "coping", N_("A hot shower, then my slow-mornings playlist"), "" },
    { "coping", N_("Walk to the end of the road and back, whatever the weather"), "" },
    { "distraction", N_("The library on Mill Lane, where it’s quiet but not empty"), "" },
    { "distraction", N_("The café at the Wellbeing Hub"), "" },
    { "safe-environment", N_("Give my spare medication to Jo to keep"), N_("Jo") },
    { "safe-environment", N_("Ask the pharmacy for weekly packs instead of monthly"), N_("Dr Marsh") },
    { "reasons", N_("My niece Ellie, and being there when she starts school"), "" },
    { "reasons", N_("The allotment in spring"), "" },
    { "reasons", N_("Getting back to work I care about"), "" },
    { "takeover-signs", N_("I haven’t eaten or left the flat for three days"), "" },
    { "takeover-signs", N_("I can’t follow a conversation or make small choices"), "" },
    { "supporters-do", N_("Sit with me, make tea, and help me call Dr Patel’s team"), "" },
    { "supporters-do", N_("Feed my cat, Biscuit"), "" },
    { "supporters-avoid", N_("Please don’t argue with me or tell me to cheer up"), "" },
    { "medications", N_("Sertraline 100 mg each morning"), "" },
    { "medications", N_("Allergic to penicillin"), "" },
    { "treatments-preferred", N_("The home treatment team, so I can stay at home"), "" },
    { "treatments-avoid", N_("Please avoid benzodiazepines; they leave me foggy for days"), "" },
    { "plan-ends", N_("When I’m sleeping most nights and answering messages again for a week"), "" },
    { "emergency-number", N_("999"), "" },
  };
  static const struct
  {
    const char *section;
    const char *contact;
  } people[] = {
    { "help-people", N_("Jo Reed") },
    { "help-people", N_("Kit Chambers") },
    { "professionals", N_("Alex Morgan") },
    { "professionals", N_("Dr Ravi Patel") },
    { "supporters", N_("Jo Reed") },
    { "supporters", N_("Dr Helen Marsh") },
  };
  g_autoptr(WaymarkRecord) line = WAYMARK_RECORD (waymark_contact_new ());

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autoptr(WaymarkRecord) entry = WAYMARK_RECORD (waymark_crisis_entry_new ());

      waymark_record_set_text (entry, WAYMARK_CRISIS_ENTRY_SECTION, entries[i].section);
      waymark_record_set_text (entry, WAYMARK_CRISIS_ENTRY_TEXT, sample_text (entries[i].text));
      waymark_record_set_text (entry, WAYMARK_CRISIS_ENTRY_DETAIL, sample_text (entries[i].detail));
      if (!waymark_store_save (sample->store, entry, error))
        return FALSE;
    }

  /* People are the care team's own records, shared. */
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(WaymarkRecord) entry = WAYMARK_RECORD (waymark_crisis_entry_new ());
      gint64 id = find_contact (sample, sample_text (people[i].contact));

      if (id == 0)
        continue;
      waymark_record_set_text (entry, WAYMARK_CRISIS_ENTRY_SECTION, people[i].section);
      waymark_record_set_reference (entry, WAYMARK_CRISIS_ENTRY_CONTACT_ID, id);
      if (!waymark_store_save (sample->store, entry, error))
        return FALSE;
    }

  /* A crisis line of Sam's own, open at night. */
  waymark_record_set_text (line, WAYMARK_CONTACT_NAME, sample_text (N_("Northfield Crisis Line")));
  waymark_record_set_text (line, WAYMARK_CONTACT_ROLE, sample_text (N_("Crisis line")));
  waymark_record_set_text (line, WAYMARK_CONTACT_PHONE, sample_text (N_("+44 20 7946 0999")));
  waymark_record_set_text (line, WAYMARK_CONTACT_AVAILABLE_HOURS, sample_text (N_("Every day, 24 hours")));
  if (!waymark_store_save (sample->store, line, error))
    return FALSE;
  {
    g_autoptr(WaymarkRecord) entry = WAYMARK_RECORD (waymark_crisis_entry_new ());

    waymark_record_set_text (entry, WAYMARK_CRISIS_ENTRY_SECTION, "professionals");
    waymark_record_set_reference (entry, WAYMARK_CRISIS_ENTRY_CONTACT_ID, waymark_record_get_id (line));
    return waymark_store_save (sample->store, entry, error);
  }
}

/* A soft wave of about seven weeks, the slow climb of the year, hard
 * patches and the odd day off: the kind of line a real journal draws.
 * Moods are 0-10; the returned mood is before rounding. */
static double
sample_mood (GRand   *dice,
             double   recovered,
             guint    i,
             gboolean hard)
{
  double mood = 3.6 + 3.0 * recovered + 1.1 * sin (2.0 * G_PI * i / 47.0) +
                g_rand_double_range (dice, -1.4, 1.4);

  if (hard)
    mood -= 2.2;

  return CLAMP (mood, 0.0, 10.0);
}

static gboolean
write_trackers (Sample  *sample,
                gint64  *went_outside,
                gint64  *pain,
                GError **error)
{
  g_autoptr(WaymarkRecord) outside = WAYMARK_RECORD (waymark_tracker_new ());
  g_autoptr(WaymarkRecord) aches = WAYMARK_RECORD (waymark_tracker_new ());

  /* Translators: sample data for the fictional Sam Sample: things Sam
   * keeps track of in check-ins. */
  waymark_record_set_text (outside, WAYMARK_TRACKER_NAME, _("Went outside"));
  waymark_record_set_text (outside, WAYMARK_TRACKER_KIND, WAYMARK_TRACKER_YES_NO);
  waymark_record_set_text (aches, WAYMARK_TRACKER_NAME, _("Back pain"));
  waymark_record_set_text (aches, WAYMARK_TRACKER_KIND, WAYMARK_TRACKER_SCALE);

  if (!waymark_store_save (sample->store, outside, error) ||
      !waymark_store_save (sample->store, aches, error))
    return FALSE;

  *went_outside = waymark_record_get_id (outside);
  *pain = waymark_record_get_id (aches);
  return TRUE;
}

static gboolean
write_questionnaire (Sample            *sample,
                     GRand             *dice,
                     WaymarkQuestionnaireKind kind,
                     const GDate       *day,
                     double             mood,
                     GError           **error)
{
  const WaymarkQuestionnaire *questionnaire = waymark_questionnaire_get (kind);
  g_autoptr(WaymarkQuestionnaireResult) result = waymark_questionnaire_result_new ();
  g_autoptr(GDateTime) taken_at = NULL;
  int answers[16] = { 0 };

  /* Lower moods, higher scores; the last PHQ-9 item always "not at
   * all": the sample never asks anyone to reach for help. */
  for (guint i = 0; i < questionnaire->n_items; i++)
    {
      double level = (7.0 - mood) / 2.5 + g_rand_double_range (dice, -0.8, 0.8);

      answers[i] = CLAMP ((int) round (level), 0, WAYMARK_QUESTIONNAIRE_MAX_ANSWER);
    }
  if (kind == WAYMARK_QUESTIONNAIRE_PHQ9)
    answers[8] = 0;

  taken_at = g_date_time_new_local (g_date_get_year (day), g_date_get_month (day), g_date_get_day (day),
                                    19, 30, 0);
  waymark_questionnaire_result_set_answers (result, questionnaire, answers, taken_at);

  return waymark_store_save (sample->store, WAYMARK_RECORD (result), error);
}

static gboolean
write_journal (Sample  *sample,
               GError **error)
{
  /* Translators: sample data for the fictional Sam Sample: notes of
   * check-ins, from harder days to good ones. */
  static const char * const low_notes[] = {
    N_("Heavy day. Stayed in most of it."),
    N_("Didn’t sleep much, everything felt like too much."),
    N_("Cancelled on Jo. Felt bad about it after."),
    N_("Hard one. Used the breathing exercise twice."),
  };
  static const char * const mid_notes[] = {
    N_("Ordinary day. Laundry, soup, an early night."),
    N_("Bit wobbly in the morning, better after lunch."),
    N_("Therapy today. Tired but it helped."),
    N_("Rain all day, read instead of walking."),
  };
  static const char * const good_notes[] = {
    N_("Walked by the river with Jo. Felt like myself."),
    N_("Good day at the library. Someone thanked me."),
    N_("Cooked a proper meal and ate at the table."),
    N_("Peer group was warm today. Spoke up for once."),
  };
  /* Translators: sample data for the fictional Sam Sample: activity
   * tags of check-ins, short and lower case as a person types them. */
  static const char * const tags[] = {
    N_("walk"), N_("friends"), N_("library"), N_("therapy"), N_("rest"), N_("music"), N_("cooking"),
  };
  g_autoptr(GRand) dice = g_rand_new_with_seed (42);
  g_autoptr(GListModel) medications = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gint64 went_outside, pain;
  GDate first = sample->today;
  GDate hard_from, hard_to;
  guint away_left = 0;
  guint hard_left = 0;

  if (!write_trackers (sample, &went_outside, &pain, error))
    return FALSE;

  medications = waymark_store_list (sample->store, WAYMARK_TYPE_INTERVENTION, NULL, error);
  if (medications == NULL)
    return FALSE;

  sample_date (sample, -262, &hard_from);
  sample_date (sample, -240, &hard_to);
  g_date_subtract_days (&first, sample->days - 1);

  for (guint i = 0; i < sample->days; i++)
    {
      guint ago = sample->days - 1 - i;
      double recovered = sample->days > 1 ? (double) i / (sample->days - 1) : 1.0;
      gboolean hard;
      guint n_checkins = 1;
      double mood;
      GDate day = first;

      g_date_add_days (&day, i);

      /* Gaps: days without a check-in, now and then a week or two away
       * from the journal, and once in a long history a month. */
      if (away_left > 0)
        {
          away_left--;
          continue;
        }
      if (ago > 3)
        {
          double roll = g_rand_double (dice);

          if (roll < 1.0 / 1200 && sample->days > 2 * STORY_DAYS)
            away_left = 30;
          else if (roll < 1.0 / 120)
            away_left = g_rand_int_range (dice, 4, 14);
          else if (roll < 0.15)
            continue;
        }
      if (ago > STEADY_RECENT_DAYS && hard_left == 0 && g_rand_double (dice) < 1.0 / 100)
        hard_left = g_rand_int_range (dice, 5, 12);
      if (hard_left > 0)
        hard_left--;

      hard = hard_left > 0 ||
             (sample->days >= 60 &&
              g_date_compare (&day, &hard_from) >= 0 && g_date_compare (&day, &hard_to) <= 0);
      mood = sample_mood (dice, recovered, i, hard);

      if (g_rand_double (dice) < 0.08)
        n_checkins = 2;

      for (guint n = 0; n < n_checkins; n++)
        {
          g_autoptr(WaymarkCheckin) checkin = waymark_checkin_new ();
          g_autoptr(WaymarkCheckinDetails) details = waymark_checkin_details_new ();
          g_autoptr(GDateTime) at = NULL;
          WaymarkRecord *record = WAYMARK_RECORD (checkin);
          double day_mood = CLAMP (mood + (n > 0 ? g_rand_double_range (dice, -1.0, 1.0) : 0), 0, 10);
          int hour = n_checkins == 2 && n == 0 ? 13 : 20 + g_rand_int_range (dice, 0, 3);
          const char * const *notes;
          double sleep;

          at = g_date_time_new_local (g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day),
                                      hour, g_rand_int_range (dice, 0, 60), 0);
          /* Today's evening check-in can't be later than now. */
          if (g_date_time_compare (at, now) > 0)
            {
              g_date_time_unref (at);
              at = g_date_time_add_minutes (now, -10);
            }
          waymark_checkin_set_time (checkin, at);

          sleep = CLAMP (6.0 + 1.6 * recovered + g_rand_double_range (dice, -1.5, 1.2) - (hard ? 1.2 : 0), 3.0, 10.0);
          waymark_record_set_int (record, WAYMARK_CHECKIN_MOOD, (int) round (day_mood));
          waymark_record_set_int (record, WAYMARK_CHECKIN_ANXIETY,
                                  CLAMP ((int) round (9.5 - day_mood + g_rand_double_range (dice, -1.5, 1.5)), 0, 10));
          waymark_record_set_int (record, WAYMARK_CHECKIN_ENERGY,
                                  CLAMP ((int) round (day_mood - 0.5 + g_rand_double_range (dice, -1.5, 1.5)), 0, 10));
          if (n == 0)
            {
              waymark_record_set_real (record, WAYMARK_CHECKIN_SLEEP_HOURS, round (sleep * 2.0) / 2.0);
              waymark_record_set_int (record, WAYMARK_CHECKIN_SLEEP_QUALITY,
                                      CLAMP ((int) round (sleep - 1.0 + g_rand_double_range (dice, -1.5, 1.5)), 0, 10));
            }

          if (g_rand_double (dice) < 0.45)
            {
              int which = g_rand_int_range (dice, 0, G_N_ELEMENTS (low_notes));

              notes = day_mood < 4.5 ? low_notes : day_mood < 6.5 ? mid_notes : good_notes;
              waymark_record_set_text (record, WAYMARK_CHECKIN_NOTE, _(notes[which]));
              /* Sam shares the notes about what helped (the breathing
               * exercise, therapy, the peer group) with the care team;
               * the rest stay private. */
              waymark_record_set_int (record, WAYMARK_CHECKIN_SHARE_WITH_CARE_TEAM,
                                      which == (notes == mid_notes ? 2 : 3));
            }

          for (guint t = 0; t < G_N_ELEMENTS (tags); t++)
            if (g_rand_double (dice) < (day_mood > 5 ? 0.25 : 0.1))
              waymark_checkin_details_add_tag (details, _(tags[t]));

          if (n == 0)
            {
              WaymarkTrackerValue outside = { went_outside, g_rand_double (dice) < 0.3 + day_mood / 12.0 };
              WaymarkTrackerValue aches = { pain, CLAMP (round (g_rand_double_range (dice, 0, 5) - recovered * 2), 0, 10) };

              g_array_append_val (details->trackers, outside);
              g_array_append_val (details->trackers, aches);

              for (guint m = 0; m < g_list_model_get_n_items (medications); m++)
                {
                  g_autoptr(WaymarkRecord) medication = g_list_model_get_item (medications, m);
                  WaymarkTick taken = { waymark_record_get_id (medication), g_rand_double (dice) < 0.94 };

                  if (!g_str_equal (waymark_record_get_text (medication, WAYMARK_INTERVENTION_KIND),
                                    WAYMARK_INTERVENTION_MEDICATION))
                    continue;
                  g_array_append_val (details->medications, taken);
                }
            }

          if (!waymark_store_save_checkin (sample->store, checkin, details, error))
            return FALSE;
        }

      /* Every four weeks or so, a PHQ-9 and a GAD-7 (the last story year). */
      if (ago < STORY_DAYS && ago % 28 == 3)
        {
          if (!write_questionnaire (sample, dice, WAYMARK_QUESTIONNAIRE_PHQ9, &day, mood, error) ||
              !write_questionnaire (sample, dice, WAYMARK_QUESTIONNAIRE_GAD7, &day, mood, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* Sam's journey through the stages of recovery, and the days that
 * mattered on the way. It follows the rest of the story: the guided
 * self-help, the first plan, the hard weeks around day -262 and the
 * review after them, CBT, the peer group and going back to work. */
static gboolean
write_journey (Sample  *sample,
               GError **error)
{
  /* Translators: sample data for the fictional Sam Sample: the stages
   * of recovery Sam recorded, with a note in Sam's own words. */
  static const struct
  {
    int         day;
    const char *stage;
    const char *note;
  } stages[] = {
    { -364, WAYMARK_STAGE_MORATORIUM,
      N_("Everything feels on hold. I’m just getting through the days.") },
    { -320, WAYMARK_STAGE_AWARENESS,
      N_("The self-help sessions made me see I’m not the only one, and people do get better.") },
    { -285, WAYMARK_STAGE_PREPARATION,
      N_("Wrote my first plan with Dr Marsh: what keeps me well and what to watch for.") },
    { -272, WAYMARK_STAGE_ACTION,
      N_("Using the plan every day: the routine, the walks, the breathing.") },
    { -255, WAYMARK_STAGE_PREPARATION,
      N_("The hard weeks knocked me back. Working out what I need again, with more help this time.") },
    { -200, WAYMARK_STAGE_ACTION,
      N_("Started CBT with Alex. Trying things out again, one at a time.") },
    { -45, WAYMARK_STAGE_HEALING,
      N_("Going back to work is planned, and I see friends most weeks. I feel like me again most days.") },
  };
  /* Translators: sample data for the fictional Sam Sample: days on
   * Sam's timeline, in Sam's own words. */
  static const struct
  {
    int         day;
    const char *kind;
    const char *title;
    const char *note;
  } milestones[] = {
    { -364, WAYMARK_MILESTONE_FIRST_APPOINTMENT, N_("First session with the wellbeing practitioner"),
      N_("I nearly didn’t go. She was kind and didn’t rush me.") },
    { -300, WAYMARK_MILESTONE_OWN_EVENT, N_("Dad’s anniversary"),
      N_("Walked to his park with Jo. A sad day, and that was all right.") },
    { -262, WAYMARK_MILESTONE_SETBACK, N_("A hard few weeks"),
      N_("Stopped answering messages and stayed in bed. Jo noticed and came round.") },
    { -226, WAYMARK_MILESTONE_SOBRIETY_DATE, N_("No more wine to get to sleep"),
      N_("Dr Patel said it works against the sertraline. I count the days because it helps me, "
         "not to be hard on myself.") },
    { -200, WAYMARK_MILESTONE_TREATMENT_CHANGE, N_("Started CBT with Alex"),
      N_("Weekly sessions on Tuesday mornings.") },
    { -90, WAYMARK_MILESTONE_OWN_EVENT, N_("Ellie’s birthday party"),
      N_("Stayed the whole afternoon, and enjoyed it.") },
    { -60, WAYMARK_MILESTONE_PLAN_REVIEW, N_("Care review with the community team"),
      N_("Dr Patel and I agreed to keep the sertraline as it is for six more months.") },
    { -12, WAYMARK_MILESTONE_GOAL_ACHIEVED, N_("Five walks in one week"),
      N_("The first time ever. On the way to my walking goal.") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    {
      g_autoptr(WaymarkRecord) event = NULL;

      /* In a squeezed story, the later of two stages on one day is
       * the one that day keeps. */
      if (i + 1 < G_N_ELEMENTS (stages) && same_day (sample, stages[i].day, stages[i + 1].day))
        continue;

      event = WAYMARK_RECORD (waymark_stage_event_new ());
      set_day (sample, event, WAYMARK_STAGE_EVENT_DATE, stages[i].day);
      waymark_record_set_text (event, WAYMARK_STAGE_EVENT_STAGE, stages[i].stage);
      waymark_record_set_text (event, WAYMARK_STAGE_EVENT_NOTE, sample_text (stages[i].note));

      if (!waymark_store_save (sample->store, event, error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (milestones); i++)
    {
      g_autoptr(WaymarkRecord) milestone = WAYMARK_RECORD (waymark_milestone_new ());

      set_day (sample, milestone, WAYMARK_MILESTONE_DATE, milestones[i].day);
      waymark_record_set_text (milestone, WAYMARK_MILESTONE_KIND, milestones[i].kind);
      waymark_record_set_text (milestone, WAYMARK_MILESTONE_TITLE, sample_text (milestones[i].title));
      waymark_record_set_text (milestone, WAYMARK_MILESTONE_NOTE, sample_text (milestones[i].note));

      if (!waymark_store_save (sample->store, milestone, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
waymark_sample_data_fill (WaymarkStore  *store,
                          guint          days,
                          GDate         *today,
                          GError       **error)
{
  Sample sample = { store, { 0 }, days };
  gboolean ok;

  g_return_val_if_fail (WAYMARK_IS_STORE (store), FALSE);
  g_return_val_if_fail (days > 0 && days <= WAYMARK_SAMPLE_DATA_MAX_DAYS, FALSE);
  g_return_val_if_fail (today == NULL || g_date_valid (today), FALSE);

  if (today != NULL)
    sample.today = *today;
  else
    waymark_local_today (NULL, NULL, &sample.today);

  if (!waymark_store_begin_batch (store, error))
    return FALSE;

  ok = ensure_empty (store, error) &&
       write_person (&sample, error) &&
       write_care_team (&sample, error) &&
       write_goals (&sample, error) &&
       write_routine (&sample, error) &&
       write_toolbox (&sample, error) &&
       write_treatments (&sample, error) &&
       write_reviews (&sample, error) &&
       write_crisis_plan (&sample, error) &&
       write_journal (&sample, error) &&
       write_journey (&sample, error);

  if (!waymark_store_end_batch (store, ok, ok ? error : NULL))
    return FALSE;

  return ok;
}

/**
 * waymark_sample_data_write_file_full:
 * @path: where the plan goes: a new file, or an existing empty plan
 * @days: how many days of history to write
 * @today: (nullable): the last day of the history; today when %NULL
 * @notice: (out) (optional) (nullable): what opening the plan found
 *   beside it and moved aside, for the person (waymark_store_get_open_notice ())
 * @error: return location for an error
 *
 * Writes sample data into a new plan at @path (or into an existing plan
 * that holds nothing yet). A file that holds anything else is refused
 * untouched. If writing fails part-way, a file this call created is
 * removed again, so no half-written plan is left behind.
 */
gboolean
waymark_sample_data_write_file_full (const char  *path,
                                     guint        days,
                                     GDate       *today,
                                     char       **notice,
                                     GError     **error)
{
  g_autoptr(WaymarkStore) store = NULL;
  gboolean created;

  created = !g_file_test (path, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK);
  store = waymark_store_open (path,
                              created ? WAYMARK_STORE_CREATE_NEW : WAYMARK_STORE_OPEN_EXISTING,
                              error);
  if (store == NULL)
    return FALSE;

  if (notice != NULL)
    *notice = g_strdup (waymark_store_get_open_notice (store));

  if (!waymark_sample_data_fill (store, days, today, error))
    {
      waymark_store_close (store);

      if (created)
        {
          static const char * const suffixes[] = { "", "-wal", "-shm" };

          for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
            {
              g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
              g_unlink (file);
            }
        }
      return FALSE;
    }

  return TRUE;
}

/**
 * waymark_sample_data_write_file:
 *
 * waymark_sample_data_write_file_full () without the notice.
 */
gboolean
waymark_sample_data_write_file (const char  *path,
                                guint        days,
                                GDate       *today,
                                GError     **error)
{
  return waymark_sample_data_write_file_full (path, days, today, NULL, error);
}

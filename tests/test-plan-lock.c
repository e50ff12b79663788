/* test-plan-lock.c: one writer per plan: a second opening in this
 * process or another is told who has it, a left-over lock is taken,
 * taking over stops the first one writing, and a network share gets a
 * rollback journal with the lock kept
 *
 * Copyright 2026 The Waymark developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "waymark-filesystem.h"
#include "waymark-goal.h"
#include "waymark-sqlite.h"
#include "waymark-store-private.h"
#include "waymark-test-utils.h"

static const char *self_exe;

static char *
new_plan_path (char **tmp)
{
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  char *path;

  *tmp = waymark_test_make_tmpdir ();
  path = g_build_filename (*tmp, "plan.waymark", NULL);
  store = waymark_store_open (path, WAYMARK_STORE_CREATE_NEW, &error);
  g_assert_no_error (error);

  return path;
}

static gboolean
save_goal (WaymarkStore  *store,
           const char    *title,
           GError       **error)
{
  g_autoptr(WaymarkGoal) goal = waymark_goal_new ();

  waymark_record_set_text (WAYMARK_RECORD (goal), WAYMARK_GOAL_TITLE, title);
  return waymark_store_save (store, WAYMARK_RECORD (goal), error);
}

static int
count_goals (const char *path)
{
  sqlite3 *db = NULL;
  int n = -1;

  /* Read straight from the file, as any other program would. */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_true (waymark_sqlite_query_int (db, "SELECT count(*) FROM goal", &n, NULL));
  sqlite3_close (db);

  return n;
}

static void
write_lock_file (const char *path,
                 const char *host,
                 gint64      pid)
{
  g_autofree char *lock_path = waymark_plan_lock_path_for (path);
  g_autofree char *contents = NULL;

  contents = g_strdup_printf ("[Waymark Lock]\nHost=%s\nUser=alex\nPid=%" G_GINT64_FORMAT "\n"
                              "Since=2026-12-05T14:05:00+01:00\nToken=left-over-token\n",
                              host, pid);
  g_assert_true (g_file_set_contents (lock_path, contents, -1, NULL));
}

static void
test_second_open_in_this_process (void)
{
  g_autofree char *tmp = NULL;
  g_autofree char *path = new_plan_path (&tmp);
  g_autofree char *lock_path = waymark_plan_lock_path_for (path);
  g_autoptr(WaymarkStore) first = NULL;
  g_autoptr(WaymarkStore) second = NULL;
  g_autoptr(WaymarkPlanLockOwner) owner = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  first = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_false (waymark_store_is_read_only (first));

  /* The lock file: beside the plan, private, naming this process. */
  g_assert_cmpint (g_stat (lock_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  owner = waymark_plan_lock_read_owner (path);
  g_assert_nonnull (owner);
  g_assert_cmpstr (owner->host, ==, g_get_host_name ());
  g_assert_cmpstr (owner->user, ==, g_get_user_name ());
  g_assert_cmpint (owner->pid, ==, getpid ());
  g_assert_nonnull (owner->since);
  g_assert_cmpint (ABS (g_date_time_difference (now, owner->since)), <, 60 * G_TIME_SPAN_SECOND);

  /* A second window of the same program is told, too. */
  second = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_LOCKED);
  g_assert_null (second);
  g_assert_nonnull (strstr (error->message, "another Waymark window on this computer"));
  g_clear_error (&error);

  /* Closed, the plan is free again, and no lock file is left. */
  waymark_store_close (first);
  g_assert_false (g_file_test (lock_path, G_FILE_TEST_EXISTS));
  second = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_true (save_goal (second, "Walk to the allotment", &error));
  g_assert_no_error (error);

  g_clear_object (&second);
  g_clear_object (&first);

  /* Reading only (the command line's export) takes no lock, so a window
   * opening the plan at the same time is not told it is open elsewhere. */
  first = waymark_store_open_full (path, WAYMARK_STORE_OPEN_EXISTING,
                                   WAYMARK_PLAN_LOCK_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (waymark_store_is_read_only (first));
  g_assert_false (g_file_test (lock_path, G_FILE_TEST_EXISTS));
  second = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_false (waymark_store_is_read_only (second));
  g_assert_true (save_goal (second, "Written while another reads", &error));
  g_assert_no_error (error);
  g_assert_cmpint (waymark_test_count_rows (first, "SELECT count(*) FROM goal"), ==, 2);

  g_clear_object (&second);
  g_clear_object (&first);
  waymark_test_remove_tree (tmp);
}

/* A person's first plan: its folder is made with it, and it is locked too. */
static void
test_new_plan_in_new_folder (void)
{
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "not", "yet", "plan.waymark", NULL);
  g_autofree char *lock_path = waymark_plan_lock_path_for (path);
  g_autoptr(WaymarkStore) first = NULL;
  g_autoptr(WaymarkStore) second = NULL;
  g_autoptr(GError) error = NULL;

  first = waymark_store_open (path, WAYMARK_STORE_OPEN_OR_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (lock_path, G_FILE_TEST_IS_REGULAR));
  second = waymark_store_open (path, WAYMARK_STORE_OPEN_OR_CREATE, &error);
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_LOCKED);
  g_assert_null (second);

  g_clear_object (&first);
  g_assert_false (g_file_test (lock_path, G_FILE_TEST_EXISTS));
  waymark_test_remove_tree (tmp);
}

/* The child: holds the plan until its stdin closes. */
static int
hold_plan (const char *path)
{
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  char c;

  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      return 1;
    }
  g_print ("ready\n");
  fflush (stdout);

  while (read (STDIN_FILENO, &c, 1) > 0)
    ;
  return 0;
}

static void
test_other_process_holds_it (void)
{
  g_autofree char *tmp = NULL;
  g_autofree char *path = new_plan_path (&tmp);
  const char *argv[] = { self_exe, "--hold-plan", path, NULL };
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(WaymarkPlanLockOwner) owner = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GPid child;
  int child_in, child_out, status;
  char ready[6] = { 0 };
  gssize n = 0;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                            NULL, NULL, &child, &child_in, &child_out, NULL, &error);
  g_assert_no_error (error);

  /* A blocking read: the child writes "ready" once it has the plan, or
   * exits (end of file) if it could not. */
  while (n < 6)
    {
      gssize got = read (child_out, ready + n, 6 - n);

      g_assert_cmpint (got, >, 0);
      n += got;
    }
  g_assert_cmpmem (ready, 6, "ready\n", 6);

  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_LOCKED);
  g_assert_null (store);
  g_clear_error (&error);

  owner = waymark_plan_lock_read_owner (path);
  g_assert_nonnull (owner);
  g_assert_cmpint (owner->pid, ==, child);
  g_assert_cmpstr (owner->host, ==, g_get_host_name ());
  g_assert_cmpstr (owner->user, ==, g_get_user_name ());
  g_assert_nonnull (owner->since);

  /* Read-only: everything can be read, nothing written. */
  store = waymark_store_open_full (path, WAYMARK_STORE_OPEN_EXISTING,
                                   WAYMARK_PLAN_LOCK_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (waymark_store_is_read_only (store));
  message = waymark_plan_lock_dup_message (waymark_store_get_lock (store));
  g_assert_nonnull (strstr (message, "Read-only"));
  g_assert_cmpint (waymark_test_count_rows (store, "SELECT count(*) FROM goal"), ==, 0);
  g_assert_false (save_goal (store, "Not kept", &error));
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  /* Even SQL that skips the store's check is refused by SQLite. */
  g_assert_cmpint (sqlite3_exec (waymark_store_get_db (store),
                                 "INSERT INTO goal (title) VALUES ('sneaked')", NULL, NULL, NULL),
                   !=, SQLITE_OK);
  g_assert_cmpint (count_goals (path), ==, 0);

  /* Closing a read-only opening leaves the holder's lock alone. */
  g_clear_object (&store);
  g_clear_pointer (&owner, waymark_plan_lock_owner_free);
  owner = waymark_plan_lock_read_owner (path);
  g_assert_nonnull (owner);
  g_assert_cmpint (owner->pid, ==, child);

  /* The child lets go; then the plan is free. */
  close (child_in);
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  close (child_out);
  g_spawn_close_pid (child);

  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_false (waymark_store_is_read_only (store));

  g_clear_object (&store);
  waymark_test_remove_tree (tmp);
}

static void
test_left_over_lock_is_taken (void)
{
  g_autofree char *tmp = NULL;
  g_autofree char *path = new_plan_path (&tmp);
  const char *argv[] = { "/bin/true", NULL };
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(WaymarkPlanLockOwner) owner = NULL;
  g_autoptr(GError) error = NULL;
  GPid gone;
  int status;

  /* A process of this computer that is gone. */
  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &gone, &error);
  g_assert_no_error (error);
  g_assert_cmpint (waitpid (gone, &status, 0), ==, gone);
  g_spawn_close_pid (gone);

  write_lock_file (path, g_get_host_name (), gone);
  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_false (waymark_store_is_read_only (store));
  owner = waymark_plan_lock_read_owner (path);
  g_assert_cmpint (owner->pid, ==, getpid ());
  g_assert_true (save_goal (store, "Kept", &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  g_clear_pointer (&owner, waymark_plan_lock_owner_free);

  /* A process ID that is alive (init) but holds no lock on the file:
   * the ID went to another program, and the lock is left over. */
  write_lock_file (path, g_get_host_name (), 1);
  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_false (waymark_store_is_read_only (store));
  g_clear_object (&store);

  /* This very process, with a token it does not hold (a previous run
   * that had the same process ID). */
  write_lock_file (path, g_get_host_name (), getpid ());
  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  /* Another computer: nobody can tell, so the person is asked. */
  write_lock_file (path, "clinic-ws-3", 4242);
  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_LOCKED);
  g_assert_null (store);
  g_assert_nonnull (strstr (error->message, "This plan is open on clinic-ws-3 (by alex) since "));
  g_clear_error (&error);
  owner = waymark_plan_lock_read_owner (path);
  g_assert_cmpstr (owner->host, ==, "clinic-ws-3");
  g_assert_cmpint (count_goals (path), ==, 1);

  waymark_test_remove_tree (tmp);
}

static void
read_only_cb (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_take_over (void)
{
  g_autofree char *tmp = NULL;
  g_autofree char *path = new_plan_path (&tmp);
  g_autoptr(WaymarkStore) first = NULL;
  g_autoptr(WaymarkStore) second = NULL;
  g_autoptr(WaymarkPlanLockOwner) owner = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint notified = 0;

  first = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_true (save_goal (first, "Before", &error));
  g_signal_connect (waymark_store_get_lock (first), "notify::read-only",
                    G_CALLBACK (read_only_cb), &notified);

  second = waymark_store_open_full (path, WAYMARK_STORE_OPEN_EXISTING,
                                    WAYMARK_PLAN_LOCK_TAKE_OVER, &error);
  g_assert_no_error (error);
  g_assert_false (waymark_store_is_read_only (second));

  /* The first finds out at its next write, and writes nothing. */
  g_assert_false (waymark_store_is_read_only (first));
  g_assert_false (save_goal (first, "After the take-over", &error));
  g_assert_error (error, WAYMARK_STORE_ERROR, WAYMARK_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "taken over"));
  g_clear_error (&error);
  g_assert_true (waymark_store_is_read_only (first));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (waymark_plan_lock_get_taken_over (waymark_store_get_lock (first)));
  message = waymark_plan_lock_dup_message (waymark_store_get_lock (first));
  g_assert_nonnull (strstr (message, "stopped saving"));
  g_assert_cmpint (count_goals (path), ==, 1);

  /* The new holder writes; the old one closing leaves its lock alone. */
  g_assert_true (save_goal (second, "By the new holder", &error));
  g_assert_no_error (error);
  g_clear_object (&first);
  owner = waymark_plan_lock_read_owner (path);
  g_assert_nonnull (owner);
  g_assert_true (save_goal (second, "Still the new holder", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_goals (path), ==, 3);

  g_clear_object (&second);
  waymark_test_remove_tree (tmp);
}

static gboolean
keep_awake_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* A window left alone finds out too, within a few seconds, and lets go
 * of SQLite's lock (which a network share would keep) for the new holder. */
static void
test_take_over_noticed_while_idle (void)
{
  g_autofree char *tmp = NULL;
  g_autofree char *path = new_plan_path (&tmp);
  g_autoptr(WaymarkStore) first = NULL;
  g_autoptr(WaymarkStore) second = NULL;
  g_autoptr(GError) error = NULL;
  guint notified = 0;
  gint64 deadline;
  guint tick;

  first = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_signal_connect (waymark_store_get_lock (first), "notify::read-only",
                    G_CALLBACK (read_only_cb), &notified);
  second = waymark_store_open_full (path, WAYMARK_STORE_OPEN_EXISTING,
                                    WAYMARK_PLAN_LOCK_TAKE_OVER, &error);
  g_assert_no_error (error);

  /* No write from the first: only its watch can tell it. (The 100 ms
   * tick only keeps the loop from sleeping past the deadline.) */
  tick = g_timeout_add (100, keep_awake_cb, NULL);
  deadline = g_get_monotonic_time () + 30 * G_TIME_SPAN_SECOND;
  while (notified == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (waymark_store_is_read_only (first));
  g_assert_false (waymark_store_is_read_only (second));

  g_clear_object (&first);
  g_clear_object (&second);
  waymark_test_remove_tree (tmp);
}

static void
test_network_decision (void)
{
  struct { guint64 magic; gboolean network; } cases[] = {
    { 0x6969, TRUE },                           /* NFS */
    { 0x517B, TRUE },                           /* SMB */
    { 0xFE534D42, TRUE },                       /* SMB2 */
    { 0xFF534D42, TRUE },                       /* CIFS */
    { (guint64) (gint64) (gint32) 0xFF534D42, TRUE }, /* CIFS, sign-extended */
    { 0x65735546, TRUE },                       /* FUSE: sshfs, gvfs */
    { 0x01021997, TRUE },                       /* 9p */
    { 0xEF53, FALSE },                          /* ext4 */
    { 0x9123683E, FALSE },                      /* btrfs */
    { 0x58465342, FALSE },                      /* XFS */
    { 0x01021994, FALSE },                      /* tmpfs */
    { 0x794C7630, FALSE },                      /* overlayfs */
  };
  g_autofree char *tmp = waymark_test_make_tmpdir ();
  guint64 f_type = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (waymark_filesystem_type_is_network (cases[i].magic), ==, cases[i].network);
  g_assert_cmpstr (waymark_filesystem_type_name (0x6969), ==, "nfs");

  /* The test folder is on a local disk, and the override is honoured. */
  g_assert_true (waymark_filesystem_get_type (tmp, &f_type));
  if (waymark_filesystem_type_is_network (f_type))
    g_test_message ("the test folder is on %s", waymark_filesystem_type_name (f_type));
  g_setenv ("WAYMARK_TEST_FS_TYPE", "0xFF534D42", TRUE);
  g_assert_true (waymark_filesystem_is_network (tmp));
  g_unsetenv ("WAYMARK_TEST_FS_TYPE");

  waymark_test_remove_tree (tmp);
}

static char *
query_text (WaymarkStore *store,
            const char   *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (waymark_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return text;
}

static void
test_network_share_uses_rollback_journal (void)
{
  g_autofree char *tmp = NULL;
  g_autofree char *path = new_plan_path (&tmp);   /* made on the local disk: WAL */
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(WaymarkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *journal_mode = NULL;
  g_autofree char *locking_mode = NULL;

  g_assert_cmpuint ((waymark_test_header_u32 (path, 16) & 0xff), ==, 2);   /* the read version byte: 2 is WAL */

  /* The same plan, found on an NFS share. */
  g_setenv ("WAYMARK_TEST_FS_TYPE", "0x6969", TRUE);
  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  journal_mode = query_text (store, "PRAGMA journal_mode");
  locking_mode = query_text (store, "PRAGMA locking_mode");
  g_assert_cmpstr (journal_mode, ==, "delete");
  g_assert_cmpstr (locking_mode, ==, "exclusive");

  g_assert_true (save_goal (store, "Written on the share", &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_clear_object (&store);
  g_unsetenv ("WAYMARK_TEST_FS_TYPE");

  /* The header says rollback journal now (1), and the goal is there. */
  g_assert_cmpuint ((waymark_test_header_u32 (path, 16) & 0xff), ==, 1);
  g_assert_cmpint (count_goals (path), ==, 1);

  /* Back on a local disk, it gets the write-ahead log again. */
  store = waymark_store_open (path, WAYMARK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_clear_pointer (&journal_mode, g_free);
  g_clear_pointer (&locking_mode, g_free);
  journal_mode = query_text (store, "PRAGMA journal_mode");
  locking_mode = query_text (store, "PRAGMA locking_mode");
  g_assert_cmpstr (journal_mode, ==, "wal");
  g_assert_cmpstr (locking_mode, ==, "normal");
  g_clear_object (&store);

  /* A new plan made on a share starts with the rollback journal. */
  g_setenv ("WAYMARK_TEST_FS_TYPE", "0x65735546", TRUE);
  {
    g_autofree char *other = g_build_filename (tmp, "shared.waymark", NULL);

    store = waymark_store_open (other, WAYMARK_STORE_CREATE_NEW, &error);
    g_assert_no_error (error);
    g_clear_pointer (&journal_mode, g_free);
    journal_mode = query_text (store, "PRAGMA journal_mode");
    g_assert_cmpstr (journal_mode, ==, "delete");
    g_clear_object (&store);
    g_assert_cmpuint ((waymark_test_header_u32 (other, 16) & 0xff), ==, 1);
  }
  g_unsetenv ("WAYMARK_TEST_FS_TYPE");

  waymark_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--hold-plan"))
    return hold_plan (argv[2]);

  self_exe = argv[0];
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/waymark/plan-lock/second-open-in-this-process", test_second_open_in_this_process);
  g_test_add_func ("/waymark/plan-lock/new-plan-in-new-folder", test_new_plan_in_new_folder);
  g_test_add_func ("/waymark/plan-lock/other-process", test_other_process_holds_it);
  g_test_add_func ("/waymark/plan-lock/left-over", test_left_over_lock_is_taken);
  g_test_add_func ("/waymark/plan-lock/take-over", test_take_over);
  g_test_add_func ("/waymark/plan-lock/take-over-noticed-while-idle", test_take_over_noticed_while_idle);
  g_test_add_func ("/waymark/plan-lock/network-decision", test_network_decision);
  g_test_add_func ("/waymark/plan-lock/network-journal", test_network_share_uses_rollback_journal);

  return g_test_run ();
}

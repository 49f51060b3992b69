/*
 * CTerminalGuard: puts the terminal back on every way out of the board.
 *
 * The board ends curses (endwin) on its normal way out. This small C part covers the others:
 *
 * - SIGHUP, SIGTERM and SIGINT set a flag (the board's loop sees it within one poll, quits and
 *   ends curses as usual). A second such signal while the first is pending, or any signal when
 *   the loop is stuck, restores the terminal at once and ends the process with that signal.
 * - A crash (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT: a Swift trap is SIGILL or SIGTRAP)
 *   restores the terminal at once and re-raises the signal with its default action.
 *
 * Restoring at once uses only async-signal-safe calls: write() (through frontline_write_all, the
 * project's one full-write loop, in CFrontlineSys) of the bytes that leave the
 * alternate screen and show the cursor (taken from terminfo when curses started), and
 * tcsetattr() with the terminal modes saved before curses changed them.
 *
 * It is plain C (no curses) so that its globals exist once in the program and its handlers
 * run no Swift code.
 */
#ifndef FRONTLINE_TERMINAL_GUARD_H
#define FRONTLINE_TERMINAL_GUARD_H

#include <stddef.h>

/* Saves the modes of the terminal on `tty_fd` (call before curses changes them). */
void tg_save_modes(int tty_fd);

/* Installs the handlers; `restore` (copied, at most 255 bytes) is written to `out_fd` to put the
 * screen back. Call once curses has started. */
void tg_install(int out_fd, const char *restore, size_t length);

/* Puts the previous handlers back (after curses has ended normally). */
void tg_uninstall(void);

/* The stop signal received (SIGHUP, SIGTERM, SIGINT), or 0. */
int tg_stop_signal(void);

/* Restores the terminal now, as a crash would: for tests of the guard itself. */
void tg_restore_now(void);

#endif

/*
 * CNCursesW: the parts of ncursesw (wide-character build) that Swift needs.
 *
 * Swift imports the curses functions directly, but not function-like macros
 * (A_BOLD, COLOR_PAIR, KEY_F, getmaxyx) and, under Swift 6 strict concurrency,
 * not mutable C globals (stdscr, curscr, LINES, COLS, COLORS, COLOR_PAIRS,
 * stdin, stdout). Everything of that kind goes through a small `cnc_` function
 * here. Only the CursesTerminal target imports this module.
 */
#ifndef FRONTLINE_CNCURSESW_SHIM_H
#define FRONTLINE_CNCURSESW_SHIM_H

/* Wide-character API (get_wch, setcchar, mvwadd_wch, cchar_t) must be declared. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <termios.h>
#include <ncursesw/curses.h>

/* Swift's Glibc module does not export these. */
extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);
/* Pseudo-terminals (XSI; hidden by Glibc's default feature set), for tests that need a real tty. */
extern int posix_openpt(int flags);
extern int grantpt(int fd);
extern int unlockpt(int fd);
extern char *ptsname(int fd);

/* ---- C globals ---------------------------------------------------------- */

static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline int cnc_lines(void) { return LINES; }
static inline int cnc_cols(void) { return COLS; }
static inline int cnc_colors(void) { return COLORS; }
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *cnc_stdin(void) { return stdin; }
static inline FILE *cnc_stdout(void) { return stdout; }

static inline int cnc_getmaxy(WINDOW *win) { int y, x; getmaxyx(win, y, x); (void)x; return y; }
static inline int cnc_getmaxx(WINDOW *win) { int y, x; getmaxyx(win, y, x); (void)y; return x; }

/* ---- Locale ------------------------------------------------------------- */

static inline int cnc_lc_all(void) { return LC_ALL; }
static inline int cnc_lc_ctype(void) { return LC_CTYPE; }
/* The current LC_CTYPE codeset, e.g. "UTF-8" or "ANSI_X3.4-1968". */
static inline const char *cnc_codeset(void) { return nl_langinfo(CODESET); }

/* ---- Return codes ------------------------------------------------------- */

static inline int cnc_err(void) { return ERR; }
static inline int cnc_ok(void) { return OK; }
static inline int cnc_key_code_yes(void) { return KEY_CODE_YES; }

/* ---- Attributes and colours -------------------------------------------- */

static inline attr_t cnc_a_normal(void) { return A_NORMAL; }
static inline attr_t cnc_a_bold(void) { return A_BOLD; }
static inline attr_t cnc_a_reverse(void) { return A_REVERSE; }
static inline attr_t cnc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cnc_a_dim(void) { return A_DIM; }
static inline attr_t cnc_a_color(void) { return A_COLOR; }
static inline attr_t cnc_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline int cnc_pair_number(attr_t attrs) { return (int)PAIR_NUMBER(attrs); }

/* ---- Key codes ---------------------------------------------------------- */

static inline int cnc_key_down(void) { return KEY_DOWN; }
static inline int cnc_key_up(void) { return KEY_UP; }
static inline int cnc_key_left(void) { return KEY_LEFT; }
static inline int cnc_key_right(void) { return KEY_RIGHT; }
static inline int cnc_key_home(void) { return KEY_HOME; }
static inline int cnc_key_end(void) { return KEY_END; }
static inline int cnc_key_npage(void) { return KEY_NPAGE; }
static inline int cnc_key_ppage(void) { return KEY_PPAGE; }
static inline int cnc_key_backspace(void) { return KEY_BACKSPACE; }
static inline int cnc_key_dc(void) { return KEY_DC; }
static inline int cnc_key_ic(void) { return KEY_IC; }
static inline int cnc_key_enter(void) { return KEY_ENTER; }
static inline int cnc_key_btab(void) { return KEY_BTAB; }
static inline int cnc_key_resize(void) { return KEY_RESIZE; }
static inline int cnc_key_mouse(void) { return KEY_MOUSE; }
static inline int cnc_key_f(int n) { return KEY_F(n); }
/* Keypad corners (Home, PgUp, centre, End, PgDn on the numeric keypad). */
static inline int cnc_key_a1(void) { return KEY_A1; }
static inline int cnc_key_a3(void) { return KEY_A3; }
static inline int cnc_key_b2(void) { return KEY_B2; }
static inline int cnc_key_c1(void) { return KEY_C1; }
static inline int cnc_key_c3(void) { return KEY_C3; }
/* PuTTY and VT220-style keyboards send Home/End as Find/Select under TERM=xterm. */
static inline int cnc_key_find(void) { return KEY_FIND; }
static inline int cnc_key_select(void) { return KEY_SELECT; }

/* ---- Mouse -------------------------------------------------------------- */

static inline mmask_t cnc_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t cnc_wheel_up(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t cnc_wheel_down(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t cnc_wheel_down(void) { return 0; }
#endif

/* ---- Terminal capabilities --------------------------------------------- */

/* Whether the current terminal can address the cursor (has `cup`). */
static inline int cnc_has_cursor_address(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (const char *)-1;
}

/*
 * Turns off XON/XOFF flow control on `fd`, so Ctrl-S reaches the program
 * instead of freezing the screen. Returns 0 on success, -1 otherwise.
 */
static inline int cnc_disable_flow_control(int fd) {
    struct termios t;
    if (tcgetattr(fd, &t) != 0) return -1;
    t.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    return tcsetattr(fd, TCSANOW, &t);
}

/*
 * The bytes that put a terminal back after curses without calling curses: attributes off, keypad
 * off, cursor visible, main screen (terminfo sgr0, rmkx, cnorm, rmcup), plus the xterm mouse
 * reports off when `mouse`. Written into `buffer`; returns the length (0 if it does not fit).
 */
static inline size_t cnc_restore_sequence(char *buffer, size_t size, int mouse) {
    static const char *const names[] = {"sgr0", "rmkx", "cnorm", "rmcup"};
    size_t length = 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const char *cap = tigetstr((char *)names[i]);
        if (cap == NULL || cap == (const char *)-1) continue;
        size_t n = strlen(cap);
        if (length + n >= size) return 0;
        memcpy(buffer + length, cap, n);
        length += n;
    }
    if (mouse) {
        const char *off = "\033[?1000l\033[?1002l\033[?1003l\033[?1006l";
        size_t n = strlen(off);
        if (length + n >= size) return 0;
        memcpy(buffer + length, off, n);
        length += n;
    }
    return length;
}

/* Ends curses mode if it is active; safe to call from atexit. */
static inline void cnc_restore_terminal(void) {
    if (stdscr != NULL && !isendwin()) endwin();
}

#endif

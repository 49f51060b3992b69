#define _POSIX_C_SOURCE 200809L
#include "terminal_guard.h"

#include "frontline_sys.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static volatile sig_atomic_t stop_signal = 0;
static struct termios saved_modes;
static int saved_modes_fd = -1;
static int restore_fd = -1;
static char restore_bytes[256];
static size_t restore_length = 0;
static int installed = 0;

static const int stop_signals[] = {SIGHUP, SIGTERM, SIGINT};
static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT};
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
static struct sigaction previous_stop[COUNT(stop_signals)];
static struct sigaction previous_crash[COUNT(crash_signals)];

void tg_save_modes(int tty_fd) {
    if (tcgetattr(tty_fd, &saved_modes) == 0) saved_modes_fd = tty_fd;
}

void tg_restore_now(void) {
    if (restore_fd >= 0 && restore_length > 0) (void)frontline_write_all(restore_fd, restore_bytes, restore_length);
    if (saved_modes_fd >= 0) tcsetattr(saved_modes_fd, TCSANOW, &saved_modes);
}

/* Restore, then die of the signal as if nobody had caught it (exit status and core dump kept). */
static void restore_and_reraise(int sig) {
    tg_restore_now();
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, NULL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
}

static void on_stop(int sig) {
    if (stop_signal != 0) {
        /* Asked twice: the loop did not get there; do not leave the terminal raw. */
        restore_and_reraise(sig);
        return;
    }
    stop_signal = sig;
}

static void on_crash(int sig) { restore_and_reraise(sig); }

void tg_install(int out_fd, const char *restore, size_t length) {
    if (length > sizeof restore_bytes) length = sizeof restore_bytes;
    memcpy(restore_bytes, restore, length);
    restore_length = length;
    restore_fd = out_fd;
    if (installed) return;
    installed = 1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    /* No SA_RESTART: a read waiting for a key returns, so the loop sees the flag at once. */
    action.sa_handler = on_stop;
    for (size_t i = 0; i < COUNT(stop_signals); i++) sigaction(stop_signals[i], &action, &previous_stop[i]);
    action.sa_handler = on_crash;
    action.sa_flags = SA_NODEFER;
    for (size_t i = 0; i < COUNT(crash_signals); i++) sigaction(crash_signals[i], &action, &previous_crash[i]);
}

void tg_uninstall(void) {
    if (!installed) return;
    installed = 0;
    for (size_t i = 0; i < COUNT(stop_signals); i++) sigaction(stop_signals[i], &previous_stop[i], NULL);
    for (size_t i = 0; i < COUNT(crash_signals); i++) sigaction(crash_signals[i], &previous_crash[i], NULL);
    restore_length = 0;
    restore_fd = -1;
}

int tg_stop_signal(void) { return stop_signal; }

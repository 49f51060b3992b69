// The C half of the system-call layer (the Swift half is the FrontlineSystem module):
// - the few Linux calls that Swift's Glibc module does not export (they need _GNU_SOURCE);
// - the one loop that writes a whole buffer, in C so that a signal handler can use it too
//   (the terminal guard restores the screen with it: a handler may run no Swift code).
#ifndef FRONTLINE_SYS_H
#define FRONTLINE_SYS_H

#include <spawn.h>
#include <stddef.h>
#include <sys/types.h>

/// Writes all `count` bytes: a write interrupted by a signal (EINTR) is made again, a short write goes on
/// with the rest. Returns `count`, or -1 with errno set (ENOSPC when a write makes no progress).
/// Async-signal-safe: it calls write(2) only.
ssize_t frontline_write_all(int fd, const void *bytes, size_t count);

/// renameat2(..., RENAME_NOREPLACE): moves a name without ever replacing an existing one.
int frontline_rename_noreplace(int olddirfd, const char *oldpath, int newdirfd, const char *newpath);

/// setresuid(2): -1 leaves an id as it is.
int frontline_setresuid(uid_t ruid, uid_t euid, uid_t suid);

/// getresuid(2).
int frontline_getresuid(uid_t *ruid, uid_t *euid, uid_t *suid);

/// prctl(PR_SET_DUMPABLE, 0): no core dump and no ptrace by the invoking user.
int frontline_set_not_dumpable(void);

/// posix_spawn_file_actions_addclosefrom_np (glibc 2.34+): the child closes every descriptor from `lowest` on.
/// Returns 0, or an error number (ENOSYS where the C library has no such action).
int frontline_spawn_close_from(posix_spawn_file_actions_t *actions, int lowest);

#endif

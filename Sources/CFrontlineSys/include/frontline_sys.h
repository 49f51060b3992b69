// The few Linux system calls that Swift's Glibc module does not export (they need _GNU_SOURCE).
#ifndef FRONTLINE_SYS_H
#define FRONTLINE_SYS_H

#include <sys/types.h>

/// renameat2(..., RENAME_NOREPLACE): moves a name without ever replacing an existing one.
int frontline_rename_noreplace(int olddirfd, const char *oldpath, int newdirfd, const char *newpath);

/// setresuid(2): -1 leaves an id as it is.
int frontline_setresuid(uid_t ruid, uid_t euid, uid_t suid);

/// getresuid(2).
int frontline_getresuid(uid_t *ruid, uid_t *euid, uid_t *suid);

/// prctl(PR_SET_DUMPABLE, 0): no core dump and no ptrace by the invoking user.
int frontline_set_not_dumpable(void);

#endif

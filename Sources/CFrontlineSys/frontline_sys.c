#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <unistd.h>
#include "frontline_sys.h"

ssize_t frontline_write_all(int fd, const void *bytes, size_t count) {
    const char *next = bytes;
    size_t left = count;
    while (left > 0) {
        ssize_t n = write(fd, next, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (n == 0) {
            /* A write that makes no progress: the device is full. */
            errno = ENOSPC;
            return -1;
        }
        next += n;
        left -= (size_t)n;
    }
    return (ssize_t)count;
}

int frontline_rename_noreplace(int olddirfd, const char *oldpath, int newdirfd, const char *newpath) {
    return renameat2(olddirfd, oldpath, newdirfd, newpath, RENAME_NOREPLACE);
}

int frontline_setresuid(uid_t ruid, uid_t euid, uid_t suid) { return setresuid(ruid, euid, suid); }

int frontline_getresuid(uid_t *ruid, uid_t *euid, uid_t *suid) { return getresuid(ruid, euid, suid); }

int frontline_set_not_dumpable(void) { return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0); }

int frontline_spawn_close_from(posix_spawn_file_actions_t *actions, int lowest) {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
    return posix_spawn_file_actions_addclosefrom_np(actions, lowest);
#else
    (void)actions;
    (void)lowest;
    return ENOSYS;
#endif
}

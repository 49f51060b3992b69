/*
 * CLibPQ: PostgreSQL's C client library (libpq, Debian's libpq-dev), for FrontlinePostgres only.
 *
 * Debian installs the header under /usr/include/postgresql, which is not on the compiler's default path:
 * it is named from there, and its own includes ("postgres_ext.h") are found beside it. Swift imports the
 * functions as they are; nothing here needs a shim function yet.
 */
#ifndef FRONTLINE_CLIBPQ_SHIM_H
#define FRONTLINE_CLIBPQ_SHIM_H

#include <postgresql/libpq-fe.h>

#endif

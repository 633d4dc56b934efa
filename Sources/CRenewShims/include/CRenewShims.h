#ifndef C_RENEW_SHIMS_H
#define C_RENEW_SHIMS_H

#include <sys/types.h>

/// Starts writing the bytes of `fd` from `offset`, `count` of them, to its device,
/// without waiting for them: a later fsync(2) then has less left to wait for.
/// Linux's sync_file_range(2) with SYNC_FILE_RANGE_WRITE, which the C library
/// declares only to programs built with _GNU_SOURCE, so not to Swift.
///
/// Returns 0, or -1 with errno set (ENOSYS on a system without the call).
int renew_start_writeback(int fd, off_t offset, off_t count);

#endif

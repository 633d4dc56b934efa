#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "CRenewShims.h"

#include <errno.h>
#include <fcntl.h>

int renew_start_writeback(int fd, off_t offset, off_t count) {
#if defined(__linux__)
  return sync_file_range(fd, offset, count, SYNC_FILE_RANGE_WRITE);
#else
  (void)fd;
  (void)offset;
  (void)count;
  errno = ENOSYS;
  return -1;
#endif
}

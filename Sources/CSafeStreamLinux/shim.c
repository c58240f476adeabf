// The one function that needs _GNU_SOURCE lives here, compiled on its own,
// so the public header stays free of feature macros.
#define _GNU_SOURCE
#include <sys/socket.h>
#include "CSafeStreamLinux.h"

int cs_accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags) {
    return accept4(fd, addr, len, flags);
}

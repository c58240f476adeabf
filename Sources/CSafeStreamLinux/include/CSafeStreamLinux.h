// Linux headers that Swift's Glibc module map does not export.
// Nothing but includes and tiny inline helpers lives here: every decision
// is made in Swift.
#ifndef C_SAFESTREAM_LINUX_H
#define C_SAFESTREAM_LINUX_H


#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <malloc.h>

// epoll_event is packed on x86-64; Swift imports packed structs poorly, so
// reading and writing its fields goes through these helpers.
static inline uint64_t cs_epoll_event_data(const struct epoll_event *ev) { return ev->data.u64; }
static inline uint32_t cs_epoll_event_mask(const struct epoll_event *ev) { return ev->events; }
static inline int cs_epoll_ctl(int epfd, int op, int fd, uint32_t mask, uint64_t data) {
    struct epoll_event ev;
    ev.events = mask;
    ev.data.u64 = data;
    return epoll_ctl(epfd, op, fd, &ev);
}
// accept4 is a GNU extension: it is declared only under _GNU_SOURCE, which
// must not be defined in this header (the module would then disagree with
// SwiftGlibc about struct layouts such as fd_set), so shim.c defines it.
int cs_accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags);
static inline size_t cs_epoll_event_size(void) { return sizeof(struct epoll_event); }

#endif

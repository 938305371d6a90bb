/*
 * file.c - package os's file-system natives (stdlib/os/file.go).
 *
 * Each native is one system call: it takes paths as golem strings (copied
 * into NUL-terminated C strings, rejecting embedded NULs with EINVAL as Go
 * does), descriptors as ints, and returns its results followed by the raw
 * errno, 0 on success. Turning errno values into *PathError, looping over
 * short reads and writes, and sorting directory entries are done in Go.
 * Interrupted calls (EINTR) are retried. Reads and writes on descriptors
 * flush the VM's buffered stdout/stderr first, so output stays ordered
 * when a program also writes to /dev/stdout by name.
 *
 * sysReaddir returns every name of a directory (except "." and "..") in
 * one string, each name followed by a NUL byte, so that no []string has
 * to be built in C.
 */
#define _GNU_SOURCE
#include "natives.h"
#include "gosched.h"
#include <stdlib.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* A path argument as a C string: small paths use the caller's buffer,
   others a malloc'd copy that path_free releases. NULL when the path holds
   a NUL byte (errno EINVAL) or memory ran out (natives.h native_cstring). */
static char *path_arg(const slot *args, int i, char *small, size_t cap)
{
    return native_cstring(native_arg_string(args, i), small, cap);
}

static void path_free(char *p, char *small)
{
    native_cstring_free(p, small);
}

static void flush_std(golem_g *g)
{
    vm_flush(&g->vm->out);
    vm_flush(&g->vm->err);
}

/* Runs a path-only system call into args[0] (the errno). */
#define PATH_CALL(g, args, call)                                           \
    do {                                                                   \
        char small_[256];                                                  \
        char *p = path_arg(args, 0, small_, sizeof small_);                \
        int r_ = p ? (call) : -1;                                          \
        args[0].i = r_ < 0 ? errno : 0;                                    \
        path_free(p, small_);                                              \
        (void)g;                                                           \
    } while (0)

/* func sysOpen(name string, flag int, perm uint32) (fd int, errno int) */
static int os_sysOpen(golem_g *g, slot *args)
{
    (void)g;
    char small[256];
    char *p = path_arg(args, 0, small, sizeof small);
    int fd = -1;
    if (p) {
        do {
            fd = open(p, (int)args[2].i | O_CLOEXEC, (mode_t)args[3].u);
        } while (fd < 0 && errno == EINTR);
    }
    int e = fd < 0 ? errno : 0;
    path_free(p, small);
    args[0].i = fd;
    args[1].i = e;
    return 0;
}

/* func sysClose(fd int) int */
static int os_sysClose(golem_g *g, slot *args)
{
    (void)g;
    args[0].i = close((int)args[0].i) < 0 ? errno : 0;
    return 0;
}

/* func sysSeek(fd int, offset int64, whence int) (int64, int) */
static int os_sysSeek(golem_g *g, slot *args)
{
    flush_std(g);
    off_t r = lseek((int)args[0].i, (off_t)args[1].i, (int)args[2].i);
    args[1].i = r < 0 ? errno : 0;
    args[0].i = r < 0 ? 0 : r;
    return 0;
}

/* func sysRead(fd int, b []byte) (n int, errno int) */
static int os_sysRead(golem_g *g, slot *args)
{
    flush_std(g);
    golem_slice b = native_arg_slice(args, 1);
    ssize_t n;
    sched_enter_blocking(g); /* (SCHED) other goroutines run meanwhile */
    do {
        n = read((int)args[0].i, b.data, (size_t)b.len);
    } while (n < 0 && errno == EINTR);
    int err = errno;
    sched_exit_blocking(g);
    args[1].i = n < 0 ? err : 0;
    args[0].i = n < 0 ? 0 : n;
    return 0;
}

/* func sysPread(fd int, b []byte, off int64) (n int, errno int) */
static int os_sysPread(golem_g *g, slot *args)
{
    (void)g;
    golem_slice b = native_arg_slice(args, 1);
    ssize_t n;
    do {
        n = pread((int)args[0].i, b.data, (size_t)b.len, (off_t)args[4].i);
    } while (n < 0 && errno == EINTR);
    args[1].i = n < 0 ? errno : 0;
    args[0].i = n < 0 ? 0 : n;
    return 0;
}

/* func sysWrite(fd int, b []byte) (n int, errno int) */
static int os_sysWrite(golem_g *g, slot *args)
{
    flush_std(g);
    golem_slice b = native_arg_slice(args, 1);
    ssize_t n;
    do {
        n = write((int)args[0].i, b.data, (size_t)b.len);
    } while (n < 0 && errno == EINTR);
    args[1].i = n < 0 ? errno : 0;
    args[0].i = n < 0 ? 0 : n;
    return 0;
}

/* func sysPwrite(fd int, b []byte, off int64) (n int, errno int) */
static int os_sysPwrite(golem_g *g, slot *args)
{
    (void)g;
    golem_slice b = native_arg_slice(args, 1);
    ssize_t n;
    do {
        n = pwrite((int)args[0].i, b.data, (size_t)b.len, (off_t)args[4].i);
    } while (n < 0 && errno == EINTR);
    args[1].i = n < 0 ? errno : 0;
    args[0].i = n < 0 ? 0 : n;
    return 0;
}

/* Stores a stat result as (size int64, mode uint32, mtime int64, dev,
   ino uint64, errno int); dev and ino identify the file (os.SameFile). */
static void put_stat(slot *args, int r, const struct stat *st)
{
    if (r < 0) {
        args[5].i = errno;
        args[0].i = args[1].i = args[2].i = args[3].i = args[4].i = 0;
        return;
    }
    args[0].i = st->st_size;
    args[1].u = st->st_mode;
    args[2].i = (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
    args[3].u = (uint64_t)st->st_dev;
    args[4].u = (uint64_t)st->st_ino;
    args[5].i = 0;
}

/* func sysStat(name string, follow bool) (size int64, mode uint32,
   mtime int64, dev, ino uint64, errno int) */
static int os_sysStat(golem_g *g, slot *args)
{
    (void)g;
    char small[256];
    struct stat st;
    bool follow = args[2].u & 1;
    char *p = path_arg(args, 0, small, sizeof small);
    int r = p ? (follow ? stat(p, &st) : lstat(p, &st)) : -1;
    put_stat(args, r, &st);
    path_free(p, small);
    return 0;
}

/* func sysFstat(fd int) (size int64, mode uint32, mtime int64, dev,
   ino uint64, errno int) */
static int os_sysFstat(golem_g *g, slot *args)
{
    (void)g;
    struct stat st;
    int r = fstat((int)args[0].i, &st);
    put_stat(args, r, &st);
    return 0;
}

/* func sysReaddir(fd int) (names string, errno int): every name, each
   followed by NUL. The descriptor is duplicated so that closedir leaves
   the File's own descriptor open. */
static int os_sysReaddir(golem_g *g, slot *args)
{
    int fd = dup((int)args[0].i);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        int e = errno;
        if (fd >= 0)
            close(fd);
        args[0].p = NULL;
        args[1].i = 0;
        args[2].i = e;
        return 0;
    }
    rewinddir(d);
    char *buf = NULL;
    size_t len = 0, cap = 0;
    struct dirent *ent;
    while ((ent = readdir(d)) != NULL) {
        const char *nm = ent->d_name;
        if (strcmp(nm, ".") == 0 || strcmp(nm, "..") == 0)
            continue;
        size_t n = strlen(nm) + 1;
        if (len + n > cap) {
            cap = cap ? cap * 2 : 1024;
            while (len + n > cap)
                cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb)
                break;
            buf = nb;
        }
        memcpy(buf + len, nm, n);
        len += n;
    }
    closedir(d);
    native_ret_bytes(g, args, buf, (int64_t)len);
    free(buf);
    args[2].i = 0;
    return 0;
}

/* func sysUnlink(name string) int */
static int os_sysUnlink(golem_g *g, slot *args)
{
    PATH_CALL(g, args, unlink(p));
    return 0;
}

/* func sysRmdir(name string) int */
static int os_sysRmdir(golem_g *g, slot *args)
{
    PATH_CALL(g, args, rmdir(p));
    return 0;
}

/* func sysMkdir(name string, perm uint32) int */
static int os_sysMkdir(golem_g *g, slot *args)
{
    mode_t perm = (mode_t)args[2].u;
    PATH_CALL(g, args, mkdir(p, perm));
    return 0;
}

/* func sysChdir(dir string) int */
static int os_sysChdir(golem_g *g, slot *args)
{
    PATH_CALL(g, args, chdir(p));
    return 0;
}

/* func sysChmod(name string, mode uint32) int */
static int os_sysChmod(golem_g *g, slot *args)
{
    mode_t mode = (mode_t)args[2].u;
    PATH_CALL(g, args, chmod(p, mode));
    return 0;
}

/* func sysTruncate(name string, size int64) int */
static int os_sysTruncate(golem_g *g, slot *args)
{
    off_t size = (off_t)args[2].i;
    PATH_CALL(g, args, truncate(p, size));
    return 0;
}

/* func sysFtruncate(fd int, size int64) int */
static int os_sysFtruncate(golem_g *g, slot *args)
{
    (void)g;
    args[0].i = ftruncate((int)args[0].i, (off_t)args[1].i) < 0 ? errno : 0;
    return 0;
}

/* func sysFsync(fd int) int */
static int os_sysFsync(golem_g *g, slot *args)
{
    (void)g;
    args[0].i = fsync((int)args[0].i) < 0 ? errno : 0;
    return 0;
}

/* func sysFchmod(fd int, mode uint32) int */
static int os_sysFchmod(golem_g *g, slot *args)
{
    (void)g;
    args[0].i = fchmod((int)args[0].i, (mode_t)args[1].u) < 0 ? errno : 0;
    return 0;
}

/* func sysFchdir(fd int) int */
static int os_sysFchdir(golem_g *g, slot *args)
{
    (void)g;
    args[0].i = fchdir((int)args[0].i) < 0 ? errno : 0;
    return 0;
}

/* func sysChown(name string, uid, gid int, follow bool) int */
static int os_sysChown(golem_g *g, slot *args)
{
    (void)g;
    char small[256];
    char *p = path_arg(args, 0, small, sizeof small);
    uid_t uid = (uid_t)args[2].i;
    gid_t gid = (gid_t)args[3].i;
    int r = p ? ((args[4].u & 1) ? chown(p, uid, gid) : lchown(p, uid, gid))
              : -1;
    args[0].i = r < 0 ? errno : 0;
    path_free(p, small);
    return 0;
}

/* func sysFchown(fd, uid, gid int) int */
static int os_sysFchown(golem_g *g, slot *args)
{
    (void)g;
    int r = fchown((int)args[0].i, (uid_t)args[1].i, (gid_t)args[2].i);
    args[0].i = r < 0 ? errno : 0;
    return 0;
}

/* func sysUtimes(name string, atime, mtime int64) int: Unix nanoseconds */
static int os_sysUtimes(golem_g *g, slot *args)
{
    (void)g;
    char small[256];
    char *p = path_arg(args, 0, small, sizeof small);
    struct timespec ts[2];
    for (int i = 0; i < 2; i++) {
        int64_t ns = args[2 + i].i;
        int64_t sec = ns / 1000000000, rem = ns % 1000000000;
        if (rem < 0)
            sec--, rem += 1000000000;
        ts[i].tv_sec = (time_t)sec;
        ts[i].tv_nsec = (long)rem;
    }
    int r = p ? utimensat(AT_FDCWD, p, ts, 0) : -1;
    args[0].i = r < 0 ? errno : 0;
    path_free(p, small);
    return 0;
}

/* func sysPipe() (r, w, errno int) */
static int os_sysPipe(golem_g *g, slot *args)
{
    (void)g;
    int fds[2];
    int r = pipe2(fds, O_CLOEXEC);
    args[0].i = r < 0 ? -1 : fds[0];
    args[1].i = r < 0 ? -1 : fds[1];
    args[2].i = r < 0 ? errno : 0;
    return 0;
}

/* func sysGetgroups() (groups string, errno int): the supplementary
   group ids in decimal, separated by spaces. */
static int os_sysGetgroups(golem_g *g, slot *args)
{
    int n = getgroups(0, NULL);
    gid_t *list = n > 0 ? malloc(sizeof(gid_t) * (size_t)n) : NULL;
    if (n > 0 && list)
        n = getgroups(n, list);
    if (n < 0 || (n > 0 && !list)) {
        int err = n < 0 ? errno : ENOMEM;
        free(list);
        args[0].p = NULL, args[1].i = 0, args[2].i = err;
        return 0;
    }
    char *text = malloc((size_t)n * 12 + 1);
    size_t len = 0;
    for (int i = 0; text && i < n; i++)
        len += (size_t)sprintf(text + len, i ? " %u" : "%u",
                               (unsigned)list[i]);
    native_set_string(args, rt_string_from_bytes(g, text ? text : "",
                                                 (int64_t)len));
    args[2].i = 0;
    free(text);
    free(list);
    return 0;
}

/* Two-path calls: rename and symlink. */
static int two_path_call(slot *args, int (*call)(const char *, const char *))
{
    char s1[256], s2[256];
    char *a = path_arg(args, 0, s1, sizeof s1);
    char *b = a ? path_arg(args, 2, s2, sizeof s2) : NULL;
    int r = (a && b) ? call(a, b) : -1;
    args[0].i = r < 0 ? errno : 0;
    path_free(a, s1);
    path_free(b, s2);
    return 0;
}

/* func sysRename(from, to string) int */
static int os_sysRename(golem_g *g, slot *args)
{
    (void)g;
    return two_path_call(args, rename);
}

/* func sysSymlink(oldname, newname string) int */
static int os_sysSymlink(golem_g *g, slot *args)
{
    (void)g;
    return two_path_call(args, symlink);
}

/* func sysLink(oldname, newname string) int */
static int os_sysLink(golem_g *g, slot *args)
{
    (void)g;
    return two_path_call(args, link);
}

/* func sysReadlink(name string) (string, int) */
static int os_sysReadlink(golem_g *g, slot *args)
{
    char small[256];
    char buf[PATH_MAX];
    char *p = path_arg(args, 0, small, sizeof small);
    ssize_t n = p ? readlink(p, buf, sizeof buf) : -1;
    int e = n < 0 ? errno : 0;
    path_free(p, small);
    native_ret_bytes(g, args, buf, n < 0 ? 0 : n);
    args[2].i = e;
    return 0;
}

/* func sysGetwd() (string, int) */
static int os_sysGetwd(golem_g *g, slot *args)
{
    char buf[PATH_MAX];
    const char *d = getcwd(buf, sizeof buf);
    int e = d ? 0 : errno;
    native_ret_bytes(g, args, buf, d ? (int64_t)strlen(buf) : 0);
    args[2].i = e;
    return 0;
}

/* func errnoText(e int) string: strerror's text with a lower-case first
   letter, which is how Go's syscall.Errno prints. */
static int os_errnoText(golem_g *g, slot *args)
{
    int e = (int)args[0].i;
    char buf[128];
    const char *s = strerror_r(e, buf, sizeof buf);
    char text[160];
    snprintf(text, sizeof text, "%s", s ? s : "unknown error");
    if (text[0] >= 'A' && text[0] <= 'Z' && !(text[1] >= 'A' && text[1] <= 'Z'))
        text[0] = (char)(text[0] - 'A' + 'a');
    native_ret_bytes(g, args, text, (int64_t)strlen(text));
    return 0;
}

/* func sysRandom() uint32 */
static int os_sysRandom(golem_g *g, slot *args)
{
    args[0].u = (uint32_t)rt_fastrand(g->vm);
    return 0;
}

/* Sorted by name (stdlib/natives.c binary-searches it). */
const stdlib_native os_file_natives[] = {
    {"os.errnoText", os_errnoText},
    {"os.sysChdir", os_sysChdir},
    {"os.sysChmod", os_sysChmod},
    {"os.sysChown", os_sysChown},
    {"os.sysClose", os_sysClose},
    {"os.sysFchdir", os_sysFchdir},
    {"os.sysFchmod", os_sysFchmod},
    {"os.sysFchown", os_sysFchown},
    {"os.sysFstat", os_sysFstat},
    {"os.sysFsync", os_sysFsync},
    {"os.sysFtruncate", os_sysFtruncate},
    {"os.sysGetgroups", os_sysGetgroups},
    {"os.sysGetwd", os_sysGetwd},
    {"os.sysLink", os_sysLink},
    {"os.sysMkdir", os_sysMkdir},
    {"os.sysOpen", os_sysOpen},
    {"os.sysPipe", os_sysPipe},
    {"os.sysPread", os_sysPread},
    {"os.sysPwrite", os_sysPwrite},
    {"os.sysRandom", os_sysRandom},
    {"os.sysRead", os_sysRead},
    {"os.sysReaddir", os_sysReaddir},
    {"os.sysReadlink", os_sysReadlink},
    {"os.sysRename", os_sysRename},
    {"os.sysRmdir", os_sysRmdir},
    {"os.sysSeek", os_sysSeek},
    {"os.sysStat", os_sysStat},
    {"os.sysSymlink", os_sysSymlink},
    {"os.sysTruncate", os_sysTruncate},
    {"os.sysUnlink", os_sysUnlink},
    {"os.sysUtimes", os_sysUtimes},
    {"os.sysWrite", os_sysWrite},
    {NULL, NULL},
};

#ifndef TRACT_NCURSES_SHIM_H
#define TRACT_NCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdio.h>
#include <poll.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <execinfo.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <string.h>
#include <unistd.h>

// Swift cannot read C globals under Swift 6 rules or expand these macros; small getters do it.
static inline WINDOW *tract_stdscr(void) { return stdscr; }
static inline FILE *tract_stdout(void) { return stdout; }
static inline FILE *tract_stdin(void) { return stdin; }
static inline attr_t tract_a_bold(void) { return A_BOLD; }
static inline attr_t tract_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tract_a_reverse(void) { return A_REVERSE; }
static inline attr_t tract_a_dim(void) { return A_DIM; }
static inline int tract_colors(void) { return COLORS; }
static inline int tract_color_pairs(void) { return COLOR_PAIRS; }
static inline mmask_t tract_mouse_mask(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline mmask_t tract_button1(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED; }
static inline mmask_t tract_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t tract_wheel_down(void) { return BUTTON5_PRESSED; }

// Crash reports are written from a signal handler, so in C with write(2) only: no allocation, no locks.
static inline void tract_write_text(int fd, const char *text) { if (write(fd, text, strlen(text)) < 0) {} }

static inline void tract_write_number(int fd, int number) {
    char digits[12];
    int at = 11;
    digits[at] = 0;
    do { digits[--at] = (char)('0' + number % 10); number /= 10; } while (number > 0 && at > 0);
    tract_write_text(fd, digits + at);
}

// backtrace() loads libgcc on its first call (which allocates): done once at start, not in the handler.
// Asked for no frames, it loads libgcc without unwinding (which would read the binary's unwind tables).
static inline void tract_prepare_backtrace(void) { void *frame[1]; backtrace(frame, 0); }

// Appends the signal and the stack to `path` (if it can be opened) and says on stderr, in one line, where.
/// `shown` is `path` made safe for the terminal (by Swift, before any crash). The report is opened
/// without following a link and without waiting (a FIFO put there would hang the dying process), and
/// written only to a regular file.
static inline void tract_crash_report(const char *path, const char *shown, int signal) {
    int fd = path ? open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0600) : -1;
    struct stat info;
    if (fd >= 0 && (fstat(fd, &info) != 0 || (info.st_mode & S_IFMT) != S_IFREG)) {
        close(fd);
        fd = -1;
    }
    if (fd >= 0) {
        void *frames[64];
        int count = backtrace(frames, 64);
        tract_write_text(fd, "tract crashed on signal ");
        tract_write_number(fd, signal);
        tract_write_text(fd, "; the stack:\n");
        backtrace_symbols_fd(frames, count, fd);
        tract_write_text(fd, "\n");
        close(fd);
    }
    tract_write_text(2, "tract: crashed (signal ");
    tract_write_number(2, signal);
    tract_write_text(2, fd >= 0 ? "); the report is in " : "); no report could be written");
    if (fd >= 0) tract_write_text(2, shown ? shown : "the data folder");
    tract_write_text(2, "\n");
}
#endif

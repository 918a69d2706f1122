#ifndef TRACT_NCURSES_SHIM_H
#define TRACT_NCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdio.h>
#include <poll.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

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
#endif

#ifndef TRACT_NCURSES_SHIM_H
#define TRACT_NCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncursesw/curses.h>
#endif

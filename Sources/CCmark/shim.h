#ifndef TRACT_CCMARK_SHIM_H
#define TRACT_CCMARK_SHIM_H
#include <cmark.h>
#endif

#ifndef TRACT_CARCHIVE_SHIM_H
#define TRACT_CARCHIVE_SHIM_H
#include <archive.h>
#include <archive_entry.h>
#endif

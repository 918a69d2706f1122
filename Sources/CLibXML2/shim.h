#ifndef TRACT_CLIBXML2_SHIM_H
#define TRACT_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its headers would then pull in ICU's, which clash with the ICU
   module Foundation brings. Tract never touches the converter structs that differ, only pointers. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#endif

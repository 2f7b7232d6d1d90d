#ifndef FEEDWATCH_CLIBXML2_SHIM_H
#define FEEDWATCH_CLIBXML2_SHIM_H
// Debian's libxml2 is built with ICU; its headers would pull the system ICU into every module that
// sees them, which clashes with Foundation's own ICU. We never use libxml2's ICU API.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>
#include <libxml/uri.h>

// xmlFree is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void feedwatch_xmlFree(void *pointer) { xmlFree(pointer); }
#endif

"""TBX (ISO 30042, TermBase eXchange) export and import of PO glossaries: the mapping.

This module states the mapping and its constants; :mod:`.tbx_write` writes
TBX and :mod:`.tbx_read` reads it.

What we write: ISO 30042:2019 (TBX v3), dialect TBX-Basic, DCA style:
``<tbx type="TBX-Basic" style="dca" xml:lang="en"
xmlns="urn:iso:std:iso:30042:ed-2">``. Why v3 and not the 2008 ``martif``
form: it is the edition in force, its structure names the levels
(``conceptEntry`` / ``langSec`` / ``termSec``), and TBX-Basic v3 is the
dialect terminology tools exchange today. We read both: v3 files in any
namespace and TBX v2 ``martif`` files (``termEntry`` / ``langSet`` /
``tig`` or ``ntig``), as Weblate and the Translate Toolkit export them.

The mapping (one ``conceptEntry`` per term, i.e. per normalized Arabic msgid):

====================================  ==========================================
PO glossary                           TBX-Basic
====================================  ==========================================
category (msgctxt before ``|``)       ``<descrip type="subjectField">`` of the concept
each Arabic spelling (msgid)          ``<termSec>`` in ``<langSec xml:lang="ar">``
each English msgstr                   ``<termSec>`` in ``<langSec xml:lang="en">``
preferred rendering (the one flagged  ``administrativeStatus`` ``preferredTerm-admn-sts``
``preferred``, else the first
approved one)
other approved renderings             ``admittedTerm-admn-sts``
``forbidden`` renderings              ``deprecatedTerm-admn-sts``
first line ``definition: ...`` of     ``<descrip type="definition">`` in the English ``langSec``
the term's first ``#.`` comment
``#.`` comment of an entry            ``<note>`` of its English ``termSec``
PO header comment                     ``<p>`` of ``tbxHeader/fileDesc/sourceDesc``
each file's name, ``Language``,      ``<p>tarjuman:file=Name=x.po; Language=en;
``X-Glossary-Role`` and header        X-Glossary-Role=reference</p>`` there, one per
comment                               file, its header comment on the next lines
the file of an entry (several files)  ``tarjuman:file=<name>`` note of its ``termSec``
====================================  ==========================================

TBX-Basic has no data category for a gettext context label, for
case-sensitivity or for a translator comment, so those travel in ``<note>``
elements of the English ``termSec`` with a reserved prefix, one per fact:
``tarjuman:msgctxt=<msgctxt>``, ``tarjuman:flags=<flag>, <flag>`` (all PO
flags, in order), ``tarjuman:msgid=<spelling>`` (when the entry's Arabic
spelling is not the concept's first one) and ``tarjuman:comment=<text>``
(the ``#`` translator comment). A free note that itself starts with
``tarjuman:`` is written as ``tarjuman:note=<text>``, so the convention is
unambiguous. Other tools show these as plain notes; on import they restore
the entry exactly, and without them (a TBX from elsewhere) the flags come
from ``administrativeStatus`` and the msgctxt from ``subjectField`` plus a
label per status.
"""

from __future__ import annotations

#: Namespace of ISO 30042:2019 (TBX v3), written on export.
TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2"
SOURCE_LANGUAGE = "ar"
TARGET_LANGUAGE = "en"

PREFERRED = "preferredTerm-admn-sts"
ADMITTED = "admittedTerm-admn-sts"
DEPRECATED = "deprecatedTerm-admn-sts"
SUPERSEDED = "supersededTerm-admn-sts"
#: administrativeStatus values that mean "do not use" (TBX-Basic allows these four).
FORBIDDEN_STATUSES = frozenset({DEPRECATED, SUPERSEDED})
KNOWN_STATUSES = frozenset({PREFERRED, ADMITTED}) | FORBIDDEN_STATUSES
#: msgctxt label given to an imported rendering without a tarjuman:msgctxt note.
STATUS_LABELS = {PREFERRED: "preferred", ADMITTED: "admitted", DEPRECATED: "deprecated", SUPERSEDED: "superseded"}

NOTE_PREFIX = "tarjuman:"
#: A header paragraph holding one exported file's properties.
FILE_PREFIX = "tarjuman:file="
DEFINITION_PREFIX = "definition: "
#: The keys of the reserved notes, in the order they are written.
NOTE_KEYS = ("msgid", "msgctxt", "flags", "comment", "file", "note")
#: Where an exported file's own header comment is kept among its properties.
HEADER_KEY = "header"

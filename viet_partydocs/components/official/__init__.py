"""Helpers of ``vpd_officials`` (no factories here; the component is ``components/officials.py``).

:mod:`.lexicon` (phrase tables of titles, honorifics, ranks …), :mod:`.analyser` (names and the
titles around them), :mod:`.find` (the officials of a document and their ``OfficialAttrs``).
The lexer, phrase tables and entity writing are shared with ``vpd_organisations``
(``components/org/``).
"""

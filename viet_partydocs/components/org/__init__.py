"""Helpers of ``vpd_organisations`` (no factories here; the component is ``components/organisations.py``).

Shared with ``vpd_officials``: :mod:`.phrases` (the genre's lexer and phrase tables),
:mod:`.doclex` (the lexed text of a ``Doc``, computed once for both components) and
:mod:`.entities` (writing entities into ``doc.ents``).

The organisation grammar, bottom up: :mod:`.lexicon` (tables, word sets, the parse context),
:mod:`.places` (level words and place names), :mod:`.names` (unit and field names, bracketed
abbreviations), :mod:`.grammar` (heads and their complements), :mod:`.accept` (specific bodies
versus classes), :mod:`.references` (back-references and abbreviations), :mod:`.find` (every
organisation of a text), :mod:`.attributes` (``OrgAttrs``).
"""

"""``vpd_entity_merge``: combine the rule-based and the statistical ORG/OFFICIAL entities.

Policies (config ``policy``):

* ``"rules_first"`` — keep every rule entity; add each model candidate that overlaps none;
* ``"model_first"`` — keep every model candidate (``ORG``/``OFFICIAL``); keep rule entities of
  those labels only where no candidate overlaps them (other labels, e.g. ``DOC_CODE``, always win);
* ``"rules_widened"`` — keep the rule entities, but let an ``ORG`` candidate that strictly
  contains a rule ``ORG`` (and overlaps nothing else) replace it: the recogniser finds the whole
  of long, partly lower-case names where the rules stop early; nothing else is added;
* ``"rules_widened_first"`` — ``rules_widened``, then add candidates that overlap nothing;
* ``"rules_only"`` / ``"model_only"`` — one source alone (for measurement).

Entities added from the model get their attributes from the rule modules' ``attributes_for``.
"""

from __future__ import annotations

from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..attributes import register_extensions
from .candidates import CANDIDATES_KEY

__all__ = ["EntityMerger", "make_entity_merge", "POLICIES"]

POLICIES = ("rules_first", "model_first", "rules_only", "model_only", "rules_widened", "rules_widened_first")
MODEL_LABELS = ("ORG", "OFFICIAL")
WIDENED_LABELS = ("ORG",)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


class EntityMerger:
    def __init__(self, policy: str = "rules_first", spans_key: str = CANDIDATES_KEY) -> None:
        if policy not in POLICIES:
            raise ValueError(f"vpd_entity_merge: policy must be one of {', '.join(POLICIES)}, not {policy!r}")
        register_extensions()
        self.policy = policy
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        candidates = [s for s in doc.spans.get(self.spans_key, []) if s.label_ in MODEL_LABELS]
        current = list(doc.ents)
        if self.policy == "rules_only" or not candidates:
            keep, added = current, []
        elif self.policy == "model_only":
            keep = [e for e in current if e.label_ not in MODEL_LABELS]
            added = [c for c in candidates if not any(_overlaps(c, e) for e in keep)]
        elif self.policy == "model_first":
            fixed = [e for e in current if e.label_ not in MODEL_LABELS]
            added = [c for c in candidates if not any(_overlaps(c, e) for e in fixed)]
            keep = fixed + [e for e in current if e.label_ in MODEL_LABELS and not any(_overlaps(e, c) for c in added)]
        elif self.policy in ("rules_widened", "rules_widened_first"):
            keep, added = self._widen(current, candidates)
            if self.policy == "rules_widened_first":
                taken = keep + added
                added += [c for c in candidates if not any(_overlaps(c, e) for e in taken)]
        else:  # rules_first
            keep = current
            added = [c for c in candidates if not any(_overlaps(c, e) for e in current)]
        new = [Span(doc, c.start, c.end, label=c.label_) for c in added]
        doc.set_ents(sorted(keep + new, key=lambda s: s.start), default="outside")
        for ent in new:
            self._fill_attributes(ent)
        return doc

    @staticmethod
    def _widen(current: list[Span], candidates: list[Span]) -> tuple[list[Span], list[Span]]:
        """Rule entities, each replaced by a candidate of its label that strictly contains it and
        overlaps nothing else: the recogniser often finds the whole of a long, partly lower-case
        organisation name (``Trung tâm Bồi dưỡng chính trị và Dân vận huyện``) where the rules stop
        early. Only ``ORG``: widened person names were worse on dev."""
        replaced: set[int] = set()
        added: list[Span] = []
        for c in candidates:
            if c.label_ not in WIDENED_LABELS:
                continue
            inside = [i for i, e in enumerate(current) if _overlaps(c, e)]
            if (
                inside
                and all(current[i].label_ == c.label_ and c.start <= current[i].start and current[i].end <= c.end for i in inside)
                and (c.end - c.start) > sum(current[i].end - current[i].start for i in inside)
                and not replaced.intersection(inside)
            ):
                replaced.update(inside)
                added.append(c)
        return [e for i, e in enumerate(current) if i not in replaced], added

    @staticmethod
    def _fill_attributes(ent: Span) -> None:
        if ent.label_ == "ORG":
            from .organisations import attributes_for

            ent._.organisation = attributes_for(ent)
        elif ent.label_ == "OFFICIAL":
            from .officials import attributes_for as official_attributes

            ent._.official = official_attributes(ent)


@Language.factory(
    "vpd_entity_merge",
    default_config={"policy": "rules_first", "spans_key": CANDIDATES_KEY},
    assigns=["doc.ents", "span._.organisation", "span._.official"],
)
def make_entity_merge(nlp: Language, name: str, policy: Literal["rules_first", "model_first", "rules_only", "model_only", "rules_widened", "rules_widened_first"], spans_key: str) -> EntityMerger:
    return EntityMerger(policy, spans_key)

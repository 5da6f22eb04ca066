"""The label sets of the annotation guide: entity labels (§2), paragraph roles and themes (§3)."""

from __future__ import annotations

__all__ = ["ENTITY_LABELS", "ROLES", "THEMES"]

#: Entity labels, in a fixed order.
ENTITY_LABELS: tuple[str, ...] = ("ORG", "OFFICIAL", "DOC_CODE", "QUANTITY")
#: Paragraph roles.
ROLES: tuple[str, ...] = ("body", "title", "boilerplate")
#: The 13 themes, in the guide's order.
THEMES: tuple[str, ...] = (
    "political_education",
    "organisation_building",
    "cadre_work",
    "membership_growth",
    "party_cell_activities",
    "inspection_discipline",
    "evaluation_ranking",
    "leadership_methods",
    "mass_mobilisation",
    "anti_corruption",
    "government",
    "socioeconomic",
    "defence_security",
)

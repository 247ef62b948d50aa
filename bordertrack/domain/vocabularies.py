"""Closed lists of codes (statuses, categories, marks) with their English labels.

Stored values are the language-neutral codes; labels are for people and go through
translation in the GUI and in reports.
"""

from __future__ import annotations

VOCABULARIES: dict[str, dict[str, str]] = {
    "role": {
        "post": "Crossing point",
        "trainer": "Trainer",
        "coordinator": "Regional coordinator",
    },
    "agency_kind": {
        "border_guard": "Border guard",
        "customs": "Customs",
        "police": "Police",
        "drug_control": "Drug control",
        "other": "Other",
    },
    "post_kind": {
        "road": "Road crossing",
        "rail": "Rail crossing",
        "airport": "Airport",
        "pedestrian": "Pedestrian crossing",
        "office": "Regional office",
    },
    "equipment_category": {
        "camera": "Camera",
        "body_camera": "Body-worn camera",
        "voice_recorder": "Voice recorder",
        "body_armor": "Body armour",
        "helmet": "Helmet",
        "scanner": "Document scanner",
        "xray": "X-ray scanner",
        "detector": "Detector",
        "radio": "Radio",
        "computer": "Computer",
        "printer": "Printer",
        "generator": "Generator",
        "vehicle": "Vehicle",
        "night_vision": "Night vision",
        "binoculars": "Binoculars",
        "other": "Other",
    },
    "equipment_status": {
        "in_service": "In service",
        "in_storage": "In storage",
        "under_repair": "Under repair",
        "broken": "Broken",
        "lost": "Lost",
        "stolen": "Stolen",
        "written_off": "Written off",
    },
    "item_condition": {
        "new": "New",
        "good": "Good",
        "fair": "Fair",
        "needs_repair": "Needs repair",
        "unserviceable": "Unserviceable",
    },
    "check_result": {
        "found": "Found",
        "missing": "Missing",
        "damaged": "Found damaged",
        "elsewhere": "Found at another post",
    },
    "sex": {
        "female": "Female",
        "male": "Male",
        "not_recorded": "Not recorded",
    },
    "person_kind": {
        "officer": "Officer",
        "trainee": "Trainee",
        "trainer": "Trainer",
        "staff": "Staff",
    },
    "attendance_mark": {
        "present": "Present",
        "late": "Late",
        "excused": "Excused",
        "absent": "Absent",
    },
    "enrolment_result": {
        "pending": "Pending",
        "passed": "Passed",
        "failed": "Failed",
        "withdrawn": "Withdrawn",
    },
    "session_status": {
        "planned": "Planned",
        "running": "Running",
        "completed": "Completed",
        "cancelled": "Cancelled",
    },
    "facility_type": {
        "checkpoint_building": "Checkpoint building",
        "barracks": "Barracks",
        "inspection_lane": "Inspection lane",
        "canopy": "Canopy",
        "fence": "Fence",
        "watchtower": "Watchtower",
        "power_supply": "Power supply",
        "water_supply": "Water supply",
        "heating": "Heating",
        "road": "Access road",
        "other": "Other",
    },
    "facility_status": {
        "planned": "Planned",
        "under_construction": "Under construction",
        "operational": "Operational",
        "needs_repair": "Needs repair",
        "out_of_service": "Out of service",
    },
}


def label(vocabulary: str, code: str | None) -> str:
    """English label of a code; an unknown code is shown as it is so nothing is hidden."""
    if code is None or code == "":
        return ""
    return VOCABULARIES[vocabulary].get(code, code)


def codes(vocabulary: str) -> list[str]:
    """The codes of a vocabulary in their declared order."""
    return list(VOCABULARIES[vocabulary])

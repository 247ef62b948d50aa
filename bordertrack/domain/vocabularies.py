"""Closed lists of codes (statuses, categories, marks) with their English labels, and the
words people write for each code.

Stored values are the language-neutral codes; labels are for people and go through
translation in the GUI and in reports. WORDS is the one declaration of what people write in
registers and forms for a code (English, Russian, Kyrgyz, and common abbreviations): the
register import reads item names and status words with it ("Видеокамера нагрудная" is a body
camera, "исправно" is in service). Labels and their translations count as words too.
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


# code -> {"en"|"ru"|"ky": phrases, "abbr": whole-word abbreviations}. A phrase matches a
# cell when each of its words begins a word of the cell (so Russian endings do not count):
# "радиостанция" matches "Радиостанция портативная"; the phrase with most words wins.
WORDS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "equipment_category": {
        "camera": {
            "en": ("camera", "video camera", "cctv camera", "surveillance camera", "webcam"),
            "ru": ("камера", "видеокамера", "фотоаппарат", "камера видеонаблюдения"),
            "ky": ("камера", "видеокамера", "байкоо камерасы"),
            "abbr": ("cctv", "ip камера"),
        },
        "body_camera": {
            "en": ("body camera", "body worn camera", "bodycam", "body cam", "wearable camera"),
            "ru": ("видеокамера нагрудная", "нагрудная камера", "нагрудный видеорегистратор",
                   "видеорегистратор нагрудный", "носимый видеорегистратор", "персональный видеорегистратор"),
            "ky": ("көкүрөк камерасы", "төш камерасы", "нагрудная камера"),
            "abbr": ("bwc", "нвр"),
        },
        "voice_recorder": {
            "en": ("voice recorder", "dictaphone", "audio recorder"),
            "ru": ("диктофон", "аудиорегистратор"),
            "ky": ("үн жазгыч", "диктофон"),
            "abbr": (),
        },
        "body_armor": {
            "en": ("body armour", "body armor", "armour vest", "armor vest", "bulletproof vest",
                   "ballistic vest", "flak jacket"),
            "ru": ("бронежилет", "жилет защитный", "бронезащита"),
            "ky": ("бронежилет", "ок өтпөс жилет"),
            "abbr": ("сиз",),
        },
        "helmet": {
            "en": ("helmet", "ballistic helmet"),
            "ru": ("шлем", "каска"),
            "ky": ("туулга", "каска", "шлем"),
            "abbr": (),
        },
        "scanner": {
            "en": ("document scanner", "scanner", "passport reader", "document reader"),
            "ru": ("сканер", "сканер документов", "считыватель паспортов"),
            "ky": ("сканер", "документ сканери"),
            "abbr": (),
        },
        "xray": {
            "en": ("x ray", "xray", "x ray scanner", "baggage scanner", "inspection system"),
            "ru": ("рентген", "рентгеновская установка", "интроскоп", "досмотровый комплекс"),
            "ky": ("рентген", "рентген аппараты"),
            "abbr": ("идк", "рту"),
        },
        "detector": {
            "en": ("detector", "metal detector", "radiation detector", "explosives detector"),
            "ru": ("детектор", "металлодетектор", "металлоискатель", "дозиметр", "радиометр"),
            "ky": ("детектор", "металл издегич"),
            "abbr": (),
        },
        "radio": {
            "en": ("radio", "handheld radio", "walkie talkie", "transceiver", "two way radio"),
            "ru": ("радиостанция", "рация", "радиотелефон", "носимая радиостанция"),
            "ky": ("радиостанция", "рация", "байланыш радиосу"),
            "abbr": ("укв", "vhf", "uhf"),
        },
        "computer": {
            "en": ("computer", "laptop", "notebook", "desktop", "tablet", "workstation"),
            "ru": ("компьютер", "ноутбук", "планшет", "моноблок", "системный блок", "нетбук"),
            "ky": ("компьютер", "ноутбук", "планшет"),
            "abbr": ("пк", "арм", "pc"),
        },
        "printer": {
            "en": ("printer", "multifunction printer", "copier"),
            "ru": ("принтер", "мфу", "копир", "копировальный аппарат"),
            "ky": ("принтер", "басып чыгаргыч"),
            "abbr": ("mfp", "мфу"),
        },
        "generator": {
            "en": ("generator", "power generator", "genset"),
            "ru": ("генератор", "электрогенератор", "электростанция", "дизельгенератор"),
            "ky": ("генератор", "электр генератору"),
            "abbr": ("дгу",),
        },
        "vehicle": {
            "en": ("vehicle", "car", "truck", "van", "motorcycle", "snowmobile", "pickup"),
            "ru": ("автомобиль", "машина", "автомашина", "транспортное средство", "мотоцикл",
                   "снегоход", "внедорожник", "уаз", "грузовик"),
            "ky": ("унаа", "автоунаа", "машина", "мотоцикл"),
            "abbr": ("тс", "а м"),
        },
        "night_vision": {
            "en": ("night vision", "night vision goggles", "thermal imager", "thermal camera"),
            "ru": ("прибор ночного видения", "ночного видения", "тепловизор"),
            "ky": ("түнкү көрүү", "тепловизор"),
            "abbr": ("пнв", "nvg"),
        },
        "binoculars": {
            "en": ("binoculars", "binocular", "monocular", "spotting scope"),
            "ru": ("бинокль", "монокуляр", "подзорная труба"),
            "ky": ("дүрбү", "бинокль"),
            "abbr": (),
        },
        "other": {
            "en": ("other", "miscellaneous", "misc"),
            "ru": ("прочее", "прочие", "другое", "разное"),
            "ky": ("башка", "башкалар"),
            "abbr": (),
        },
    },
    "equipment_status": {
        "in_service": {
            "en": ("in service", "in use", "working", "good", "ok", "serviceable", "operational",
                   "in order", "new"),
            "ru": ("в эксплуатации", "исправно", "исправен", "исправна", "исправное", "рабочее",
                   "работает", "используется", "в работе", "годное", "годен", "новое", "хорошее"),
            "ky": ("иштейт", "колдонууда", "жарактуу", "иштеп жатат", "жакшы"),
            "abbr": (),
        },
        "in_storage": {
            "en": ("in storage", "stored", "in stock", "spare", "reserve", "warehouse"),
            "ru": ("на складе", "склад", "в резерве", "резерв", "хранение", "на хранении"),
            "ky": ("кампада", "складда", "сакталууда", "резервде"),
            "abbr": (),
        },
        "under_repair": {
            "en": ("under repair", "in repair", "being repaired", "repair", "maintenance"),
            "ru": ("в ремонте", "ремонт", "на ремонте", "требует ремонта"),
            "ky": ("оңдоодо", "ремонтто"),
            "abbr": (),
        },
        "broken": {
            "en": ("broken", "damaged", "faulty", "defective", "out of order", "not working", "bad"),
            "ru": ("неисправно", "неисправен", "неисправна", "сломан", "сломано", "поврежден",
                   "повреждено", "не работает", "негодное", "неработающее"),
            "ky": ("бузук", "иштебейт", "жараксыз", "бузулган"),
            "abbr": (),
        },
        "lost": {
            "en": ("lost", "missing", "not found"),
            "ru": ("утеряно", "утерян", "утеряна", "утрачено", "отсутствует", "не найдено"),
            "ky": ("жоголгон", "жок"),
            "abbr": (),
        },
        "stolen": {
            "en": ("stolen", "theft"),
            "ru": ("украдено", "украден", "похищено", "похищен", "кража"),
            "ky": ("уурдалган",),
            "abbr": (),
        },
        "written_off": {
            "en": ("written off", "write off", "disposed", "decommissioned", "scrapped"),
            "ru": ("списано", "списан", "списана", "к списанию", "утилизировано"),
            "ky": ("эсептен чыгарылган", "чыгарылган"),
            "abbr": (),
        },
    },
    "sex": {
        "female": {"en": ("female", "woman", "f", "w"), "ru": ("женский", "жен", "ж", "женщина"),
                   "ky": ("аял", "кыз", "а"), "abbr": ()},
        "male": {"en": ("male", "man", "m"), "ru": ("мужской", "муж", "м", "мужчина"),
                 "ky": ("эркек", "э"), "abbr": ()},
        "not_recorded": {"en": ("not recorded", "unknown", "not known", "n a"),
                         "ru": ("не указан", "неизвестно", "не указано"),
                         "ky": ("көрсөтүлгөн эмес", "белгисиз"), "abbr": ()},
    },
    "person_kind": {
        "officer": {"en": ("officer", "inspector", "border guard", "customs officer"),
                    "ru": ("сотрудник", "офицер", "инспектор", "пограничник", "военнослужащий"),
                    "ky": ("кызматкер", "офицер", "инспектор", "чек арачы"), "abbr": ()},
        "trainee": {"en": ("trainee", "participant", "student", "cadet"),
                    "ru": ("слушатель", "участник", "курсант", "обучаемый"),
                    "ky": ("угуучу", "катышуучу", "курсант"), "abbr": ()},
        "trainer": {"en": ("trainer", "instructor", "teacher", "lecturer"),
                    "ru": ("тренер", "инструктор", "преподаватель", "лектор"),
                    "ky": ("тренер", "машыктыруучу", "окутуучу"), "abbr": ()},
        "staff": {"en": ("staff", "employee", "civilian staff", "technician", "driver"),
                  "ru": ("персонал", "работник", "вольнонаемный", "техник", "водитель"),
                  "ky": ("кызматчы", "жумушчу", "айдоочу"), "abbr": ()},
    },
}  # fmt: skip

WORD_LANGUAGES = ("en", "ru", "ky", "abbr")


def words(vocabulary: str, code: str) -> dict[str, tuple[str, ...]]:
    """The words declared for a code, by language ("en", "ru", "ky", "abbr"); empty when none."""
    return WORDS.get(vocabulary, {}).get(code, {})

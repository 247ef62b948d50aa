"""The reference data of the demo: real Kyrgyz crossing points, agencies, donors, models, courses."""

from __future__ import annotations

AGENCIES = [
    ("BS", "Border Service", "border_guard"),
    ("CUS", "State Customs Service", "customs"),
    ("MVD", "Ministry of Internal Affairs", "police"),
    ("SBNON", "Drug Control Service", "drug_control"),
]

# code, name, region, agency, kind, border with
POSTS = [
    ("AKJ", "Ak-Jol", "Chui", "BS", "road", "Kazakhstan"),
    ("ATK", "Ak-Tilek", "Chui", "BS", "road", "Kazakhstan"),
    ("DOS", "Dostuk", "Osh", "BS", "road", "Uzbekistan"),
    ("KRS", "Kara-Suu", "Osh", "CUS", "road", "Uzbekistan"),
    ("TOR", "Torugart", "Naryn", "BS", "road", "China"),
    ("IRK", "Irkeshtam", "Osh", "CUS", "road", "China"),
    ("KZA", "Kyzyl-Art", "Osh", "BS", "road", "Tajikistan"),
    ("KRM", "Karamyk", "Osh", "BS", "road", "Tajikistan"),
    ("BDB", "Bor-Dobo", "Osh", "BS", "road", "Tajikistan"),
    ("MAN", "Manas airport", "Chui", "BS", "airport", ""),
    ("OSH", "Osh airport", "Osh", "CUS", "airport", ""),
    ("BSK", "Bishkek regional office", "Chui", "BS", "office", ""),
]

# code, name, donor, budget, currency, start, end
PROJECTS = [
    (
        "BOMCA10",
        "Border Management Programme in Central Asia, phase 10",
        "European Union",
        4_200_000,
        "EUR",
        "2023-01-01",
        "2027-12-31",
    ),
    (
        "INL-BS",
        "Border Security Assistance",
        "US INL",
        2_750_000,
        "USD",
        "2024-03-01",
        "2027-02-28",
    ),
    (
        "OSCE-BM",
        "Border Management Staff Training",
        "OSCE",
        640_000,
        "EUR",
        "2024-06-01",
        "2026-12-31",
    ),
    (
        "UNODC-CCP",
        "Container Control Programme",
        "UNODC",
        910_000,
        "USD",
        "2023-09-01",
        "2026-08-31",
    ),
    (
        "JICA-EQ",
        "Grant Aid for Border Equipment",
        "Japan",
        1_500_000,
        "USD",
        "2025-01-01",
        "2027-06-30",
    ),
]

# code, name, category, manufacturer, unit value
MODELS = [
    ("BWC-AX3", "Body-worn camera AX3", "body_camera", "Axon", 690),
    ("CAM-PTZ7", "PTZ surveillance camera", "camera", "Hikvision", 1450),
    ("VR-ZOOM2", "Voice recorder H2", "voice_recorder", "Zoom", 180),
    ("ARM-IIIA", "Body armour vest IIIA", "body_armor", "Point Blank", 820),
    ("HLM-B2", "Ballistic helmet B2", "helmet", "Revision", 540),
    ("DOC-RG9", "Document reader RG9", "scanner", "Regula", 3900),
    ("XR-HI6", "X-ray baggage scanner", "xray", "Smiths Detection", 48000),
    ("DET-IONS", "Trace detector IONSCAN", "detector", "Smiths Detection", 27500),
    ("RAD-DP4", "Handheld radio DP4400", "radio", "Motorola", 610),
    ("PC-LAT5", "Rugged laptop 5420", "computer", "Dell", 2300),
    ("PRN-M404", "Laser printer M404", "printer", "HP", 320),
    ("GEN-7K", "Diesel generator 7 kVA", "generator", "Kipor", 2100),
    ("VEH-HLX", "Pick-up truck Hilux", "vehicle", "Toyota", 38000),
    ("NV-PVS14", "Night vision monocular", "night_vision", "ATN", 3200),
    ("BIN-7X50", "Binoculars 7x50", "binoculars", "Steiner", 410),
]

# code, title, days, attendance to pass
COURSES = [
    ("DOCFR", "Detection of forged documents", 5, 80),
    ("RISK", "Risk analysis at the border", 4, 80),
    ("INTV", "Interviewing techniques", 3, 100),
    ("FAID", "First aid for border officers", 2, 100),
    ("BWC", "Use of body-worn cameras", 1, 100),
    ("HRGEN", "Human rights and gender at the border", 2, 80),
    ("DRUGS", "Detection of drugs and precursors", 5, 80),
    ("XRAY", "X-ray image interpretation", 5, 80),
]

MALE = [
    "Azamat",
    "Bakyt",
    "Nurlan",
    "Talant",
    "Erlan",
    "Ulan",
    "Marat",
    "Kubanychbek",
    "Aibek",
    "Almaz",
    "Daniyar",
    "Ruslan",
    "Temirlan",
    "Emil",
    "Bolot",
    "Chyngyz",
    "Mirlan",
    "Adilet",
]
FEMALE = [
    "Aigerim",
    "Aizada",
    "Gulnara",
    "Nurgul",
    "Cholpon",
    "Elnura",
    "Aida",
    "Jyldyz",
    "Meerim",
    "Asel",
    "Begimai",
    "Kanykei",
    "Saltanat",
    "Aiperi",
]
SURNAMES = [
    "Asanov",
    "Tashiev",
    "Sadykov",
    "Omurbekov",
    "Abdyldaev",
    "Mamytov",
    "Jumabaev",
    "Toktogulov",
    "Bekmuratov",
    "Usenov",
    "Kadyrov",
    "Imanaliev",
    "Sydykov",
    "Alymkulov",
    "Turdubaev",
    "Osmonov",
    "Karimov",
    "Nazarov",
    "Ismailov",
    "Beishenaliev",
]
RANKS = [
    "Sergeant",
    "Senior sergeant",
    "Lieutenant",
    "Senior lieutenant",
    "Captain",
    "Major",
    "Inspector",
    "Senior inspector",
]
CONTRACTORS = [
    "Kyrgyzstroi LLC",
    "Ala-Too Construction",
    "Osh Engineering",
    "Naryn Build Group",
    "Tian Shan Works",
]
FACILITIES = [
    ("Main checkpoint building", "checkpoint_building"),
    ("Inspection lane canopy", "canopy"),
    ("Staff barracks", "barracks"),
    ("Perimeter fence", "fence"),
    ("Watchtower", "watchtower"),
    ("Backup power supply", "power_supply"),
    ("Water supply", "water_supply"),
    ("Heating system", "heating"),
    ("Cargo inspection lane", "inspection_lane"),
]

# Names in Russian and Kyrgyz of the agencies, crossing points and models above (by code),
# as printed on acts in those languages.
NAMES_RU_KY = {
    "BS": ("Пограничная служба", "Чек ара кызматы"),
    "CUS": ("Государственная таможенная служба", "Мамлекеттик бажы кызматы"),
    "MVD": ("Министерство внутренних дел", "Ички иштер министрлиги"),
    "SBNON": ("Служба по борьбе с наркотиками", "Баңгизаттарга каршы күрөшүү кызматы"),
    "AKJ": ("Ак-Жол", "Ак-Жол"),
    "ATK": ("Ак-Тилек", "Ак-Тилек"),
    "DOS": ("Достук", "Достук"),
    "KRS": ("Кара-Суу", "Кара-Суу"),
    "TOR": ("Торугарт", "Торугарт"),
    "IRK": ("Иркештам", "Эркечтам"),
    "KZA": ("Кызыл-Арт", "Кызыл-Арт"),
    "KRM": ("Карамык", "Карамык"),
    "BDB": ("Бор-Добо", "Бор-Добо"),
    "MAN": ("Аэропорт Манас", "Манас аэропорту"),
    "OSH": ("Аэропорт Ош", "Ош аэропорту"),
    "BSK": ("Бишкекское региональное управление", "Бишкек аймактык башкармалыгы"),
    "BWC-AX3": ("Нательная видеокамера AX3", "Денеге тагылуучу видеокамера AX3"),
    "CAM-PTZ7": ("Поворотная камера наблюдения PTZ", "Айлануучу байкоо камерасы PTZ"),
    "VR-ZOOM2": ("Диктофон H2", "Үн жазгыч H2"),
    "ARM-IIIA": ("Бронежилет IIIA", "Ок өтпөс жилет IIIA"),
    "HLM-B2": ("Защитный шлем B2", "Коргоочу туулга B2"),
    "DOC-RG9": ("Считыватель документов RG9", "Документ окугуч RG9"),
    "XR-HI6": ("Рентгеновский сканер багажа", "Жүк текшерүүчү рентген сканери"),
    "DET-IONS": ("Детектор следов IONSCAN", "Из детектору IONSCAN"),
    "RAD-DP4": ("Портативная рация DP4400", "Көчмө рация DP4400"),
    "PC-LAT5": ("Защищённый ноутбук 5420", "Корголгон ноутбук 5420"),
    "PRN-M404": ("Лазерный принтер M404", "Лазердик принтер M404"),
    "GEN-7K": ("Дизельный генератор 7 кВА", "Дизелдик генератор 7 кВА"),
    "VEH-HLX": ("Пикап Hilux", "Пикап Hilux"),
    "NV-PVS14": ("Монокуляр ночного видения", "Түнкү көрүү монокуляры"),
    "BIN-7X50": ("Бинокль 7x50", "Дүрбү 7x50"),
}

# Who signs the demo's certificates: "name|job title" per line.
CERTIFICATE_SIGNERS = "Asel Sadykova|Lead trainer\nMirlan Usenov|Programme manager"

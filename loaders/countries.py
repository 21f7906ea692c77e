"""Country names as UN texts write them (the 193 Member States and the two observer States), for
telling a country from a person or a place in a text. ``find_countries(text)`` yields
(name, start, end), longest names first ("Bolivia (Plurinational State of)" before "Bolivia")."""
from __future__ import annotations

import re

__all__ = ["COUNTRIES", "VARIANTS", "TERRITORIES", "ADMINISTERING", "POSSESSIVE_RE", "find_countries", "is_country", "canonical", "COUNTRY_RE", "ANY_COUNTRY_RE"]

COUNTRIES = sorted(set("""Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|
Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|
Bolivia (Plurinational State of)|Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Brunei Darussalam|Bulgaria|
Burkina Faso|Burundi|Cabo Verde|Cambodia|Cameroon|Canada|Central African Republic|Chad|Chile|China|
Colombia|Comoros|Congo|Costa Rica|Côte d'Ivoire|Croatia|Cuba|Cyprus|Czechia|
Democratic People's Republic of Korea|Democratic Republic of the Congo|Denmark|Djibouti|Dominica|
Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|
Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|
Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran (Islamic Republic of)|Iraq|Ireland|Israel|Italy|
Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kuwait|Kyrgyzstan|Lao People's Democratic Republic|
Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|
Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia (Federated States of)|
Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|
Nicaragua|Niger|Nigeria|North Macedonia|Norway|Oman|Pakistan|Palau|Panama|Papua New Guinea|Paraguay|
Peru|Philippines|Poland|Portugal|Qatar|Republic of Korea|Republic of Moldova|Romania|Russian Federation|
Rwanda|Saint Kitts and Nevis|Saint Lucia|Saint Vincent and the Grenadines|Samoa|San Marino|
Sao Tome and Principe|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|
Solomon Islands|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|
Syrian Arab Republic|Tajikistan|Thailand|Timor-Leste|Togo|Tonga|Trinidad and Tobago|Tunisia|Türkiye|Turkey|
Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|
United Kingdom of Great Britain and Northern Ireland|United Kingdom|United Republic of Tanzania|
United States of America|United States|Uruguay|Uzbekistan|Vanuatu|Venezuela (Bolivarian Republic of)|
Venezuela|Viet Nam|Yemen|Zambia|Zimbabwe|Holy See|State of Palestine""".replace("\n", "").split("|")),
                   key=len, reverse=True)
COUNTRY_RE = re.compile(r"(?<![\w'])(?:the\s+)?(" + "|".join(re.escape(c).replace(r"\ ", r"\s+")
                                                         for c in COUNTRIES) + r")(?![\w'])")


# Other names press texts use for a State, to its UN short form (pycountry's ISO 3166 names are written inverted,
# "Congo, The Democratic Republic of the", and lack these press forms, so the table is kept here).
VARIANTS = {
    "Democratic Republic of Congo": "Democratic Republic of the Congo", "DR Congo": "Democratic Republic of the Congo",
    "DRC": "Democratic Republic of the Congo", "Vietnam": "Viet Nam", "Russia": "Russian Federation",
    "Syria": "Syrian Arab Republic", "Iran": "Iran (Islamic Republic of)", "Laos": "Lao People's Democratic Republic",
    "Moldova": "Republic of Moldova", "Tanzania": "United Republic of Tanzania", "South Korea": "Republic of Korea",
    "North Korea": "Democratic People's Republic of Korea", "Ivory Coast": "Côte d'Ivoire", "Cote d'Ivoire": "Côte d'Ivoire",
    "Cape Verde": "Cabo Verde", "Swaziland": "Eswatini", "Czech Republic": "Czechia", "Macedonia": "North Macedonia",
    "Burma": "Myanmar", "East Timor": "Timor-Leste", "Brunei": "Brunei Darussalam", "Palestine": "State of Palestine",
    "Micronesia": "Micronesia (Federated States of)", "the Sudan": "Sudan", "UK": "United Kingdom of Great Britain and Northern Ireland", "USA": "United States of America",
    # the short forms to the UN names (the corpus keys write the UN name) and a State's formal name to its UN name
    "United States": "United States of America", "United Kingdom": "United Kingdom of Great Britain and Northern Ireland",
    "Kyrgyz Republic": "Kyrgyzstan", "Slovak Republic": "Slovakia", "Lao PDR": "Lao People's Democratic Republic",
    "Kingdom of the Netherlands": "Netherlands",
    # the common short forms of States whose UN short name is longer or changed (the corpus keys write the UN name)
    "Bolivia": "Bolivia (Plurinational State of)", "Venezuela": "Venezuela (Bolivarian Republic of)",
    "Turkey": "Türkiye", "Republic of Türkiye": "Türkiye", "Republic of Turkey": "Türkiye",
    "occupied Palestinian territory": "Occupied Palestinian Territory",
    "Occupied Palestinian Territories": "Occupied Palestinian Territory",
    "occupied Palestinian territories": "Occupied Palestinian Territory",
    # the long forms written in their natural order
    "Plurinational State of Bolivia": "Bolivia (Plurinational State of)",
    "Bolivarian Republic of Venezuela": "Venezuela (Bolivarian Republic of)",
    "Islamic Republic of Iran": "Iran (Islamic Republic of)", "Federated States of Micronesia": "Micronesia (Federated States of)",
}
# the Non-Self-Governing Territories of the United Nations list: a place a mandate holder may visit, not a State
TERRITORIES = """Western Sahara|Anguilla|Bermuda|British Virgin Islands|Cayman Islands|Falkland Islands (Malvinas)|Montserrat|
Saint Helena|Turks and Caicos Islands|United States Virgin Islands|Gibraltar|American Samoa|French Polynesia|Guam|
New Caledonia|Pitcairn|Tokelau|Occupied Palestinian Territory""".replace("\n", "").split("|")
# (and the territory UN texts name "the Occupied Palestinian Territory": a place of visits, named apart from Israel)
# a place no list above holds that mandate holders' visits name beside a State ("visited Serbia and Kosovo", Kosovo as
# Security Council resolution 1244 (1999) names it)
TERRITORIES += ["Kosovo"]
# the administering Power of each Non-Self-Governing Territory (the UN list): a place in a visit to that State
ADMINISTERING = {**dict.fromkeys(("Guam", "American Samoa", "United States Virgin Islands"), "United States of America"),
                 **dict.fromkeys(("Anguilla", "Bermuda", "British Virgin Islands", "Cayman Islands", "Falkland Islands (Malvinas)",
                                  "Montserrat", "Saint Helena", "Turks and Caicos Islands", "Gibraltar", "Pitcairn"),
                                 "United Kingdom of Great Britain and Northern Ireland"),
                 "French Polynesia": "France", "New Caledonia": "France", "Tokelau": "New Zealand"}
ANY_COUNTRY_RE = re.compile(r"(?<![\w'])(?:the\s+)?(" + "|".join(
    re.escape(c).replace(r"\ ", r"\s+") for c in sorted(set(COUNTRIES) | set(VARIANTS) | set(TERRITORIES), key=len, reverse=True)) + r")(?![^\W\d]|')")
# (a footnote marker may be glued to the name: "Chile7 and Colombia")
# a country in the possessive: "Kenya's", "Viet Nam’s" (ANY_COUNTRY_RE takes no name glued to an apostrophe)
POSSESSIVE_RE = re.compile(ANY_COUNTRY_RE.pattern[:-len(r"(?![^\W\d]|')")] + r"['\u2019]s\b")


# a State's formal name before its short one: "the Federal Republic of Somalia", "the Kingdom of Morocco"
_FORMAL = re.compile(r"(?:(?:Federal|Democratic|Islamic|Socialist|United|Arab|People's|Plurinational|Bolivarian|Cooperative|"
                     r"Oriental|Independent|Hashemite|Grand)\s+){0,3}(?:Republic|Kingdom|State|Principality|Sultanate|Duchy|"
                     r"Commonwealth|Federation|Confederation)\s+of\s+(?:the\s+)?")


def canonical(name: str) -> str:
    """The UN short form of a country name or of a press variant ("Vietnam" -> "Viet Nam"), or of a State's formal
    name ("Federal Republic of Somalia" -> "Somalia"); a UN name stays as written."""
    s = " ".join(name.split()).removeprefix("the ")
    s = VARIANTS.get(s, VARIANTS.get("the " + s, s))
    f = _FORMAL.match(s)
    if f and s not in COUNTRIES and s[f.end():] in COUNTRIES:
        return s[f.end():]
    return s


def is_country(name: str) -> bool:
    s = " ".join(name.split())
    return s.removeprefix("the ") in COUNTRIES


def find_countries(text: str, start: int = 0, end: int | None = None):
    """(name, start, end) of every country name in text[start:end] (without a leading "the")."""
    for m in COUNTRY_RE.finditer(text, start, len(text) if end is None else end):
        yield " ".join(m.group(1).split()), m.start(1), m.end(1)

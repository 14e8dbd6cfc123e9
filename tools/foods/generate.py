#!/usr/bin/env python3
"""Generate vitk's built-in food tables from the sourced data files.

usage: python3 tools/foods/generate.py DATA_DIR [--out foods/] [--recipe tools/foods/common-recipe.toml]
                                       [--usda-aliases tools/foods/usda-aliases.toml]

DATA_DIR holds the source CSVs (see foods/README.md): usda_sr_vitamin_k.csv, usda_sr_portions.csv,
usda_sr_vitamin_k_provenance.csv, literature_menaquinones.csv, nevo2021_vitamin_k.csv, nevo2023_vitamin_k.csv,
ciqual2020_vitamin_k.csv, japan_stfc2020_vitamin_k.csv and usda2022_seafood_mk4.csv. Writes, in --out:

  usda-sr28.toml  every SR28 food with a phylloquinone value, with MK-4 and dihydrophylloquinone where USDA
                  has them (MK-4 with its basis, from USDA's source and derivation codes), USDA's household
                  measures as portions, and the names usda-aliases.toml gives it;
  common.toml     the everyday foods of the recipe, under short names, with K1 from USDA and K2 from the
                  food tables, publications, calculations and imputation rules the recipe names; every K2
                  value any listed source gives for the food is written beside it as a [[food.k2_value]].

The output depends on nothing but the inputs: same files in, byte-identical tables out. Every number is
copied from a source file, divided by a measure's amount (1/2 cup = 78 g gives cup = 156), carried by a
named imputation rule, or calculated by a named recipe rule from sourced components and weights.
The script refuses a recipe that names a value the source files do not hold, that uses a total of vitamin K
including phylloquinone (an upper bound of K2) as K2, or that uses a per-serving figure.
"""

import argparse
import csv
import os
import re
import sys
from fractions import Fraction
import tomllib
import unicodedata

# vitk's mass units and every spelling of them that units.cpp reads as one.
MASS_UNITS = {"oz", "lb", "g", "kg", "mg", "gram", "gr", "ounce", "pound", "lbs", "kilogram", "kilo", "kgs",
              "milligram", "mgs"}
FORMS = ["mk4", "mk5", "mk6", "mk7", "mk8", "mk9", "mk9_4h", "mk10", "mk11", "mk12", "mk13"]
# literature_menaquinones.csv writes forms as MK-7; MK-9(4H) is tetrahydromenaquinone-9.
LITERATURE_FORMS = {f"MK-{n}": f"mk{n}" for n in range(4, 14)} | {"MK-9(4H)": "mk9_4h"}
# USDA measure words of a volume: a measure that starts with one measures by it ('1 cup, balls' is a cup).
VOLUME_MEASURES = {"cup", "tbsp", "tsp", "fl-oz", "pint", "quart", "gallon", "ml", "liter", "cubic-inch"}
# USDA measure words that vitk spells another way.
UNIT_SPELLING = {"tablespoon": "tbsp", "tablespoons": "tbsp", "tbs": "tbsp", "tbsps": "tbsp", "tbl": "tbsp",
                 "teaspoon": "tsp", "teaspoons": "tsp", "tsps": "tsp", "nlea": "serving"}
USDA_CITATION = ("US Department of Agriculture, Agricultural Research Service, Nutrient Data Laboratory. "
                 "USDA National Nutrient Database for Standard Reference, Release 28 (2015)")
NEVO_CITATION = "NEVO-online 2021/7.0, RIVM, Bilthoven"
NEVO2023_CITATION = "NEVO-online 2023/8.0, RIVM, Bilthoven"
CIQUAL_CITATION = "Anses 2020, Ciqual French food composition table"
JAPAN_CITATION = "MEXT Standard Tables of Food Composition in Japan 2020 (8th ed.)"
AFCD_CITATION = "USDA FoodData Central 2022 as compiled in the Aquatic Food Composition Database (AFCD)"

# The basis of a K2 value (foods/README.md): a laboratory figure for this food, a national table without
# per-value codes, a recipe calculation from sourced components, or a documented imputation rule.
BASES = ("analysed", "compiled", "calculated", "imputed")
# USDA SR28 source codes (SRC_CD) and derivation codes (DERIV_CD) of an MK-4 value -> its basis.
# 1 analytical -> analysed; 6, 11 aggregated -> compiled (several sources, no per-value trace here);
# 7 assumed zero -> imputed; 8, 9, 12, 13 manufacturer, label or literature -> compiled;
# 4 calculated or imputed -> calculated for recipes (R...), formulations (FL...), physical composition (P...)
# and aggregates (CA...), imputed for values based on another form of the food or a similar food (BF...) and
# anything else.
USDA_CALCULATED_DERIVATIONS = ("R", "FL", "P", "CA")
# Imputation rules, each stated once in foods/README.md; the k2_source of a value they carry names the rule
# and the food the value came from.
RULES = {
    "R1": "the same food in another state or form, unadjusted",
    "V1": "a similar food of the same kind, unadjusted",
    "V2": "the average of a national table's category that holds the food",
    "Z1": "assumed zero: unfermented plant or algal tissue",
    "Z2": "assumed zero: a plant food fermented by yeast alone",
    "Z3": "assumed zero: water, salt or sugars, without fat or more than traces of any organism's tissue",
}
ZERO_RULES = ("Z1", "Z2", "Z3")
CALCULATIONS = {
    "C1": "recipe calculation, the components weighted by their grams",
}
# Groups of foods that are, or contain, animal tissue or are fermented by bacteria: the zero rules never apply
# to them.
NOT_Z1_GROUPS = {"dairy", "cheese", "eggs", "poultry", "meat", "fish", "fermented", "mixed dishes"}


class RecipeError(Exception):
    pass


def singular(word):
    """The same crude singular as vitk's text.cpp, so that portion names pass the table loader."""
    if len(word) < 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith(("eaves", "alves", "oaves")):
        return word[:-3] + "f"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("oes", "ches", "shes", "xes", "sses")):
        return word[:-2]
    if len(word) > 3 or word[-2] not in "aeiou":
        return word[:-1]
    return word


def fold(text):
    """As vitk's fold: case folded, accents dropped (NFD, combining marks removed), ligatures as their letters: 'Pâté'
    -> 'pate', 'Œufs' -> 'oeufs'."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("\u0153", "oe").replace("\u00e6", "ae")


def normalized(text):
    """As vitk's normalize_key: folded (case and accents), '-', '_' and ',' read as spaces, spaces collapsed."""
    return " ".join(re.sub(r"[-_,\s]+", " ", fold(text)).split())


def toml_string(text):
    out = ['"']
    for ch in text:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def number(value):
    """A float as the shortest text that reads back the same, always with a decimal point."""
    text = repr(float(value))
    return text if ("." in text or "e" in text) else text + ".0"


def read_csv(data, name):
    with open(os.path.join(data, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


QUALIFIER_STOPWORDS = {"about", "and", "or", "with", "without", "of", "in", "inch", "long", "dia", "x", "to"}
# The qualifiers of a measure that place a piece in the whole (a lettuce's inner and outer leaves), of which no one
# is the plain piece.
PLACE_QUALIFIERS = {"inner", "outer"}
# The qualifiers of a candy's other sizes ('bar fun size', 17 g, 'bar bite size', 7 g, 'package fun size'): none of
# them is the plain bar or package, which is the regular one.
OTHER_SIZE_QUALIFIERS = {"fun", "bite", "king", "miniature", "mini", "snack"}
CANDY_UNITS = {"bar", "package", "serving", "piece"}


class PieceOf(str):
    """The text of a USDA measure that counts its pieces, of which a portion is one ('1 oz (14 halves)', 14)."""

    def __new__(cls, text, count, ranged):
        piece = super().__new__(cls, text)
        piece.count, piece.ranged = count, ranged
        return piece


def measure_note(text):
    """How a portion was read from USDA's measure: as it stands, or one of the pieces it counts."""
    if isinstance(text, PieceOf):
        counted = "the middle of the count it gives" if text.ranged else "the count it gives"
        return f"USDA measure '{text}' divided by {text.count:g}, {counted}"
    return f"USDA measure '{text}'"


INCH_NUMBER = r"\d+-\d+/\d+|\d+/\d+|\d+"
INCH_SIZE = re.compile(rf"(?<![\d/.-])({INCH_NUMBER})(?:\s*(?:-|to)\s*({INCH_NUMBER}))?\s*(?:\"|-inch\b| inch\b)")


def inch_sizes(description):
    """The first size in inches a USDA measure gives, as the names of its ends ('approx 7-8" dia' -> 7-inch, 8-inch;
    '1/2" base' -> half-inch), or none: a size of another (1/8 of 12" dia), or not in whole or half inches."""
    found = INCH_SIZE.search(description.lower())
    if not found or description.lower()[:found.start()].rstrip().endswith(" of"):
        return []
    names = []
    for end in filter(None, found.groups()):
        value = sum(Fraction(part) for part in end.replace("-", " ").split())
        if value.denominator == 1 and 0 < value <= 36:
            names.append(f"{value.numerator}-inch")
        elif value == Fraction(1, 2):
            names.append("half-inch")
        else:
            return []
    return names


def portion_names(measures):
    """USDA household measures of one food -> [(vitk portion name, grams per unit, measure text)].

    The name is the measure's first word, singular and spelled as vitk spells units ('cup, chopped' -> cup, 'tablespoon'
    -> tbsp, 'NLEA serving' -> serving, 'fl oz' -> fl-oz, 'extra large' -> extra-large); a later measure with the same
    first word adds its first qualifier outside parentheses ('cup, shredded' -> cup-shredded, 'stalk, medium (7-1/2"
    long)' -> stalk-medium; '10 cantaloupe balls' -> ball), and a measure without a qualifier claims the bare name even
    when a qualified one comes first ('1 cup, with hulls' -> cup-with, '1 cup' -> cup); a measure whose name is still
    taken is left out. Where every measure of a unit is qualified, the medium (or regular) one claims the bare name and
    keeps its qualified one ('1 croissant, medium' -> croissant and croissant-medium; the mini one listed first is
    croissant-mini); so does a mashed or puréed one ('1 cup, mashed' -> cup and cup-mashed). A candy's other sizes never claim its bar, package, serving or piece ('bar fun size' -> bar-fun, 'bar bite size' -> bar-bite, 'package
    fun size' -> package-fun): a bar is the regular one. Mass measures (oz, lb) are left out: vitk converts masses itself, and so is what a pound of raw
    meat yields ('1 piece ... (yield from 1 lb raw meat)'), which is no piece. Grams are per one unit.
    """
    parsed = []
    for amount, description, grams in measures:
        # '1 piece, cooked, excluding refuse (yield from 1 lb raw meat with refuse)', '1 unit (yield from 1 lb
        # ready-to-cook chicken)': what a pound yields is no piece, and a count of it would weigh pounds.
        if re.search(r"yield from 1 lb\b", description.lower()):
            continue
        plain = re.sub(r"\([^)]*\)", " ", description.lower())
        words = [UNIT_SPELLING.get(singular(w), singular(w)) for w in re.findall(r"[a-z]+", plain)]
        if words and words[0] in ("fl", "extra", "cubic") and len(words) > 1:
            words = [words[0] + "-" + words[1]] + words[2:]
        # '10 cantaloupe balls' is a ball, not a cantaloupe: a count of the fruit would weigh a ball of it.
        if len(words) > 1 and words[1] == "ball" and words[0] not in VOLUME_MEASURES:
            words = words[1:]
        # 'thigh without skin' is no thigh-skin: a word after 'without' is a qualifier with it (thigh-without-skin).
        qualifiers = [("without-" + w if k > 1 and words[k - 1] == "without" else w)
                      for k, w in enumerate(words) if k > 0 and w not in QUALIFIER_STOPWORDS and len(w) > 1]
        # '1 can (12.5 oz), drained': a container of a size is weighed drained as its plain measure is ('1 can',
        # 165 g, a 5 oz can), and drained names no other portion of it: a diary's `1 can tuna, drained` is the
        # plain can.
        if re.search(r"\(\s*[\d.]+\s*(oz|g|ml|fl oz)\b[^)]*\)", description.lower()) and qualifiers[:1] == ["drained"]:
            qualifiers = qualifiers[1:]
        parsed.append((amount, description, grams, words, qualifiers))
    # A measure with no qualifier ('1 cup') is the plain unit: it claims the bare name before any qualified
    # measure of the same unit listed ahead of it ('1 cup, with hulls, edible yield' becomes cup-with).
    plain_unit = {}
    for index, (_, _, _, words, qualifiers) in enumerate(parsed):
        if words and not qualifiers:
            plain_unit.setdefault(words[0], index)
    # Where every measure of a unit is qualified, the medium or regular one is the plain unit ('croissant, mini' comes
    # first, but a croissant is USDA's medium one; 'slice, large' comes before rye toast's 'slice, regular'); it keeps
    # its qualified name too (croissant-medium, slice-regular).
    for index, (_, _, _, words, qualifiers) in enumerate(parsed):
        if words and qualifiers and qualifiers[0] in ("medium", "regular"):
            plain_unit.setdefault(words[0], index)
    # Where the measures of a unit are only its places in the whole ('leaf inner', 6 g, and 'leaf outer', 28 g, of
    # romaine), none is the plain unit: a count of leaves says which, else it is an error, never the first listed.
    sized_only = set()
    for unit in {words[0] for _, _, _, words, _ in parsed if words}:
        of_unit = [qualifiers for _, _, _, words, qualifiers in parsed if words and words[0] == unit]
        if unit not in plain_unit and len(of_unit) > 1 and all(q and q[0] in PLACE_QUALIFIERS for q in of_unit):
            sized_only.add(unit)
    taken = {}
    out = []
    for index, (amount, description, grams, words, qualifiers) in enumerate(parsed):
        if not words or words[0] in MASS_UNITS:
            continue
        candidates = [words[0]] if plain_unit.get(words[0], index) == index and words[0] not in sized_only else []
        if qualifiers and qualifiers[0] in OTHER_SIZE_QUALIFIERS and words[0] in CANDY_UNITS:
            candidates = []
        if qualifiers:
            candidates.append(words[0] + "-" + qualifiers[0])
        name = next((c for c in candidates if c not in taken and len(c) <= 32), None)
        if name is None or not re.fullmatch(r"[a-z][a-z0-9-]*", name):
            continue
        per_unit = round(float(grams) / float(amount), 3)
        if not 0 < per_unit <= 10000:
            continue
        taken[name] = per_unit
        out.append((name, per_unit, f"{amount} {description}"))
        # The medium or regular one that claimed the bare unit keeps its qualified name too, and so does a mashed or
        # puréed one ('1 cup, mashed' of banana is cup and cup-mashed), which is how `1 cup mashed banana` knows it.
        if name == words[0] and qualifiers and qualifiers[0] in ("medium", "regular", "mashed", "pureed"):
            sized = words[0] + "-" + qualifiers[0]
            if sized not in taken and len(sized) <= 32:
                taken[sized] = per_unit
                out.append((sized, per_unit, f"{amount} {description}"))
    # A candy whose regular bar USDA gives only as a serving ('1 serving 2.05 oz bar', 58 g, of a Milky Way) has that
    # bar as its bar, where one such serving alone names a bar of no other size.
    bars = [(amount, description, grams) for amount, description, grams, words, _ in parsed
            if words and words[0] == "serving" and words[-1] == "bar" and not OTHER_SIZE_QUALIFIERS & set(words)]
    if "bar" not in taken and len(bars) == 1:
        amount, description, grams = bars[0]
        per_unit = round(float(grams) / float(amount), 3)
        if 0 < per_unit <= 10000:
            taken["bar"] = per_unit
            out.append(("bar", per_unit, f"{amount} {description}"))
    # A count of pieces in a measure's parentheses ('1 oz (14 halves)', '1 cup, in shell, edible yield (7 nuts)', '1 oz
    # (10-12 kernels)': the middle of a range) weighs one of them, where USDA measures no such piece of the food: a
    # walnut half is 28.35 g / 14. Only nuts' and dried fruit's pieces, which USDA counts by the ounce or the cup.
    for amount, description, grams, _, _ in parsed:
        found = re.search(r"\((\d+)(?:-(\d+))? (?:whole )?(kernels|halves|nuts|raisins)\)", description.lower())
        if not found:
            continue
        count = (int(found.group(1)) + int(found.group(2) or found.group(1))) / 2
        name = singular(found.group(3))
        if name in taken or count < 2:
            continue
        per_unit = round(float(grams) / float(amount) / count, 3)
        taken[name] = per_unit
        out.append((name, per_unit, PieceOf(f"{amount} {description}", count, found.group(2) is not None)))
    # A size in inches that a measure of a piece gives ('tortilla (approx 10" dia)', 'fruit (2" dia)', '10 beans (4"
    # long)', '4 spears (1/2" base)') also names that piece, by its unit and the size (tortilla-10-inch, fruit-2-inch,
    # bean-4-inch, spear-half-inch), so that `1 10-inch tortilla` and a tracker's `1 fruit (2" dia)` weigh it; a range
    # names each end ('7-8" dia': 7-inch and 8-inch). Only whole inches and a half inch, the first size the measure
    # gives; not a volume's pieces ('cup 1/2" pieces'), nor a part of a larger thing ('piece (1/8 of 12" dia)'). A name
    # that two measures of other weights give is no one size, and is left out.
    sized = {}
    for amount, description, grams, words, _ in parsed:
        if not words or words[0] in MASS_UNITS or words[0] in VOLUME_MEASURES or words[0] == "serving":
            continue
        for size in inch_sizes(description):
            weights = sized.setdefault(f"{words[0]}-{size}", {})
            weights.setdefault(round(float(grams) / float(amount), 3), f"{amount} {description}")
    for name, weights in sized.items():
        per_unit, text = next(iter(weights.items()))
        if len(weights) == 1 and name not in taken and len(name) <= 32 and 0 < per_unit <= 10000:
            taken[name] = per_unit
            out.append((name, per_unit, text))
    # A serving that USDA gives as a volume ('1 serving 1/2 cup', 66 g; '1 serving 8 fl oz') also weighs that
    # volume's unit, where no measure of the food does: a cup of ice cream is twice USDA's half-cup serving.
    for amount, description, grams, words, _ in parsed:
        if not words or words[0] != "serving":
            continue
        found = re.search(r"(?<![\d/.])(\d+ \d+/\d+|\d+/\d+|\d*\.?\d+)\s*(cups?|tbsp|tablespoons?|fl\.? oz)\b",
                          description.lower())
        if not found:
            continue
        unit = {"cup": "cup", "cups": "cup", "fl oz": "fl-oz", "fl. oz": "fl-oz"}.get(found.group(2), "tbsp")
        volume = sum(float(Fraction(part)) for part in found.group(1).split())
        if unit in taken or volume <= 0:
            continue
        per_unit = round(float(grams) / float(amount) / volume, 3)
        if 0 < per_unit <= 10000:
            taken[unit] = per_unit
            out.append((unit, per_unit, f"{amount} {description}"))
    return out


def load_usda(data):
    foods = {}
    for row in read_csv(data, "usda_sr_vitamin_k.csv"):
        foods[row["ndb_no"]] = {"row": row, "measures": []}
    for row in read_csv(data, "usda_sr_portions.csv"):
        if row["ndb_no"] in foods:
            foods[row["ndb_no"]]["measures"].append((row["amount"], row["unit_description"], row["grams"]))
    return foods


def usda_values(row):
    """k1, dk and mk4 as USDA writes them, or None where USDA has no value (never zero)."""
    def value(key):
        return row[key] if row[key] != "" else None
    return value("k1_ug_per_100g"), value("dk_ug_per_100g"), value("mk4_ug_per_100g")


def load_provenance(data):
    return {(row["ndb_no"], row["form"]): row for row in read_csv(data, "usda_sr_vitamin_k_provenance.csv")}


def usda_mk4_basis(provenance, ndb):
    """The basis of USDA's MK-4 for a food, from its SR28 source and derivation codes, and the codes' row."""
    row = provenance.get((ndb, "MK4_menaquinone4"))
    if row is None:
        raise RecipeError(f"USDA {ndb}: no provenance row for its MK-4")
    source, derivation = row["src_cd"], row["deriv_cd"]
    if source == "1":
        return "analysed", row
    if source in ("6", "11", "8", "9", "12", "13"):
        return "compiled", row
    if source == "7":
        return "imputed", row
    if source == "4":
        return ("calculated" if derivation.startswith(USDA_CALCULATED_DERIVATIONS) else "imputed"), row
    raise RecipeError(f"USDA {ndb}: MK-4 source code {source!r} has no basis")


def usda_codes(row):
    """USDA's quality codes of a value, as words: source code, derivation, data points, reference food."""
    words = [f"SR28 source code {row['src_cd']}"]
    if row["deriv_cd"]:
        words.append(f"derivation {row['deriv_cd']}")
    if row["num_data_pts"] not in ("", "0"):
        words.append(f"n = {row['num_data_pts']}")
    if row["ref_ndb_no"]:
        words.append(f"from NDB {row['ref_ndb_no']}")
    return ", ".join(words)


def load_usda_aliases(path, usda, recipe_path):
    """usda-aliases.toml: names people write for USDA foods that are not common foods -> {ndb: [alias, ...]}.

    Each [[food]] gives usda (an NDB number of a food with a K1 value), aliases and reason (why the names mean
    that food). An alias may repeat no id or alias of the common foods nor another alias here, and a food the
    recipe curates takes its aliases there."""
    if not os.path.exists(path):
        return {}
    with open(path, "rb") as f:
        listed = tomllib.load(f)
    with open(recipe_path, "rb") as f:
        recipe = tomllib.load(f)
    keys = {}
    curated = {}
    for food in recipe["food"]:
        for key in [food["id"]] + list(food.get("aliases", [])):
            keys[normalized(key)] = food["id"]
        if "usda" in food:
            curated[food["usda"]] = food["id"]
    errors = []
    out = {}
    for entry in listed.get("food", []):
        ndb = entry.get("usda", "")
        aliases = entry.get("aliases", [])
        if set(entry) != {"usda", "aliases", "reason"} or not aliases or not entry["reason"].strip():
            errors.append(f"usda-aliases: {ndb}: needs exactly usda, aliases and a reason")
            continue
        if ndb not in usda:
            errors.append(f"usda-aliases: no USDA food {ndb} with a K1 value")
        elif ndb in curated:
            errors.append(f"usda-aliases: {ndb} is the common food {curated[ndb]}: give it the aliases there")
        elif ndb in out:
            errors.append(f"usda-aliases: {ndb} listed twice")
        for alias in aliases:
            folded = normalized(alias)
            if folded in keys:
                errors.append(f"usda-aliases: {ndb}: {alias!r} is already an id or alias of {keys[folded]}")
            keys[folded] = f"usda-{ndb}"
        out[ndb] = aliases
    if errors:
        raise RecipeError("\n".join(errors))
    return out


def write_usda(foods, provenance, path, aliases):
    lines = [
        "# vitk built-in table: every food of USDA SR28 with a phylloquinone (vitamin K1) value.",
        "# Generated by tools/foods/generate.py from usda_sr_vitamin_k.csv, usda_sr_portions.csv and",
        "# usda_sr_vitamin_k_provenance.csv; do not edit.",
        f"# Source: {USDA_CITATION}.",
        "# Values in µg per 100 g as USDA publishes them: k1 = phylloquinone (nutrient 430), dk =",
        "# dihydrophylloquinone (429), k2.mk4 = menaquinone-4 (428), with k2_basis from USDA's source and",
        "# derivation codes (see foods/README.md) and k2_measured = the one form USDA measures. A value USDA does",
        "# not have is left out (unknown), never written as zero. Portions are USDA household measures in grams",
        "# per unit; a piece that a measure counts in parentheses ('1 oz (14 halves)') is the measure divided by",
        "# its count (a range's middle: '10-12 kernels' is 11); a piece whose measure gives its size in whole",
        "# inches or half an inch is also named by that size ('tortilla (approx 10\" dia)' is tortilla-10-inch).",
    ]
    for ndb in sorted(foods):
        row = foods[ndb]["row"]
        k1, dk, mk4 = usda_values(row)
        lines.append("")
        lines.append("[[food]]")
        lines.append(f'id = "usda-{ndb}"')
        lines.append(f"name = {toml_string(row['description'])}")
        if ndb in aliases:
            lines.append("aliases = [" + ", ".join(toml_string(a) for a in aliases[ndb]) + "]")
        lines.append(f"group = {toml_string(row['food_group'])}")
        lines.append(f"k1 = {number(k1)}")
        if dk is not None:
            lines.append(f"dk = {number(dk)}")
        if mk4 is not None:
            basis, _ = usda_mk4_basis(provenance, ndb)
            lines.append(f"k2 = {{ mk4 = {number(mk4)} }}")
            lines.append(f'k2_basis = "{basis}"')
            lines.append('k2_measured = ["mk4"]')
        portions = portion_names(foods[ndb]["measures"])
        if portions:
            lines.append("portions = { " + ", ".join(f"{n} = {number(g)}" for n, g, _ in portions) + " }")
        lines.append(f'source = "USDA SR28 NDB {ndb}"')
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return len(foods)


class Sources:
    """The source files, read once."""

    def __init__(self, data, usda):
        self.usda = usda
        self.provenance = load_provenance(data)
        self.literature = read_csv(data, "literature_menaquinones.csv")
        self.nevo2021 = {row["nevo_code"]: row for row in read_csv(data, "nevo2021_vitamin_k.csv")}
        self.nevo2023 = {row["nevo_code"]: row for row in read_csv(data, "nevo2023_vitamin_k.csv")}
        self.ciqual = {row["alim_code"]: row for row in read_csv(data, "ciqual2020_vitamin_k.csv")}
        self.japan = {row["food_no"]: row for row in read_csv(data, "japan_stfc2020_vitamin_k.csv")}
        self.afcd = {row["fct_code_orig"]: row for row in read_csv(data, "usda2022_seafood_mk4.csv")}


class Value:
    """One K2 value of a food: its form (a FORMS key, 'total' or 'vitamin_k'), µg per 100 g as text, basis,
    the forms its method measured (None where unknown) and a one-line description of where it comes from."""

    def __init__(self, form, ug, basis, measured, text):
        self.form, self.ug, self.basis, self.measured, self.text = form, ug, basis, measured, text
        self.used = False


def literature_value(rows, pick, food_id):
    """The literature row a recipe names: food, form and citation must match exactly one usable row."""
    matches = [r for r in rows
               if r["food"] == pick["food"] and r["form"] == pick["form"]
               and pick["citation"] in r["citation"]]
    if "seen_at" in pick:
        matches = [r for r in matches if pick["seen_at"] in r["seen_at"]]
    if any(r["value_type"] == "converted_from_serving" for r in matches):
        raise RecipeError(f"{food_id}: literature pick {pick} is a per-serving figure, not a value per 100 g")
    matches = [r for r in matches if r["value_type"] in ("mean", "median", "point", "approx")]
    if len(matches) != 1:
        raise RecipeError(f"{food_id}: literature pick {pick} matches {len(matches)} rows")
    return matches[0]


def nevo_row(nevo, code, food_id):
    for row in nevo:
        if row["nevo_code"] == str(code):
            if row["per"] != "100g":
                raise RecipeError(f"{food_id}: NEVO {code} is per {row['per']}, not per 100 g")
            return row
    raise RecipeError(f"{food_id}: no NEVO code {code}")


def plain_number(text, what):
    """A source's number as float text; a comma is a decimal comma. Anything else is refused."""
    cleaned = text.strip().replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d+)?", cleaned):
        raise RecipeError(f"{what} is {text!r}, not a number")
    return number(cleaned)


def measured_forms(pick, food_id):
    if "measured" not in pick:
        return None
    forms = list(pick["measured"])
    for form in forms:
        if form not in FORMS:
            raise RecipeError(f"{food_id}: {form!r} is not a K2 form key")
    return tuple(f for f in FORMS if f in forms)


SOURCE_KEYS = ("usda_mk4", "nevo", "nevo2021", "ciqual", "afcd", "literature", "japan", "calc", "rule")


def resolve(spec, sources, food_id, group):
    """The K2 value(s) a recipe entry names, as a list of Value."""
    keys = [k for k in SOURCE_KEYS if k in spec]
    if len(keys) != 1:
        raise RecipeError(f"{food_id}: a K2 entry names one source of {SOURCE_KEYS}, not {keys or 'none'}")
    key = keys[0]
    what = spec[key]
    if key == "usda_mk4":
        ndb = str(what)
        if ndb not in sources.usda:
            raise RecipeError(f"{food_id}: no USDA food {ndb}")
        mk4 = usda_values(sources.usda[ndb]["row"])[2]
        if mk4 is None:
            raise RecipeError(f"{food_id}: USDA has no MK-4 for {ndb}")
        basis, row = usda_mk4_basis(sources.provenance, ndb)
        description = sources.usda[ndb]["row"]["description"]
        return [Value("mk4", number(mk4), basis, ("mk4",),
                      f"MK-4 {number(mk4)}: USDA SR28 NDB {ndb} '{description}' ({usda_codes(row)})")]
    if key in ("nevo", "nevo2021"):
        if key == "nevo":
            row, citation = sources.nevo2023.get(str(what)), NEVO2023_CITATION
            name, k2 = (row["food_name_en"], row["VITK2_ug"]) if row else (None, None)
        else:
            row, citation = sources.nevo2021.get(str(what)), NEVO_CITATION
            if row and row["per"] != "100g":
                raise RecipeError(f"{food_id}: NEVO {what} is per {row['per']}, not per 100 g")
            name, k2 = (row["name_en"], row["k2_ug"]) if row else (None, None)
        if row is None:
            raise RecipeError(f"{food_id}: no code {what} in {citation}")
        if k2 == "":
            raise RecipeError(f"{food_id}: {citation} code {what} has no K2 (blank is unknown, not zero)")
        ug = plain_number(k2, f"{food_id}: {citation} code {what} K2")
        return [Value("total", ug, "compiled", None,
                      f"total K2 {ug}: {citation}, code {what} '{name}' (Netherlands; total menaquinones, "
                      "forms not given)")]
    if key == "ciqual":
        row = sources.ciqual.get(str(what))
        if row is None:
            raise RecipeError(f"{food_id}: no Ciqual 2020 code {what}")
        ug = plain_number(row["vitK2_raw"], f"{food_id}: Ciqual 2020 code {what} K2")
        return [Value("total", ug, "compiled", None,
                      f"total K2 {ug}: {CIQUAL_CITATION}, code {what} '{row['alim_nom_fr']}' (France; "
                      "forms not given)")]
    if key == "afcd":
        row = sources.afcd.get(str(what))
        if row is None:
            raise RecipeError(f"{food_id}: no USDA 2022 seafood value with FDC id {what}")
        ug = plain_number(row["value"], f"{food_id}: USDA 2022 FDC {what} MK-4")
        return [Value("mk4", ug, "compiled", ("mk4",),
                      f"MK-4 {ug}: {AFCD_CITATION}, FDC id {what} '{row['food_name']}' (US)")]
    if key == "literature":
        row = literature_value(sources.literature, what, food_id)
        if row["form"] in LITERATURE_FORMS:
            form = LITERATURE_FORMS[row["form"]]
        elif row["form"] == "total K2 (sum of MKs)":
            form = "total"
        elif row["form"].startswith("total vitamin K"):
            form = "vitamin_k"
        else:
            raise RecipeError(f"{food_id}: {row['form']} is neither a single menaquinone nor a K2 total")
        ug = plain_number(row["ug_per_100g"], f"{food_id}: literature {row['food']} {row['form']}")
        label = "total vitamin K (K1 included)" if form == "vitamin_k" else row["form"]
        text = f"{label} {ug}: {row['food']}, {row['citation']}; seen at {row['seen_at']}"
        if row["value_type"] == "approx":
            text += " (approximate)"
        return [Value(form, ug, "analysed", measured_forms(what, food_id), text)]
    if key == "japan":
        row = sources.japan.get(str(what))
        if row is None:
            raise RecipeError(f"{food_id}: no Japanese STFC food {what}")
        raw = row["vitk_raw"]
        estimated = raw.startswith("(")
        ug = plain_number(raw.strip("()"), f"{food_id}: Japanese STFC {what} vitamin K")
        note = "; estimated" if estimated else ""
        name = spec.get("name", row["name_ja"])
        return [Value("vitamin_k", ug, "compiled", None,
                      f"total vitamin K {ug} (K1 and menaquinones, an upper bound of K2{note}): "
                      f"{JAPAN_CITATION}, food {what} '{name}' (Japan)")]
    if key == "calc":
        if what not in CALCULATIONS:
            raise RecipeError(f"{food_id}: no calculation rule {what!r}")
        parts = spec.get("parts", [])
        if len(parts) < 2:
            raise RecipeError(f"{food_id}: calculation {what} needs two or more parts")
        total_grams = 0.0
        weighted = 0.0
        forms = set()
        words = []
        measured = []
        for part in parts:
            grams = float(part.get("grams", 0))
            if grams <= 0:
                raise RecipeError(f"{food_id}: calculation {what}: a part has no grams")
            inner = {k: v for k, v in part.items() if k != "grams"}
            values = resolve(inner, sources, food_id, group)
            if len(values) != 1:
                raise RecipeError(f"{food_id}: calculation {what}: a part names {len(values)} values")
            value = values[0]
            if value.form == "vitamin_k":
                raise RecipeError(f"{food_id}: calculation {what} uses {value.text}: total vitamin K "
                                  "including K1 is an upper bound of K2, never a K2 value")
            forms.add(value.form)
            measured.append(value.measured)
            total_grams += grams
            weighted += grams * float(value.ug)
            words.append(f"{grams:g} g of {value.text}")
        if len(forms) != 1:
            raise RecipeError(f"{food_id}: calculation {what} mixes forms {sorted(forms)}")
        weights = spec.get("weights")
        if not weights:
            raise RecipeError(f"{food_id}: calculation {what} names no source of its weights")
        ug = number(round(weighted / total_grams, 1))
        common = measured[0] if all(m == measured[0] for m in measured) else None
        return [Value(forms.pop(), ug, "calculated", common,
                      f"calculated {ug} by rule {what} of foods/README.md ({CALCULATIONS[what]}): "
                      + " + ".join(words)
                      + f"; weights: {weights}")]
    # key == "rule"
    if what not in RULES:
        raise RecipeError(f"{food_id}: no imputation rule {what!r}")
    if what in ZERO_RULES:
        if group in NOT_Z1_GROUPS:
            raise RecipeError(f"{food_id}: rule {what} (assumed zero) applies only to plant foods that no "
                              f"bacteria have fermented, not to the group {group!r}")
        if "from" in spec:
            raise RecipeError(f"{food_id}: rule {what} carries no value from another food")
        text = f"imputed 0 by rule {what} of foods/README.md ({RULES[what]})"
        return [Value("total", "0.0", "imputed", None, text)]
    if "from" not in spec:
        raise RecipeError(f"{food_id}: rule {what} names no food to carry the value from")
    values = resolve(spec["from"], sources, food_id, group)
    out = []
    for value in values:
        if value.form == "vitamin_k":
            raise RecipeError(f"{food_id}: rule {what} carries {value.text}: total vitamin K including K1 is "
                              "an upper bound of K2, never a K2 value")
        out.append(Value(value.form, value.ug, "imputed", value.measured,
                         f"imputed {value.ug} by rule {what} of foods/README.md ({RULES[what]}) from {value.text}"))
    return out


def common_food(recipe, sources):
    food_id = recipe["id"]
    usda = sources.usda
    group = recipe["group"]
    out = [f'id = "{food_id}"']
    k1 = dk = None
    sources_text = []
    portions = []
    measures_ndb = recipe.get("usda", recipe.get("portions_from"))
    if "usda" in recipe and "portions_from" in recipe:
        raise RecipeError(f"{food_id}: portions_from is for foods without a USDA food")
    if "usda" in recipe:
        ndb = recipe["usda"]
        if ndb not in usda:
            raise RecipeError(f"{food_id}: no USDA food {ndb} with a K1 value")
        row = usda[ndb]["row"]
        k1, dk, _ = usda_values(row)
        name = recipe.get("name", row["description"])
        sources_text.append(f"USDA SR28 NDB {ndb} '{row['description']}'")
    else:
        name = recipe["name"]
    if measures_ndb is not None:
        if measures_ndb not in usda:
            raise RecipeError(f"{food_id}: no USDA food {measures_ndb}")
        measures = {n: (grams, text) for n, grams, text in portion_names(usda[measures_ndb]["measures"])}
        # A pick may name a measure by USDA's whole text, amount first, where portion_names leaves it out as a second
        # measure of a unit ({ slice = '1 slice (3-1/2" dia x 3/4" thick)' }).
        whole_text = {f"{amount} {description}": (round(float(grams) / float(amount), 3), f"{amount} {description}")
                      for amount, description, grams in usda[measures_ndb]["measures"]}
        # All of USDA's measures, unless the recipe picks and names them ({ stalk = "stalk-medium" }).
        chosen = recipe.get("portions", {n: n for n in measures})
        for unit, measure in chosen.items():
            picked = measures.get(measure, whole_text.get(measure))
            if picked is None:
                raise RecipeError(f"{food_id}: USDA {measures_ndb} has no portion {measure!r} "
                                  f"(has {sorted(measures)})")
            if unit == "serving" and "serving" in recipe:
                continue
            portions.append((unit, picked[0], picked[1]))
        # A pick keeps the ways of measuring its units that USDA qualifies by preparation: with cup picked,
        # cup-sliced and cup-ground stay, so that 'almonds 1 cup sliced' is the sliced cup, not the whole one.
        units = {unit.split("-")[0] for unit in chosen}
        taken = set(chosen) | set(chosen.values())
        for measure, (grams, text) in measures.items():
            if "-" in measure and measure.split("-")[0] in units and measure not in taken:
                portions.append((measure, grams, text))
    # A unit that USDA measures for a food of the same kind but not for this one: { from = "NDB", portions =
    # ["slice"] } (a slice of gouda weighs as USDA's slice of cheddar); only units the food lacks, never a nutrient.
    borrowed = []
    loans = recipe.get("borrow", [])
    for loan in [loans] if isinstance(loans, dict) else loans:
        lender = loan["from"]
        if lender not in usda:
            raise RecipeError(f"{food_id}: no USDA food {lender} to borrow from")
        lent = {n: (grams, text) for n, grams, text in portion_names(usda[lender]["measures"])}
        for unit in loan["portions"]:
            if unit not in lent:
                raise RecipeError(f"{food_id}: USDA {lender} has no portion {unit!r} (has {sorted(lent)})")
            if any(u == unit for u, _, _ in portions):
                raise RecipeError(f"{food_id}: borrows {unit!r}, which it has")
            portions.append((unit, lent[unit][0], None))
            if unit == "serving":
                raise RecipeError(f"{food_id}: a serving is the food's own; borrow units, not a serving")
            borrowed.append(f"{unit} = {measure_note(lent[unit][1])} of NDB {lender} "
                            f"'{usda[lender]['row']['description']}', a food of the same kind (borrowed: USDA "
                            f"measures no {unit} of this food)")
    if "nevo_k1" in recipe:
        row = nevo_row(list(sources.nevo2021.values()), recipe["nevo_k1"], food_id)
        if row["k1_ug"] == "":
            raise RecipeError(f"{food_id}: NEVO {recipe['nevo_k1']} has no K1")
        k1 = row["k1_ug"]
        sources_text.append(f"{NEVO_CITATION}: code {row['nevo_code']} '{row['name_en']}' (K1)")
    if "ciqual_k1" in recipe:
        row = sources.ciqual.get(str(recipe["ciqual_k1"]))
        if row is None:
            raise RecipeError(f"{food_id}: no Ciqual 2020 code {recipe['ciqual_k1']}")
        k1 = plain_number(row["vitK1_raw"], f"{food_id}: Ciqual 2020 code {recipe['ciqual_k1']} K1")
        sources_text.append(f"{CIQUAL_CITATION}: code {row['alim_code']} '{row['alim_nom_fr']}' (K1)")
    serving_note = None
    if "serving" in recipe:
        # One serving replaces USDA's own: one of the food's portions ("cup"); a USDA mass measure as it stands
        # ("3 oz" = USDA's 3 oz, 85 g: mass measures are not portions); a USDA measure as it stands, its amount
        # kept ({ measure = ".25 cup" }: 63 g, not the cup it divides into); or grams with their source
        # ({ grams = 85, source = "FDA reference amount ..." }), for a food with no usable USDA measure.
        serving = recipe["serving"]
        if isinstance(serving, dict):
            if set(serving) in ({"grams", "source"}, {"grams", "source", "unit"}):
                grams = float(serving["grams"])
                if not 0 < grams <= 10000 or not serving["source"].strip():
                    raise RecipeError(f"{food_id}: a serving in grams needs 0 < grams <= 10000 and a source")
                match = [("serving", grams, None)]
                serving_note = f"serving = {grams:g} g: {serving['source']}"
                # The piece the food is sold and counted by, as the serving weighs it (natto's pack).
                if "unit" in serving:
                    unit = serving["unit"]
                    if not re.fullmatch(r"[a-z]+", unit) or any(p[0] == unit for p in portions):
                        raise RecipeError(f"{food_id}: the serving's unit {unit!r} is no new portion name")
                    portions.append((unit, grams, None))
                    serving_note = f"serving = {unit} = {grams:g} g: {serving['source']}"
            elif set(serving) == {"measure"}:
                if measures_ndb is None:
                    raise RecipeError(f"{food_id}: serving {serving} names a USDA measure, but no USDA food")
                match = [("serving", float(grams), f"{amount} {description}")
                         for amount, description, grams in usda[measures_ndb]["measures"]
                         if f"{amount} {description}" == serving["measure"]]
            else:
                raise RecipeError(f"{food_id}: serving {serving} is neither {{ measure }} nor {{ grams, source }}")
        else:
            match = [p for p in portions if p[0] == serving]
            mass = re.fullmatch(r"(\d+) (oz|lb)", serving)
            if mass and measures_ndb is not None:
                match = [(serving, float(grams), f"{amount} {description}")
                         for amount, description, grams in usda[measures_ndb]["measures"]
                         if float(amount) == float(mass[1])
                         and re.split(r"[^a-z]", description.lower())[0] == mass[2]]
        if not match:
            raise RecipeError(f"{food_id}: serving {serving!r} is not one of its portions")
        portions = [p for p in portions if p[0] != "serving"] + [("serving", match[0][1], match[0][2])]

    # K2: every value the recipe lists for the food; those marked used make `k2`.
    values = []
    for entry in recipe.get("k2", []):
        resolved = resolve(entry, sources, food_id, group)
        for value in resolved:
            value.used = bool(entry.get("used", False))
            if entry.get("note"):
                value.text += f"; {entry['note']}"
        values.extend(resolved)
    used = [v for v in values if v.used]
    forms = {}
    for value in used:
        if value.form == "vitamin_k":
            raise RecipeError(f"{food_id}: {value.text} is total vitamin K including K1 (an upper bound of "
                              "K2), never a K2 value")
        if value.form in forms:
            raise RecipeError(f"{food_id}: two used values for {value.form}")
        forms[value.form] = value.ug
    if "total" in forms and len(forms) > 1:
        parts = sum(float(v) for f, v in forms.items() if f != "total")
        if float(forms["total"]) < parts:
            raise RecipeError(f"{food_id}: K2 total {forms['total']} is less than its forms")
    bases = {v.basis for v in used}
    if len(bases) > 1:
        raise RecipeError(f"{food_id}: the used K2 values have different bases {sorted(bases)}")
    if not used and any(v.form != "vitamin_k" for v in values):
        raise RecipeError(f"{food_id}: K2 values are listed but none is used")

    if len(name.encode()) > 300:
        raise RecipeError(f"{food_id}: name longer than 300 bytes")
    out.append(f"name = {toml_string(name)}")
    for alias in recipe.get("aliases", []):
        if normalized(alias) in (normalized(food_id), normalized(name)):
            raise RecipeError(f"{food_id}: alias {alias!r} only repeats the id or the name")
    if recipe.get("aliases"):
        out.append("aliases = [" + ", ".join(toml_string(a) for a in recipe["aliases"]) + "]")
    out.append(f"group = {toml_string(group)}")
    if k1 is not None:
        out.append(f"k1 = {number(k1)}")
    if dk is not None:
        out.append(f"dk = {number(dk)}")
    parts = [f"{form} = {number(forms[form])}" for form in FORMS if form in forms]
    if "total" in forms:
        parts.append(f"total = {number(forms['total'])}")
    if parts:
        out.append("k2 = { " + ", ".join(parts) + " }")
        out.append(f'k2_basis = "{bases.pop()}"')
        measured = [v.measured for v in used]
        if all(m is not None for m in measured):
            union = [f for f in FORMS if any(f in m for m in measured)]
            out.append("k2_measured = [" + ", ".join(f'"{f}"' for f in union) + "]")
    if portions:
        out.append("portions = { " + ", ".join(f"{u} = {number(g)}" for u, g, _ in portions) + " }")
    portion_note = "; ".join(f"{u} = {measure_note(text)}" for u, _, text in portions if text is not None)
    if portion_note and "portions_from" in recipe:
        row = usda[recipe["portions_from"]]["row"]
        portion_note += f" (household measures of USDA SR28 NDB {recipe['portions_from']} '{row['description']}')"
    if borrowed:
        portion_note = "; ".join([portion_note] * bool(portion_note) + borrowed)
    if serving_note:
        portion_note = f"{portion_note}; {serving_note}" if portion_note else serving_note
    source = "; ".join(sources_text) + (". " if sources_text and portion_note else "")
    source += f"Portions: {portion_note}" if portion_note else ""
    if recipe.get("note"):
        source += (". " if source else "") + recipe["note"]
    if not source:
        raise RecipeError(f"{food_id}: names no source at all")
    out.append(f"source = {toml_string(source)}")
    k2_source = ""
    if used:
        k2_source = ". ".join(v.text for v in used)
        if recipe.get("k2_note"):
            note = recipe["k2_note"]
            k2_source += f". {note[0].upper()}{note[1:]}"
        out.append(f"k2_source = {toml_string(k2_source)}")
    if "usda" in recipe:
        out.append(f'usda = "{recipe["usda"]}"')
    if recipe.get("alternatives"):
        out.append("alternatives = [" + ", ".join(toml_string(a) for a in recipe["alternatives"]) + "]")
    for value in values:
        out.append("")
        out.append("[[food.k2_value]]")
        out.append(f"source = {toml_string(value.text)}")
        out.append(f'form = "{value.form}"')
        out.append(f"ug = {number(value.ug)}")
        out.append(f'basis = "{value.basis}"')
        if value.used:
            out.append("used = true")
    for text in [source, k2_source if used else ""] + [v.text for v in values]:
        if len(text.encode()) > 2000:
            raise RecipeError(f"{food_id}: a source is longer than 2000 bytes: {text[:60]}...")
    return out


def write_common(recipe_path, sources, path):
    with open(recipe_path, "rb") as f:
        recipe = tomllib.load(f)
    lines = [
        "# vitk built-in table: everyday foods under the short names people type.",
        f"# Generated by tools/foods/generate.py from {os.path.basename(recipe_path)} and the source files; do not",
        "# edit. Values in µg per 100 g; portions in grams per unit. K1 (phylloquinone) and dk come from",
        f"# {USDA_CITATION}, named by NDB number in each food's source;",
        "# K2 from the tables, publications, calculations and imputation rules named in its k2_source, with its",
        "# basis (k2_basis), the forms its method measured (k2_measured) and, as [[food.k2_value]], every value",
        "# any listed source gives for the food (the one used marked). See foods/README.md.",
    ]
    ids = set()
    errors = []
    keys = {}
    all_ids = {food["id"] for food in recipe["food"]}
    for food in recipe["food"]:
        if food["id"] in ids:
            errors.append(f"{food['id']}: listed twice")
        ids.add(food["id"])
        # An id or alias names one food only, compared as vitk compares them (case and accents folded).
        for key in [food["id"]] + list(food.get("aliases", [])):
            folded = normalized(key)
            if folded in keys and keys[folded] != food["id"]:
                errors.append(f"{food['id']}: {key!r} is already an id or alias of {keys[folded]}")
            elif folded in keys:
                errors.append(f"{food['id']}: {key!r} is given twice")
            keys[folded] = food["id"]
        alternatives = food.get("alternatives", [])
        if len(alternatives) > 16 or len(set(alternatives)) != len(alternatives):
            errors.append(f"{food['id']}: alternatives are at most 16 different foods")
        for other in alternatives:
            if other == food["id"] or other not in all_ids:
                errors.append(f"{food['id']}: alternative {other!r} is not another food of the recipe")
        try:
            lines.append("")
            lines.append("[[food]]")
            lines.extend(common_food(food, sources))
        except RecipeError as error:
            errors.append(str(error))
    if errors:
        raise RecipeError("\n".join(errors))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return len(recipe["food"])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", help="folder of the source CSV files")
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--out", default=os.path.join(here, "..", "..", "foods"))
    parser.add_argument("--recipe", default=os.path.join(here, "common-recipe.toml"))
    parser.add_argument("--usda-aliases", help="names of USDA foods (default: usda-aliases.toml beside the recipe)")
    args = parser.parse_args()
    usda = load_usda(args.data)
    try:
        sources = Sources(args.data, usda)
        aliases_path = args.usda_aliases or os.path.join(os.path.dirname(args.recipe), "usda-aliases.toml")
        aliases = load_usda_aliases(aliases_path, usda, args.recipe)
        count_usda = write_usda(usda, sources.provenance, os.path.join(args.out, "usda-sr28.toml"), aliases)
        count_common = write_common(args.recipe, sources, os.path.join(args.out, "common.toml"))
    except RecipeError as error:
        print(f"generate.py: error: {error}", file=sys.stderr)
        return 1
    print(f"usda-sr28.toml: {count_usda} foods; common.toml: {count_common} foods")
    return 0


if __name__ == "__main__":
    sys.exit(main())

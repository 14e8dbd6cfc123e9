#!/usr/bin/env python3
"""Generate vitk's built-in food tables from the sourced data files.

usage: python3 tools/foods/generate.py DATA_DIR [--out foods/] [--recipe tools/foods/common-recipe.toml]

DATA_DIR holds the source CSVs (see foods/README.md): usda_sr_vitamin_k.csv, usda_sr_portions.csv,
literature_menaquinones.csv and nevo2021_vitamin_k.csv. Writes, in --out:

  usda-sr28.toml  every SR28 food with a phylloquinone value, with MK-4 and dihydrophylloquinone where USDA
                  has them and USDA's household measures as portions;
  common.toml     the everyday foods of the recipe, under short names, with K1 from USDA and K2 from the
                  food tables and publications the recipe names.

The output depends on nothing but the inputs: same files in, byte-identical tables out. Every number is
copied from a source file or, for portions, divided by the measure's amount (1/2 cup = 78 g gives cup = 156).
The script refuses a recipe that names a value the source files do not hold.
"""

import argparse
import csv
import os
import re
import sys
import tomllib

# vitk's mass units and every spelling of them that units.cpp reads as one.
MASS_UNITS = {"oz", "lb", "g", "kg", "mg", "gram", "gr", "ounce", "pound", "lbs", "kilogram", "kilo", "kgs",
              "milligram", "mgs"}
FORMS = ["mk4", "mk5", "mk6", "mk7", "mk8", "mk9", "mk9_4h", "mk10", "mk11", "mk12", "mk13"]
# literature_menaquinones.csv writes forms as MK-7; MK-9(4H) is tetrahydromenaquinone-9.
LITERATURE_FORMS = {f"MK-{n}": f"mk{n}" for n in range(4, 14)} | {"MK-9(4H)": "mk9_4h"}
# USDA measure words that vitk spells another way.
UNIT_SPELLING = {"tablespoon": "tbsp", "tablespoons": "tbsp", "tbs": "tbsp", "tbsps": "tbsp", "tbl": "tbsp",
                 "teaspoon": "tsp", "teaspoons": "tsp", "tsps": "tsp", "nlea": "serving"}
USDA_CITATION = ("US Department of Agriculture, Agricultural Research Service, Nutrient Data Laboratory. "
                 "USDA National Nutrient Database for Standard Reference, Release 28 (2015)")
NEVO_CITATION = "NEVO-online 2021/7.0, RIVM, Bilthoven"


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


def normalized(text):
    """As vitk's normalize_key: lower case, '-', '_' and ',' read as spaces, spaces collapsed."""
    return " ".join(re.sub(r"[-_,\s]+", " ", text.lower()).split())


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


def portion_names(measures):
    """USDA household measures of one food -> [(vitk portion name, grams per unit, measure text)].

    The name is the measure's first word, singular and spelled as vitk spells units ('cup, chopped' -> cup,
    'tablespoon' -> tbsp, 'NLEA serving' -> serving, 'fl oz' -> fl-oz, 'extra large' -> extra-large); a later
    measure with the same first word adds its first qualifier outside parentheses ('cup, shredded' ->
    cup-shredded, 'stalk, medium (7-1/2" long)' -> stalk-medium); a measure whose name is still taken is left
    out. Mass measures (oz, lb) are left out: vitk converts masses itself. Grams are per one unit.
    """
    taken = {}
    out = []
    for amount, description, grams in measures:
        plain = re.sub(r"\([^)]*\)", " ", description.lower())
        words = [UNIT_SPELLING.get(singular(w), singular(w)) for w in re.findall(r"[a-z]+", plain)]
        if not words:
            continue
        if words[0] in ("fl", "extra", "cubic") and len(words) > 1:
            words = [words[0] + "-" + words[1]] + words[2:]
        if words[0] in MASS_UNITS:
            continue
        candidates = [words[0]]
        qualifiers = [w for w in words[1:] if w not in QUALIFIER_STOPWORDS and len(w) > 1]
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


def write_usda(foods, path):
    lines = [
        "# vitk built-in table: every food of USDA SR28 with a phylloquinone (vitamin K1) value.",
        "# Generated by tools/foods/generate.py from usda_sr_vitamin_k.csv and usda_sr_portions.csv; do not edit.",
        f"# Source: {USDA_CITATION}.",
        "# Values in µg per 100 g as USDA publishes them: k1 = phylloquinone (nutrient 430), dk =",
        "# dihydrophylloquinone (429), k2.mk4 = menaquinone-4 (428). A value USDA does not have is left out",
        "# (unknown), never written as zero. Portions are USDA household measures in grams per unit.",
    ]
    for ndb in sorted(foods):
        row = foods[ndb]["row"]
        k1, dk, mk4 = usda_values(row)
        lines.append("")
        lines.append("[[food]]")
        lines.append(f'id = "usda-{ndb}"')
        lines.append(f"name = {toml_string(row['description'])}")
        lines.append(f"group = {toml_string(row['food_group'])}")
        lines.append(f"k1 = {number(k1)}")
        if dk is not None:
            lines.append(f"dk = {number(dk)}")
        if mk4 is not None:
            lines.append(f"k2 = {{ mk4 = {number(mk4)} }}")
        portions = portion_names(foods[ndb]["measures"])
        if portions:
            lines.append("portions = { " + ", ".join(f"{n} = {number(g)}" for n, g, _ in portions) + " }")
        lines.append(f'source = "USDA SR28 NDB {ndb}"')
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return len(foods)


def literature_value(rows, pick, food_id):
    """The literature row a recipe names: food, form and citation must match exactly one usable row."""
    matches = [r for r in rows
               if r["food"] == pick["food"] and r["form"] == pick["form"]
               and pick["citation"] in r["citation"]
               and r["value_type"] in ("mean", "median", "point", "approx", "converted_from_serving")]
    if "seen_at" in pick:
        matches = [r for r in matches if pick["seen_at"] in r["seen_at"]]
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


def common_food(recipe, usda, literature, nevo):
    food_id = recipe["id"]
    out = [f'id = "{food_id}"']
    k1 = dk = None
    usda_mk4 = None
    sources = []
    portions = []
    if "usda" in recipe:
        ndb = recipe["usda"]
        if ndb not in usda:
            raise RecipeError(f"{food_id}: no USDA food {ndb} with a K1 value")
        row = usda[ndb]["row"]
        k1, dk, usda_mk4 = usda_values(row)
        name = recipe.get("name", row["description"])
        sources.append(f"USDA SR28 NDB {ndb} '{row['description']}'")
        measures = {name: (grams, text) for name, grams, text in portion_names(usda[ndb]["measures"])}
        # All of USDA's measures, unless the recipe picks and names them ({ stalk = "stalk-medium" }).
        chosen = recipe.get("portions", {name: name for name in measures})
        for unit, measure in chosen.items():
            if measure not in measures:
                raise RecipeError(f"{food_id}: USDA {ndb} has no portion {measure!r} (has {sorted(measures)})")
            if unit == "serving" and "serving" in recipe:
                continue
            portions.append((unit, measures[measure][0], measures[measure][1]))
    else:
        name = recipe["name"]
    if "nevo_k1" in recipe:
        row = nevo_row(nevo, recipe["nevo_k1"], food_id)
        if row["k1_ug"] == "":
            raise RecipeError(f"{food_id}: NEVO {recipe['nevo_k1']} has no K1")
        k1 = row["k1_ug"]
        sources.append(f"{NEVO_CITATION}: code {row['nevo_code']} '{row['name_en']}' (K1)")
    if "serving" in recipe:
        # One serving is one of the USDA measures, named by the recipe; it replaces USDA's own serving.
        # "3 oz" names USDA's measure of 3 oz (85 g) as it stands: mass measures are not portions.
        serving = recipe["serving"]
        match = [p for p in portions if p[0] == serving]
        mass = re.fullmatch(r"(\d+) (oz|lb)", serving)
        if mass and "usda" in recipe:
            match = [(serving, float(grams), f"{amount} {description}")
                     for amount, description, grams in usda[recipe["usda"]]["measures"]
                     if float(amount) == float(mass[1]) and re.split(r"[^a-z]", description.lower())[0] == mass[2]]
        if not match:
            raise RecipeError(f"{food_id}: serving {serving!r} is not one of its portions")
        portions = [p for p in portions if p[0] != "serving"] + [("serving", match[0][1], match[0][2])]

    forms = {}
    total = None
    k2_sources = []
    k2 = recipe.get("k2", {})
    if k2.get("usda_mk4"):
        if usda_mk4 is None:
            raise RecipeError(f"{food_id}: USDA has no MK-4 for {recipe.get('usda')}")
        forms["mk4"] = usda_mk4
        k2_sources.append(f"MK-4: USDA SR28 NDB {recipe['usda']}")
    for pick in k2.get("literature", []):
        row = literature_value(literature, pick, food_id)
        form = LITERATURE_FORMS.get(row["form"])
        if form is None:
            raise RecipeError(f"{food_id}: {row['form']} is not a single menaquinone form")
        if form in forms:
            raise RecipeError(f"{food_id}: two values for {form}")
        forms[form] = row["ug_per_100g"]
        k2_sources.append(f"{row['form']}: {row['citation']}; seen at {row['seen_at']}"
                          + (f"; {pick['note']}" if "note" in pick else ""))
    if "nevo" in k2:
        row = nevo_row(nevo, k2["nevo"], food_id)
        if row["k2_ug"] == "":
            raise RecipeError(f"{food_id}: NEVO {k2['nevo']} has no K2")
        total = row["k2_ug"]
        k2_sources.append(f"total K2: {NEVO_CITATION}: code {row['nevo_code']} '{row['name_en']}' "
                          "(total menaquinones; forms not given)")
    if "literature_total" in k2:
        pick = k2["literature_total"]
        row = literature_value(literature, pick, food_id)
        if row["form"] != "total K2 (sum of MKs)":
            raise RecipeError(f"{food_id}: {row['form']} is not a K2 total")
        total = row["ug_per_100g"]
        k2_sources.append(f"total K2: {row['citation']}; seen at {row['seen_at']}"
                          + (f"; {pick['note']}" if "note" in pick else ""))
    if total is not None and forms and float(total) < sum(float(v) for v in forms.values()):
        raise RecipeError(f"{food_id}: K2 total {total} is less than its forms")

    out.append(f"name = {toml_string(name)}")
    for alias in recipe.get("aliases", []):
        if normalized(alias) in (normalized(food_id), normalized(name)):
            raise RecipeError(f"{food_id}: alias {alias!r} only repeats the id or the name")
    if recipe.get("aliases"):
        out.append("aliases = [" + ", ".join(toml_string(a) for a in recipe["aliases"]) + "]")
    out.append(f"group = {toml_string(recipe['group'])}")
    if k1 is not None:
        out.append(f"k1 = {number(k1)}")
    if dk is not None:
        out.append(f"dk = {number(dk)}")
    parts = [f"{form} = {number(forms[form])}" for form in FORMS if form in forms]
    if total is not None:
        parts.append(f"total = {number(total)}")
    if parts:
        out.append("k2 = { " + ", ".join(parts) + " }")
    if portions:
        out.append("portions = { " + ", ".join(f"{u} = {number(g)}" for u, g, _ in portions) + " }")
    portion_note = "; ".join(f"{u} = USDA measure '{text}'" for u, _, text in portions)
    source = "; ".join(sources) + (f". Portions: {portion_note}" if portion_note else "")
    if recipe.get("note"):
        source += f". {recipe['note']}"
    out.append(f"source = {toml_string(source)}")
    if k2_sources:
        out.append(f"k2_source = {toml_string('. '.join(k2_sources))}")
    if "usda" in recipe:
        out.append(f'usda = "{recipe["usda"]}"')
    return out


def write_common(recipe_path, usda, data, path):
    with open(recipe_path, "rb") as f:
        recipe = tomllib.load(f)
    literature = read_csv(data, "literature_menaquinones.csv")
    nevo = read_csv(data, "nevo2021_vitamin_k.csv")
    lines = [
        "# vitk built-in table: everyday foods under the short names people type.",
        f"# Generated by tools/foods/generate.py from {os.path.basename(recipe_path)} and the source files; do not",
        "# edit. Values in µg per 100 g; portions in grams per unit. K1 (phylloquinone), dk and MK-4 come from",
        f"# {USDA_CITATION}, named by NDB number in each food's source;",
        "# other menaquinones and K2 totals from the tables and publications named in its k2_source.",
        "# See foods/README.md.",
    ]
    ids = set()
    errors = []
    for food in recipe["food"]:
        if food["id"] in ids:
            errors.append(f"{food['id']}: listed twice")
        ids.add(food["id"])
        try:
            lines.append("")
            lines.append("[[food]]")
            lines.extend(common_food(food, usda, literature, nevo))
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
    args = parser.parse_args()
    usda = load_usda(args.data)
    try:
        count_usda = write_usda(usda, os.path.join(args.out, "usda-sr28.toml"))
        count_common = write_common(args.recipe, usda, args.data, os.path.join(args.out, "common.toml"))
    except RecipeError as error:
        print(f"generate.py: error: {error}", file=sys.stderr)
        return 1
    print(f"usda-sr28.toml: {count_usda} foods; common.toml: {count_common} foods")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Checks the built-in food tables as a person uses them.

usage: check_builtin_foods.py VITK

- every generic word of foods/README.md names its food, and a bare word counts one serving;
- every word that foods/README.md calls ambiguous is refused as ambiguous, naming its foods;
- a bare word of a spice and of another food (`pepper`, `chili`) is refused, naming both;
- every common food has a serving;
- K2 is known for at least 95% of the common foods, and every K2 of 0 names its source or rule;
- natto leads the list by K2.
"""
import json
import subprocess
import sys

TWO_MEANINGS = [
    ("pepper", ["black-pepper", "red-pepper", "green-pepper"]),
    ("chili", ["hot-pepper", "usda-22904"]),
    ("chilli", ["hot-pepper", "usda-22904"]),
    ("chips", ["potato-chips", "french-fries"]),
]

GENERIC_WORDS = [
    ("chicken", "roast-chicken"),
    ("poultry", "roast-chicken"),
    ("beef", "beef"),
    ("pork", "pork"),
    ("meat", "ground-beef"),
    ("mince", "ground-beef"),
    ("steak", "sirloin-steak"),
    ("liver", "beef-liver"),
    ("sausage", "pork-sausage"),
    ("ribs", "pork-ribs"),
    ("venison", "venison"),
    ("goose", "goose"),
    ("rabbit", "rabbit"),
    ("fish", "salmon"),
    ("seafood", "shrimp"),
    ("shellfish", "shrimp"),
    ("crab", "crab"),
    ("lobster", "lobster"),
    ("rice", "white-rice"),
    ("bread", "white-bread"),
    ("toast", "toast"),
    ("bagel", "bagel"),
    ("roll", "dinner-roll"),
    ("bun", "hamburger-bun"),
    ("crackers", "saltines"),
    ("pasta", "pasta"),
    ("noodles", "pasta"),
    ("cereal", "oat-cereal"),
    ("oatmeal", "porridge"),
    ("flour", "flour"),
    ("corn", "corn-cooked"),
    ("beans", "pinto-beans"),
    ("cheese", "cheddar"),
    ("cream", "half-and-half"),
    ("milk", "milk"),
    ("lettuce", "iceberg"),
    ("salad", "romaine"),
    ("greens", "collards-cooked"),
    ("squash", "summer-squash"),
    ("turnip", "turnip"),
    ("radish", "radish"),
    ("peppers", "green-pepper"),
    ("pepper, to taste", "black-pepper"),
    ("1 chili", "hot-pepper"),
    ("1 chilli", "hot-pepper"),
    ("fries", "french-fries"),
    ("crisps", "potato-chips"),
    ("berries", "strawberries"),
    ("melon", "cantaloupe"),
    ("lemon", "lemon"),
    ("lime", "lime"),
    ("apricot", "apricot"),
    ("fig", "fig"),
    ("coconut", "coconut"),
    ("nuts", "mixed-nuts"),
    ("seeds", "sunflower-seeds"),
    ("oil", "soybean-oil"),
    ("vegetable oil", "soybean-oil"),
    ("ghee", "ghee"),
    ("herbs", "parsley"),
    ("salt", "salt"),
    ("sugar", "sugar"),
    ("syrup", "pancake-syrup"),
    ("jam", "jam"),
    ("chocolate", "milk-chocolate"),
    ("cookie", "chocolate-chip-cookie"),
    ("cake", "cake"),
    ("pie", "apple-pie"),
    ("donut", "donut"),
    ("doughnut", "donut"),
    ("pancake", "pancakes"),
    ("burger", "hamburger"),
    ("pizza", "pizza"),
    ("omelet", "omelet"),
    ("omelette", "omelet"),
    ("gravy", "gravy"),
    ("dressing", "italian-dressing"),
    ("pâté", "liver-pate"),
    ("water", "water"),
    ("tea", "black-tea"),
    ("coffee", "coffee"),
    ("espresso", "espresso"),
    ("juice", "orange-juice"),
    ("wine", "red-wine"),
    ("beer", "beer"),
    ("soda", "cola"),
    ("pop", "cola"),
    ("cola", "cola"),
    ("lemonade", "lemonade"),
    ("cocoa", "hot-cocoa"),
    ("liquor", "spirits"),
    ("spirits", "spirits"),
]

# Words whose everyday meanings differ by country: refused, with the foods they may mean.
AMBIGUOUS_WORDS = [
    ("sprouts", ["alfalfa-sprouts", "brussels-sprouts", "bean-sprouts"]),
]


def run(vitk, *args):
    return subprocess.run([vitk, *args], capture_output=True, text=True, check=False)


def main():
    vitk = sys.argv[1]
    failures = []
    for word, food_id in GENERIC_WORDS:
        done = run(vitk, "--format", "json", word)
        if done.returncode != 0:
            failures.append(f"'{word}': exit {done.returncode}: {done.stderr.strip()}")
            continue
        item = json.loads(done.stdout)["days"][0]["items"][0]
        if item["food_id"] != food_id:
            failures.append(f"'{word}' names {item['food_id']}, not {food_id}")
    for word, food_ids in AMBIGUOUS_WORDS:
        done = run(vitk, word)
        if done.returncode != 3 or f"'{word}' is ambiguous" not in done.stderr:
            failures.append(f"'{word}' is not refused as ambiguous: exit {done.returncode}: {done.stderr.strip()}")
        failures.extend(f"'{word}': the error names no '{food_id}'" for food_id in food_ids
                        if f"'{food_id}'" not in done.stderr)
    # Words of a spice and of another food, which a bare item may mean either of (vitk-meals(5)).
    for word, food_ids in TWO_MEANINGS:
        done = run(vitk, word)
        if done.returncode != 3 or f"'{word}' may be" not in done.stderr:
            failures.append(f"'{word}' is not refused as two foods: exit {done.returncode}: {done.stderr.strip()}")
        failures.extend(f"'{word}': the error names no '{food_id}'" for food_id in food_ids if food_id not in done.stderr)
    listed = run(vitk, "foods", "list", "--format", "json")
    foods = [f for f in json.loads(listed.stdout)["foods"] if not f["id"].startswith("usda-")]
    for food in foods:
        if food["serving_grams"] is None:
            failures.append(f"{food['id']} has no serving")
        if food["k2_ug_per_100g"] == 0 and not food.get("k2_source"):
            failures.append(f"{food['id']}: a K2 of 0 with no source")
    known = sum(1 for f in foods if f["k2_ug_per_100g"] is not None)
    if known < 0.95 * len(foods):
        failures.append(f"K2 known for {known} of {len(foods)} common foods, under 95%")
    richest = max(foods, key=lambda f: f["k2_ug_per_100g"] or 0)
    if richest["id"] != "natto":
        failures.append(f"{richest['id']}, not natto, leads by K2")
    for failure in failures:
        print(failure)
    print(f"{len(GENERIC_WORDS)} generic words, {len(foods)} common foods, K2 known for {known}: "
          f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

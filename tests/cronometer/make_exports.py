#!/usr/bin/env python3
"""Writes the synthetic Cronometer servings exports the tests read (tests/golden/cronometer-*/).

The rows are made up for the tests; the layout follows what Cronometer writes (vitk(1), CRONOMETER): a header
of named columns in an order that varies, `Amount` as a number with two decimals and a unit, quoted fields
with commas and doubled quotes, empty nutrient cells for unknown, rows of amount 0, supplements, CRLF or LF
line ends, and, in the exports of 2011 to 2016, no Time, Group or Category and days without leading zeros.

usage: make_exports.py OUTPUT_DIR
"""

import csv
import os
import sys

NEW_HEADER = ["Day", "Time", "Group", "Food Name", "Amount", "Energy (kcal)", "Alcohol (g)", "Water (g)",
              "B12 (Cobalamin) (\u00b5g)", "Folate (\u00b5g)", "Vitamin A (\u00b5g)", "Vitamin D (IU)",
              "Vitamin E (mg)", "Vitamin K (\u00b5g)", "Calcium (mg)", "Iron (mg)", "Carbs (g)", "Fiber (g)",
              "Fat (g)", "Protein (g)", "Category"]
OLD_HEADER = ["Day", "Food Name", "Amount", "Energy (kcal)", "Water (g)", "Vitamin C (mg)", "Vitamin K (\u00b5g)",
              "Calcium (mg)", "Protein (g)"]

# (day, time, group, name, amount, kcal, vitamin K or "" for unknown, category)
ROWS = [
    ("2026-11-23", "7:45 AM", "Breakfast", "Eggs, Cooked", "2.00 large", "155.00", "0.60", "Dairy and Egg Products"),
    ("2026-11-23", "7:45 AM", "Breakfast", "Wasa, Crispbread, Sourdough", "2.00 Slice", "70.00", "", ""),
    ("2026-11-23", "7:45 AM", "Breakfast", "Butter", "1.00 tsp", "34.00", "0.33", "Dairy and Egg Products"),
    ("2026-11-23", "", "Breakfast", "Coffee, Brewed", "12.00 fl oz", "3.00", "0.36", "Beverages"),
    ("2026-11-23", "12:30 PM", "Lunch", "Kale, Raw", "40.00 g", "14.00", "155.84", "Vegetables and Vegetable Products"),
    ("2026-11-23", "12:30 PM", "Lunch", "Gouda Cheese", "30.00 g", "107.00", "0.69", "Dairy and Egg Products"),
    ("2026-11-23", "12:30 PM", "Lunch", "Broccoli, Cooked from Frozen", "1.00 cup", "52.00", "162.00",
     "Vegetables and Vegetable Products"),
    ("2026-11-23", "6:10 PM", "Dinner", "Salmon, Atlantic, Farmed, Cooked", "150.00 g", "309.00", "0.30",
     "Finfish and Shellfish Products"),
    ("2026-11-23", "6:10 PM", "Dinner", "Grandma's \"Sunday\" Stew, Homemade", "1.00 full recipe", "650.00",
     "48.20", ""),
    ("2026-11-23", "9:00 PM", "Supplements", "Vitamin K2 MK7 (as menaquinone-7)", "0.10 mg", "0.00", "100.00",
     "Supplements"),
    ("2026-11-23", "9:00 PM", "Supplements", "Vitamin D", "2.00 x 1000.0 IU", "0.00", "", "Supplements"),
    ("2026-11-23", "9:00 PM", "Supplements", "Fish Oil", "1.00 softgel", "9.00", "", "Supplements"),
    ("2026-11-24", "8:00 AM", "Staples", "Natto", "50.00 g", "106.00", "11.55", "Legumes and Legume Products"),
    ("2026-11-24", "8:00 AM", "Staples", "Spinach, Raw", "1.00 cup", "7.00", "144.87", "Vegetables and Vegetable Products"),
    ("2026-11-24", "8:00 AM", "Staples", "Olive Oil", "1.00 tbsp", "119.00", "8.13", "Fats and Oils"),
    ("2026-11-24", "", "Staples", "Banana, Fresh", "1.00 medium - 7\" to 7 7/8\" long", "105.00", "0.59",
     "Fruits and Fruit Juices"),
    ("2026-11-24", "1:05 PM", "Lunch", "Chicken Breast, Skin Removed Before Cooking", "120.00 g", "198.00", "0.36",
     "Poultry Products"),
    ("2026-11-24", "1:05 PM", "Lunch", "Tomatoes, Canned", "1.00 Can", "70.00", "11.30", "Vegetables and Vegetable Products"),
    ("2026-11-24", "1:05 PM", "Lunch", "Bread, Whole Wheat", "2.00 piece", "160.00", "4.00", "Baked Products"),
    ("2026-11-24", "1:05 PM", "Lunch", "Multivitamin, Everyday", "1.00 capsule", "0.00", "25.00", "Supplements"),
    ("2026-11-24", "1:05 PM", "Lunch", "Sparkling Water", "500.00 mL", "0.00", "0.00", "Beverages"),
    ("2026-11-24", "4:00 PM", "Snacks", "Almonds", "0.00 g", "0.00", "0.00", "Nut and Seed Products"),
    ("2026-11-24", "4:00 PM", "Snacks", "Apple, Fresh", "1.00 each", "95.00", "4.00", "Fruits and Fruit Juices"),
    ("2026-11-24", "4:00 PM", "Snacks", "Quick Add, Protein", "40.00 1", "160.00", "", ""),
    ("2026-11-25", "7:30 AM", "Breakfast", "Yogurt, Greek, Plain, Whole Milk", "170.00 g", "165.00", "", "Dairy and Egg Products"),
    ("2026-11-25", "7:30 AM", "Breakfast", "Blueberries, Fresh", "0.50 cup", "42.00", "14.28", "Fruits and Fruit Juices"),
    ("2026-11-25", "12:00 PM", "Lunch", "Cheddar Cheese", "1.00 oz", "114.00", "0.79", "Dairy and Egg Products"),
    ("2026-11-25", "12:00 PM", "Lunch", "Collards, Raw", "2.00 cup", "22.00", "314.60", "Vegetables and Vegetable Products"),
    ("2026-11-25", "12:00 PM", "Lunch", "Sauerkraut", "0.50 cup", "13.00", "9.20", "Vegetables and Vegetable Products"),
]

OLD_ROWS = [
    ("2016-2-1", "Spinach, cooked, boiled, drained, without salt", "1.00 cup", "41.00", "888.48"),
    ("2016-2-1", "Cheese, gouda", "28.00 g", "101.00", "0.64"),
    ("2016-2-1", "Burek", "1.00 piece", "300.00", ""),
    ("2016-2-9", "Egg, whole, cooked, hard-boiled", "2.00 large", "155.00", "0.30"),
    ("2016-2-9", "Kafa", "2.00 cup", "5.00", "0.00"),
]


def write(path, header, rows, newline):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator=newline, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)


def new_rows():
    for day, time, group, name, amount, kcal, vitamin_k, category in ROWS:
        cells = {name_: "" for name_ in NEW_HEADER}
        cells.update({"Day": day, "Time": time, "Group": group, "Food Name": name, "Amount": amount,
                      "Energy (kcal)": kcal, "Vitamin K (\u00b5g)": vitamin_k, "Category": category})
        yield [cells[name_] for name_ in NEW_HEADER]


def old_rows():
    for day, name, amount, kcal, vitamin_k in OLD_ROWS:
        cells = {name_: "" for name_ in OLD_HEADER}
        cells.update({"Day": day, "Food Name": name, "Amount": amount, "Energy (kcal)": kcal,
                      "Vitamin K (\u00b5g)": vitamin_k})
        yield [cells[name_] for name_ in OLD_HEADER]


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "servings.csv"), NEW_HEADER, list(new_rows()), "\n")
    write(os.path.join(out, "servings-crlf.csv"), NEW_HEADER, list(new_rows()), "\r\n")
    write(os.path.join(out, "servings-2016.csv"), OLD_HEADER, list(old_rows()), "\n")


if __name__ == "__main__":
    main()

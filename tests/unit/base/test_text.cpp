#include "vitk/base/text.hpp"

#include <doctest/doctest.h>

using namespace vitk;

TEST_CASE("trim removes blanks at both ends") {
  CHECK(trim("  kale \t") == "kale");
  CHECK(trim("") == "");
  CHECK(trim("   ") == "");
}

TEST_CASE("normalize_key lowers case and collapses blanks and hyphens") {
  CHECK(normalize_key("  Raw   Kale ") == "raw kale");
  CHECK(normalize_key("chicken-thigh") == "chicken thigh");
  CHECK(normalize_key("Cheese, Gouda") == "cheese gouda");
  CHECK(normalize_key("Kale,raw") == "kale raw");
  CHECK(normalize_key("-egg-") == "egg");
  CHECK(normalize_key("Crème fraîche") == "creme fraiche");
}

TEST_CASE("names are compared by full Unicode case folding without accents") {
  CHECK(normalize_key("CRÈME FRAÎCHE") == "creme fraiche");
  CHECK(normalize_key("Pâté") == "pate");
  CHECK(normalize_key("Nattō") == "natto");
  CHECK(normalize_key("Straße") == "strasse");
  CHECK(normalize_key("ÇA") == "ca");
  CHECK(normalize_key("Ελιά") == "ελια");  // Greek: folded, the accent stripped
  CHECK(to_lower("CRÈME") == "crème");     // lower case keeps the accents
  CHECK(fold("Gruyère") == "gruyere");
  CHECK(normalize_key("Œufs à la coque") == "oeufs a la coque");  // ligatures as their letters
  CHECK(normalize_key("mælk") == "maelk");
}

TEST_CASE("display widths count columns: wide characters two, combining marks none") {
  CHECK(display_width("kale") == 4);
  CHECK(display_width("crème") == 5);
  CHECK(display_width("cre\u0300me") == 5);  // e and a combining grave accent
  CHECK(display_width("納豆") == 4);
  CHECK(display_width("豆腐 tofu") == 9);
  CHECK(truncate_to_width("納豆納豆納豆", 7) == "納豆...");
  CHECK(truncate_to_width("natto", 5) == "natto");
}

TEST_CASE("singular takes the plural off the last word") {
  CHECK(singular("eggs") == "egg");
  CHECK(singular("berries") == "berry");
  CHECK(singular("tomatoes") == "tomato");
  CHECK(singular("peaches") == "peach");
  CHECK(singular("boxes") == "box");
  CHECK(singular("cheeses") == "cheese");
  CHECK(singular("chicken thighs") == "chicken thigh");
  CHECK(singular("hummus") == "hummus");
  CHECK(singular("grass") == "grass");
  CHECK(singular("kale") == "kale");
  CHECK(singular("gas") == "gas");
  CHECK(singular("leaves") == "leaf");
  CHECK(singular("halves") == "half");
}

TEST_CASE("edit_distance counts edits and transpositions") {
  CHECK(edit_distance("kale", "kale", 3) == 0);
  CHECK(edit_distance("kael", "kale", 3) == 1);
  CHECK(edit_distance("spinch", "spinach", 3) == 1);
  CHECK(edit_distance("brocoli", "broccoli", 3) == 1);
  CHECK(edit_distance("natto", "gouda", 3) == 4);
  CHECK(edit_distance("a", "abcdefgh", 2) == 3);
  CHECK(edit_distance("", "abc", 5) == 3);
}

TEST_CASE("find_invalid_utf8 finds the first bad byte") {
  CHECK_FALSE(find_invalid_utf8("kale µg é 漢字 😀").has_value());
  CHECK(find_invalid_utf8("ab\xFF").value() == 2);
  CHECK(find_invalid_utf8("\xC3").value() == 0);
  CHECK(find_invalid_utf8("x\xC0\xAF").value() == 1);          // overlong
  CHECK(find_invalid_utf8("\xED\xA0\x80").value() == 0);      // surrogate
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80").value() == 0);  // above U+10FFFF
}

TEST_CASE("display_width counts code points") {
  CHECK(display_width("K1 µg") == 5);
  CHECK(display_width("") == 0);
}

TEST_CASE("truncate_to_width shortens long text with dots") {
  CHECK(truncate_to_width("Spinach, raw", 20) == "Spinach, raw");
  CHECK(truncate_to_width("Chicken, broilers or fryers", 10) == "Chicken...");
  CHECK(truncate_to_width("ééééééé", 5) == "éé...");
}

TEST_CASE("quote_excerpt escapes control bytes and shortens") {
  CHECK(quote_excerpt("kale") == "kale");
  CHECK(quote_excerpt(std::string_view("a\0b", 3)) == "a\\x00b");
  CHECK(quote_excerpt("\xFF") == "\\xFF");
  CHECK(quote_excerpt("abcdefghij", 4) == "abcd...");
}

TEST_CASE("join_quoted_or lists words the English way") {
  CHECK(join_quoted_or({"kale"}) == "'kale'");
  CHECK(join_quoted_or({"kale", "cake"}) == "'kale' or 'cake'");
  CHECK(join_quoted_or({"a", "b", "c"}) == "'a', 'b' or 'c'");
}

TEST_CASE("wrap breaks paragraphs at blanks, by columns, not bytes") {
  CHECK(wrap("one two three four", 9) == "one two\nthree\nfour\n");
  CHECK(wrap("µg µg µg", 5) == "µg µg\nµg\n");
  CHECK(wrap("a verylongword b", 4, "  ") == "  a\n  verylongword\n  b\n");
  CHECK(wrap("", 10).empty());
  CHECK(wrap("  spaced   out  ", 20) == "spaced out\n");
}

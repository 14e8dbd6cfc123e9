#include "vitk/report/report.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "vitk/base/io.hpp"
#include "vitk/foods/food_table.hpp"
#include "vitk/intake/date.hpp"
#include "vitk/intake/meal_log.hpp"

using namespace vitk;

namespace {

constexpr std::string_view kFoods = R"(
[[food]]
id = "kale"
name = "Kale, raw"
source = "s"
k1 = 704.8
portions = { cup = 16 }

[[food]]
id = "natto"
name = "Natto"
source = "s"
k1 = 23.1
k2 = { mk7 = 939 }

[[food]]
id = "gouda"
name = "Gouda, \"aged\""
source = "s"
k1 = 2.3
dk = 0.5
k2 = { total = 63.7 }
)";

struct Fixture {
  std::unique_ptr<FoodTable> table = parse_food_table(kFoods, "foods.toml");
  FoodCatalog catalog;
  Intake intake;

  explicit Fixture(std::string_view log) {
    catalog.add(table->data());
    IntakeBuilder builder;
    LineReader reader(log);
    builder.start_input();
    read_meal_list(reader, "log", catalog, builder, [](const Error& e, bool) { FAIL(e.what()); });
    intake = builder.finish();
  }
};

/// The text report up to its health notes, which have tests of their own.
std::string text_before_notes(const Fixture& f, const ReportOptions& options) {
  const std::string text = render_text(Report(f.intake, f.catalog, options));
  return text.substr(0, text.find("About the K2 minimum"));
}

bool notes_mention(const ReportOptions& options, std::string_view words) {
  for (const std::string& note : health_notes(options)) {
    if (note.find(words) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a one-off query prints one untitled table") {
  const Fixture f("natto 50g; 2 cups kale; gouda 30 g");
  CHECK(text_before_notes(f, ReportOptions{}) ==
        "  food           amount     grams     K1 µg     K2 µg\n"
        "  Natto          50 g        50.0      11.6     469.5\n"
        "  Kale, raw      2 cups      32.0     225.5         ?\n"
        "  Gouda, \"aged\"  30 g        30.0       0.7      19.1\n"
        "  total                     112.0     237.8     488.6\n"
        "  K1 known for 3 of 3 items, K2 for 2 of 3 (2 of no stated basis).\n"
        "  K2 by form (µg): MK-7 469.5, form not given 19.1\n"
        "  Dihydrophylloquinone, counted in neither K1 nor K2: 0.1 µg (known for 1 of 3 items).\n"
        "  K2: 488.6 µg, at or above the 32.7 µg/day minimum (K2 unknown for 1 item).\n"
        "\n");
}

TEST_CASE("a low day names the richest K2 foods") {
  const Fixture f("2026-11-24\nbreakfast:\nkale 1 cup\nnatto 1 g\n2026-11-25\nnatto 10 g\n2026-11-26\n");
  ReportOptions options;
  options.suggestions = 2;
  CHECK(text_before_notes(f, options) ==
        "2026-11-24\n"
        "  food       amount     grams     K1 µg     K2 µg\n"
        "  breakfast:\n"
        "  Kale, raw  1 cup       16.0     112.8         ?\n"
        "  Natto      1 g          1.0       0.2       9.4\n"
        "  total                  17.0     113.0       9.4\n"
        "  K1 known for 2 of 2 items, K2 for 1 of 2 (1 of no stated basis).\n"
        "  K2 by form (µg): MK-7 9.4\n"
        "  K2: 9.4 µg, below the 32.7 µg/day minimum (K2 unknown for 1 item, so the true figure may be higher).\n"
        "\n"
        "2026-11-25\n"
        "  food   amount     grams     K1 µg     K2 µg\n"
        "  Natto  10 g        10.0       2.3      93.9\n"
        "  total              10.0       2.3      93.9\n"
        "  K1 known for 1 of 1 item, K2 for 1 of 1 (1 of no stated basis).\n"
        "  K2 by form (µg): MK-7 93.9\n"
        "  K2: 93.9 µg, at or above the 32.7 µg/day minimum.\n"
        "\n"
        "2026-11-26\n"
        "  (no items: intake unknown)\n"
        "\n"
        "K2 per day (µg) against the 32.7 µg minimum (│):\n"
        "  2026-11-24  ████          │                                9.4  below\n"
        "  2026-11-25  ████████████████████████████████████████      93.9\n"
        "  2026-11-26                │                           no items\n"
        "\n"
        "Summary: 2 days with items, 3 items\n"
        "  mean per day: K1 57.7 µg, K2 51.6 µg\n"
        "  mean K2 by form per day (µg): MK-7 51.6\n"
        "  K1 known for 3 of 3 items, K2 for 2 of 3 (2 of no stated basis).\n"
        "  K2 below 32.7 µg on 1 of 2 days: 2026-11-24\n"
        "\n"
        "Foods richest in K2 in the loaded tables (µg per 100 g):\n"
        "  natto    939.0  Natto\n"
        "  gouda     63.7  Gouda, \"aged\"\n"
        "\n");
}

TEST_CASE("the health notes cite the K2 minimum and advise asking a professional") {
  const ReportOptions plain;
  CHECK(notes_mention(plain, "Geleijnse et al., J Nutr 2004"));
  CHECK(notes_mention(plain, "not an official recommendation"));
  CHECK(notes_mention(plain, "doctor, pharmacist or dietitian"));
  CHECK(notes_mention(plain, "warfarin"));
  CHECK_FALSE(notes_mention(plain, "Reference intake"));
  CHECK_FALSE(notes_mention(plain, "Holmes"));
  ReportOptions custom;
  custom.k2_min_ug_per_day = 45;
  CHECK(notes_mention(custom, "45 µg/day was set by you"));
}

TEST_CASE("JSON has every field with null for unknown") {
  const Fixture f("2026-11-24\nlunch: natto 50g; kale 1 cup\n");
  const std::string json = render_json(Report(f.intake, f.catalog, ReportOptions{}));
  CHECK(json ==
        "{\"k2_min_ug_per_day\":32.7,\"from\":null,\"to\":null,\"days\":[\n"
        "{\"date\":\"2026-11-24\",\"items\":[\n"
        "{\"input\":\"natto 50g\",\"meal\":\"lunch\",\"food_id\":\"natto\",\"food_name\":\"Natto\",\"quantity\":50,\"unit\":\"g\","
        "\"grams\":50,\"k1_ug\":11.55,\"k2_ug\":469.5,\"k2_basis\":\"unstated\",\"k2_by_form_ug\":{\"mk4\":null,\"mk5\":null,\"mk6\":null,"
        "\"mk7\":469.5,\"mk8\":null,\"mk9\":null,\"mk9_4h\":null,\"mk10\":null,\"mk11\":null,\"mk12\":null,\"mk13\":null},"
        "\"dk_ug\":null,\"from_export\":false,\"ingredients\":null},\n"
        "{\"input\":\"kale 1 cup\",\"meal\":\"lunch\",\"food_id\":\"kale\",\"food_name\":\"Kale, raw\",\"quantity\":1,"
        "\"unit\":\"cup\",\"grams\":16,\"k1_ug\":112.77,\"k2_ug\":null,\"k2_basis\":null,\"k2_by_form_ug\":{\"mk4\":null,\"mk5\":null,"
        "\"mk6\":null,\"mk7\":null,\"mk8\":null,\"mk9\":null,\"mk9_4h\":null,\"mk10\":null,\"mk11\":null,\"mk12\":null,"
        "\"mk13\":null},\"dk_ug\":null,\"from_export\":false,\"ingredients\":null}],\"item_count\":2,\"grams\":66,\"k1_ug\":124.3,\"k1_known_items\":2,\"k2_ug\":469.5,"
        "\"k2_known_items\":1,\"k2_known_by_basis\":{\"analysed\":0,\"compiled\":0,\"calculated\":0,\"imputed\":0,\"unstated\":1},\"k2_by_form_ug\":{\"mk4\":null,\"mk5\":null,\"mk6\":null,\"mk7\":469.5,\"mk8\":null,"
        "\"mk9\":null,\"mk9_4h\":null,\"mk10\":null,\"mk11\":null,\"mk12\":null,\"mk13\":null},\"dk_ug\":null,"
        "\"dk_known_items\":0,\"k1_plus_k2_ug\":593.8,\"steady_deviation_percent\":null,"
        "\"flags\":[\"k2_incomplete\"]}],\n"
        "\"total\":{\"days\":1,\"days_with_items\":1,\"item_count\":2,\"grams\":66,\"k1_ug\":124.3,\"k1_known_items\":2,"
        "\"k2_ug\":469.5,\"k2_known_items\":1,\"k2_known_by_basis\":{\"analysed\":0,\"compiled\":0,\"calculated\":0,\"imputed\":0,\"unstated\":1},\"k2_by_form_ug\":{\"mk4\":null,\"mk5\":null,\"mk6\":null,\"mk7\":469.5,"
        "\"mk8\":null,\"mk9\":null,\"mk9_4h\":null,\"mk10\":null,\"mk11\":null,\"mk12\":null,\"mk13\":null},\"dk_ug\":null,"
        "\"dk_known_items\":0,\"mean_k1_ug_per_day\":124.3,\"mean_k2_ug_per_day\":469.5,\"days_k2_low\":0,"
        "\"skipped_items\":0,\"items_left_out\":0,\"import\":null},\n"
        "\"period\":\"all\",\"periods\":[\n"
        "{\"period\":\"all\",\"first_date\":\"2026-11-24\",\"last_date\":\"2026-11-24\",\"days\":1,\"days_with_items\":1,"
        "\"days_k2_low\":0,\"item_count\":2,\"grams\":66,\"k1_ug\":124.3,\"k1_known_items\":2,\"k2_ug\":469.5,"
        "\"k2_known_items\":1,\"k2_known_by_basis\":{\"analysed\":0,\"compiled\":0,\"calculated\":0,\"imputed\":0,\"unstated\":1},\"k2_by_form_ug\":{\"mk4\":null,\"mk5\":null,\"mk6\":null,\"mk7\":469.5,\"mk8\":null,"
        "\"mk9\":null,\"mk9_4h\":null,\"mk10\":null,\"mk11\":null,\"mk12\":null,\"mk13\":null},\"dk_ug\":null,"
        "\"dk_known_items\":0,\"mean_k1_ug_per_day\":124.3,\"mean_k2_ug_per_day\":469.5,"
        "\"mean_k2_by_form_ug_per_day\":{\"mk4\":null,\"mk5\":null,\"mk6\":null,\"mk7\":469.5,\"mk8\":null,\"mk9\":null,"
        "\"mk9_4h\":null,\"mk10\":null,\"mk11\":null,\"mk12\":null,\"mk13\":null}}],\n"
        "\"reference\":null,\n"
        "\"steady\":null,\n"
        "\"richest_k2_foods\":[],\n"
        "\"notes\":[\"About the K2 minimum: 32.7 µg/day is the lower bound of the highest third of menaquinone i"
        "ntake in the Rotterdam Study (Geleijnse et al., J Nutr 2004;134:3100-5),"
        " which was linked with less coronary heart disease and aortic calcification. It is an observational "
        "figure, not an official recommendation; no official body sets an intake value for K2.\","
        "\"vitk informs; it does not prescribe. Ask a doctor,"
        " pharmacist or dietitian before taking a vitamin K supplement,"
        " above all if you take a blood thinner such as warfarin: then a steady vitamin K intake matters more"
        " than a high one.\"],\n"
        "\"advice\":\"vitk informs; it does not prescribe. Ask a doctor,"
        " pharmacist or dietitian before taking a vitamin K supplement,"
        " above all if you take a blood thinner such as warfarin: then a steady vitamin K intake matters more"
        " than a high one.\"}\n");
}

TEST_CASE("JSON flags low days and lists rich foods") {
  const Fixture f("kale 1 cup\n");
  const std::string json = render_json(Report(f.intake, f.catalog, ReportOptions{}));
  CHECK(json.find("\"date\":null") != std::string::npos);
  CHECK(json.find("\"flags\":[\"k2_low\",\"k2_incomplete\"]") != std::string::npos);
  CHECK(json.find("\"richest_k2_foods\":[{\"food_id\":\"natto\",\"k2_ug_per_100g\":939},{\"food_id\":\"gouda\","
                  "\"k2_ug_per_100g\":63.7}]") != std::string::npos);
}

TEST_CASE("CSV quotes by RFC 4180 and leaves unknown cells empty") {
  const Fixture f("2026-11-24\ngouda 30 g\nkale 1 cup\n");
  CHECK(render_csv(f.intake) ==
        "date,meal,input,food_id,food_name,quantity,unit,grams,k1_ug,k2_ug,mk4_ug,mk5_ug,mk6_ug,mk7_ug,mk8_ug,mk9_ug,"
        "mk9_4h_ug,mk10_ug,mk11_ug,mk12_ug,mk13_ug,dk_ug,k2_basis\r\n"
        "2026-11-24,,gouda 30 g,gouda,\"Gouda, \"\"aged\"\"\",30,g,30,0.69,19.11,,,,,,,,,,,,0.15,unstated\r\n"
        "2026-11-24,,kale 1 cup,kale,\"Kale, raw\",1,cup,16,112.77,,,,,,,,,,,,,,\r\n");
}

TEST_CASE("HTML puts the advice before the charts and draws one bar group per day") {
  const Fixture f("2026-11-23\nkale 1 cup\n2026-11-24\n2026-11-25\nnatto 10 g\n");
  const std::string html = render_html(Report(f.intake, f.catalog, ReportOptions()));
  const std::size_t advice = html.find("Ask a doctor, pharmacist or dietitian");
  const std::size_t chart = html.find("<svg class=\"chart\"");
  REQUIRE(advice != std::string::npos);
  REQUIRE(chart != std::string::npos);
  CHECK(advice < chart);
  std::size_t groups = 0;
  for (std::size_t at = html.find("<g class=\"day\">"); at != std::string::npos; at = html.find("<g class=\"day\">", at + 1)) {
    ++groups;
  }
  CHECK(groups == 3);
  // The day without items is a shaded column and says so, never a bar of zero.
  CHECK(html.find("<title>2026-11-24: K1 no items, K2 no items</title><rect class=\"none\"") != std::string::npos);
  CHECK(html.find("<title>2026-11-23: K1 112.8, K2 unknown, below the K2 minimum</title>") != std::string::npos);
  CHECK(html.find("<h2>Foods richest in K2</h2>") > chart);  // a day is low: after the charts, as in the text
}

TEST_CASE("HTML escapes the names it prints and streams the same page as it renders whole") {
  // 400 days: a page of several hundred KB, handed to the sink in parts; its chart of the last 365.
  std::string log;
  for (int day = 0; day < 400; ++day) {
    log += fmt::format("{}\n{}\n", to_string(civil_from_days(20000 + day)), day % 2 == 0 ? "gouda 30 g" : "natto 5 g");
  }
  const Fixture f(log);
  const Report report(f.intake, f.catalog, ReportOptions());
  const std::string whole = render_html(report);
  CHECK(whole.find("Gouda, &quot;aged&quot;") != std::string::npos);
  CHECK(whole.find("Gouda, \"aged\"") == std::string::npos);
  std::string streamed, out;
  std::size_t parts = 0;
  render_html(report, out, [&](std::string& text) {
    streamed += text;
    text.clear();
    ++parts;
  });
  streamed += out;
  CHECK(parts > 2);
  CHECK(streamed == whole);
  CHECK(whole.find("The chart and its table show the last 365 of 400 days") != std::string::npos);
}

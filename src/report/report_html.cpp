// The report people look at: one self-contained HTML page, its charts drawn here as inline SVG.
#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>

#include "report_parts.hpp"
#include "vitk/base/json.hpp"
#include "vitk/base/text.hpp"
#include "vitk/report/chart.hpp"
#include "vitk/report/report.hpp"

namespace vitk {

using namespace report_parts;

namespace {

/// Charts draw at most this many bars (a year of days); a longer report charts its last ones (vitk(1), HTML).
constexpr std::size_t kMaxBars = 365;
/// The numbers under a chart are shown unfolded up to this many rows (and always in print).
constexpr std::size_t kOpenTableRows = 14;

// The plot inside each SVG, in its own units (the picture scales to the page).
constexpr double kWidth = 960;
constexpr double kHeight = 300;
constexpr double kLeft = 64;
constexpr double kRight = 16;
constexpr double kTop = 20;
constexpr double kBottom = 56;
constexpr double kPlotWidth = kWidth - kLeft - kRight;
constexpr double kPlotHeight = kHeight - kTop - kBottom;
constexpr double kBase = kTop + kPlotHeight;

constexpr std::string_view kStyle = R"(:root{color-scheme:light dark;--fg:#1d2327;--bg:#fff;--muted:#5b6770;--line:#c9d1d7;
--k1:#8fbf7f;--k2:#2f6db5;--low:#c62828;--none:#e9edf0;--band:#f3e3a6;--total:#6a4fa3;--note:#fff6d6;
--f0:#2f6db5;--f1:#e08a1e;--f2:#3c9d8f;--f3:#b5452f;--f4:#7b5ea8;--f5:#8c6d3f;--f6:#c9569b;--f7:#5f7f2f;
--f8:#4f8fc9;--f9:#a3a3a3;--f10:#d4b21c;--f11:#94a3ad}
@media (prefers-color-scheme:dark){:root{--fg:#e4e8eb;--bg:#15191c;--muted:#9aa6ae;--line:#3b454c;--k1:#6e9e60;
--k2:#6fa8ef;--low:#ff6b6b;--none:#262d32;--band:#4a4124;--total:#b59cf0;--note:#2c2818;--f0:#6fa8ef;--f11:#66747d}}
body{font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);
margin:0 auto;max-width:62rem;padding:1rem 1.25rem 3rem}
h1{font-size:1.7rem;margin:.5rem 0}h2{font-size:1.3rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line)}
h3{font-size:1.1rem;margin:1.4rem 0 .4rem}
.advice{background:var(--note);border-left:4px solid #d9a400;padding:.6rem .9rem;margin:1rem 0}
.notes p{margin:.5rem 0}.muted{color:var(--muted)}.low{color:var(--low);font-weight:600}
table{border-collapse:collapse;margin:.5rem 0;font-variant-numeric:tabular-nums}
th,td{padding:.2rem .6rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
td.n,th.n{text-align:right}tr.total td{font-weight:600}caption{text-align:left;color:var(--muted);padding:.2rem 0}
figure{margin:1rem 0 1.5rem}figcaption{font-weight:600;margin-bottom:.3rem}
svg.chart{width:100%;height:auto;display:block}
svg text{fill:var(--fg);font:13px system-ui,sans-serif}svg .axis{stroke:var(--muted);stroke-width:1}
svg .grid{stroke:var(--line);stroke-width:1}svg .k1{fill:var(--k1)}svg .k2{fill:var(--k2)}
svg .total{fill:var(--total)}svg .none{fill:var(--none)}svg.sw .none{stroke:var(--line)}svg .band{fill:var(--band);opacity:.7}
svg .unknown{fill:none;stroke:var(--muted);stroke-width:1.5;stroke-dasharray:3 2}
svg .min{stroke:var(--low);stroke-width:2;stroke-dasharray:8 4}svg .mean{stroke:var(--fg);stroke-width:1.5}
svg .mark{fill:var(--low)}svg text.label{fill:var(--muted)}
svg text.on{paint-order:stroke;stroke:var(--bg);stroke-width:4px;stroke-linejoin:round}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1.1rem;margin:.2rem 0;font-size:.9rem;list-style:none;padding:0}
.sw{width:.95em;height:.95em;vertical-align:-.1em;margin-right:.35em}
svg .f0{fill:var(--f0)}svg .f1{fill:var(--f1)}svg .f2{fill:var(--f2)}svg .f3{fill:var(--f3)}svg .f4{fill:var(--f4)}
svg .f5{fill:var(--f5)}svg .f6{fill:var(--f6)}svg .f7{fill:var(--f7)}svg .f8{fill:var(--f8)}svg .f9{fill:var(--f9)}
svg .f10{fill:var(--f10)}svg .f11{fill:var(--f11)}
details{margin:.3rem 0}summary{cursor:pointer;color:var(--muted)}
@media print{body{max-width:none;font-size:11pt}*{print-color-adjust:exact;-webkit-print-color-adjust:exact}
figure,table,section.day{break-inside:avoid}summary{display:none}}
@media print{details::details-content{content-visibility:visible;display:block}})";

/// Text from outside (food names, meal labels, dates) as HTML shows it literally, in content and in attributes.
std::string esc(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

/// A coordinate of the SVG, to one decimal: enough for a screen, and the same on every machine.
std::string px(double value) { return format_trimmed(std::round(value * 10) / 10, 1); }

std::string ug_text(const std::optional<double>& value) { return value ? one_decimal(*value) : std::string("unknown"); }

/// A bar of a chart: what one day (or period) shows.
struct Point {
  std::string label;             ///< the date or period, as the axis and the table name it
  bool has_items = false;
  std::optional<double> k1_ug;   ///< unknown when no item knew it
  std::optional<double> k2_ug;
  bool low = false;              ///< K2 below the minimum, as the verdict says
  std::array<double, kFormCount + 1> forms_ug{};  ///< K2 by form, the last of no given form
  bool forms_known = false;
  std::uint32_t k1_unknown = 0;  ///< items whose K1 (K2) is unknown, on a day where some item knew it
  std::uint32_t k2_unknown = 0;
};

/// A day's figure for the table and the tooltip: `187.8 (1 item unknown)`, `unknown` or `no items`.
std::string day_figure(const Point& point, const std::optional<double>& value, std::uint32_t unknown) {
  if (!point.has_items) return "no items";
  if (!value) return "unknown";
  if (unknown == 0) return one_decimal(*value);
  return fmt::format("{} ({} unknown)", one_decimal(*value), item_count(unknown));
}

std::string chart_label(const Day& day) {
  const std::optional<Date> date = day.calendar_date();
  return date ? to_string(*date) : "undated";
}

/// The points of the days [first, days.size()).
std::vector<Point> day_points(const Report& report, std::size_t first) {
  const Intake& intake = report.intake;
  std::vector<Point> points;
  for (std::size_t i = first; i < intake.days.size(); ++i) {
    const Day& day = intake.days[i];
    Point point;
    point.label = chart_label(day);
    point.has_items = day.totals.items > 0;
    if (day.totals.k1_known > 0) point.k1_ug = day.totals.k1_ug;
    if (day.totals.k2_known > 0) point.k2_ug = day.totals.k2_ug;
    if (point.k1_ug) point.k1_unknown = day.totals.items - day.totals.k1_known;
    if (point.k2_ug) point.k2_unknown = day.totals.items - day.totals.k2_known;
    point.low = k2_below(day.totals, report.options.k2_min_ug_per_day);
    if (intake.items_kept && point.k2_ug) {
      const Totals totals = intake.totals_of(day);
      double by_form = 0;
      for (std::size_t form = 0; form < kFormCount; ++form) {
        point.forms_ug[form] = totals.k2_by_form[form].ug;
        by_form += totals.k2_by_form[form].ug;
      }
      point.forms_ug[kFormCount] = std::max(0.0, totals.k2.ug - by_form);
      point.forms_known = true;
    }
    points.push_back(std::move(point));
  }
  return points;
}

/// The opening of a chart's SVG, with its title and description for screen readers, its axes, value grid and
/// labels; `draw` then adds its marks.
void open_chart(std::string& out, std::string_view title, std::string_view desc, const ValueAxis& axis,
                const BarSlots& slots, const std::vector<Point>& points, std::string_view x_label) {
  out += fmt::format(
      "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"img\">\n"
      "<title>{}</title>\n<desc>{}</desc>\n",
      px(kWidth), px(kHeight), esc(title), esc(desc));
  for (std::size_t tick = 0; tick < axis.ticks(); ++tick) {
    const double value = axis.step() * static_cast<double>(tick);
    const double y = kBase - axis.height_of(value);
    out += fmt::format("<line class=\"grid\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>"
                       "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
                       px(kLeft), px(y), px(kLeft + kPlotWidth), px(y), px(kLeft - 6), px(y + 4),
                       format_trimmed(value, 2));
  }
  out += fmt::format("<text class=\"label\" transform=\"translate(16 {}) rotate(-90)\" text-anchor=\"middle\">µg per "
                     "day</text>\n",
                     px(kTop + kPlotHeight / 2));
  // Labels of the bars, as many as fit: dates are about 80 units wide.
  const std::size_t every = slots.label_every(points.empty() || points.front().label.size() <= 8 ? 60 : 84);
  for (std::size_t i = 0; i < points.size(); i += every) {
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                       px(kLeft + slots.left(i) + slots.slot / 2), px(kBase + 30), esc(points[i].label));
  }
  out += fmt::format("<text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                     px(kLeft + kPlotWidth / 2), px(kHeight - 6), esc(x_label));
}

void close_chart(std::string& out) {
  out += fmt::format("<line class=\"axis\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>"
                     "<line class=\"axis\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n</svg>\n",
                     px(kLeft), px(kTop), px(kLeft), px(kBase), px(kLeft), px(kBase), px(kLeft + kPlotWidth), px(kBase));
}

/// A horizontal line across the plot at `value`, with its label at the right end.
void value_line(std::string& out, const ValueAxis& axis, double value, std::string_view css_class,
                std::string_view label) {
  const double y = kBase - axis.height_of(value);
  out += fmt::format("<line class=\"{}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>"
                     "<text class=\"on\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
                     css_class, px(kLeft), px(y), px(kLeft + kPlotWidth), px(y), px(kLeft + kPlotWidth - 4), px(y - 5),
                     esc(label));
}

void rect(std::string& out, std::string_view css_class, double x, double y, double width, double height) {
  out += fmt::format("<rect class=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>", css_class, px(x), px(y),
                     px(width), px(height));
}

/// The marks every bar chart shares for a slot that has no bar: a shaded column for no items, a dashed stub for
/// an unknown value (never a bar of zero).
void empty_or_unknown(std::string& out, const BarSlots& slots, std::size_t i, bool has_items, bool known,
                      double x, double width) {
  if (!has_items) {
    rect(out, "none", kLeft + slots.left(i), kTop, slots.slot, kPlotHeight);
  } else if (!known) {
    rect(out, "unknown", x, kBase - 10, width, 10);
  }
}

/// A dot under the base line that marks a day (or period) as low, or outside the steady tolerance.
void low_mark(std::string& out, const BarSlots& slots, std::size_t i) {
  out += fmt::format("<circle class=\"mark\" cx=\"{}\" cy=\"{}\" r=\"{}\"/>", px(kLeft + slots.left(i) + slots.slot / 2),
                     px(kBase + 9), px(std::clamp(slots.slot / 2, 1.5, 5.0)));
}

/// The sample of a legend: a small SVG of the mark it names.
std::string swatch(std::string_view css_class) {
  std::string mark;
  if (css_class == "min" || css_class == "mean") {
    mark = fmt::format("<line class=\"{}\" x1=\"0\" y1=\"7\" x2=\"14\" y2=\"7\"/>", css_class);
  } else if (css_class == "mark") {
    mark = "<circle class=\"mark\" cx=\"7\" cy=\"7\" r=\"5\"/>";
  } else {
    mark = fmt::format("<rect class=\"{}\" x=\"1\" y=\"1\" width=\"12\" height=\"12\"/>", css_class);
  }
  return fmt::format("<svg class=\"sw\" viewBox=\"0 0 14 14\" aria-hidden=\"true\">{}</svg>", mark);
}

void legend(std::string& out, std::initializer_list<std::pair<std::string_view, std::string>> entries) {
  out += "<ul class=\"legend\">";
  for (const auto& [css_class, text] : entries) out += fmt::format("<li>{}{}</li>", swatch(css_class), esc(text));
  out += "</ul>\n";
}

void open_table(std::string& out, std::size_t rows, std::string_view caption, std::string_view header) {
  out += fmt::format("<details{}><summary>The numbers of this chart</summary>\n<table>\n<caption>{}</caption>\n"
                     "<thead><tr>{}</tr></thead>\n<tbody>\n",
                     rows <= kOpenTableRows ? " open" : "", esc(caption), header);
}

void close_table(std::string& out) { out += "</tbody>\n</table>\n</details>\n"; }

std::string shown_span(std::size_t shown, std::size_t all, std::string_view what) {
  if (shown == all) return {};
  return fmt::format(" The chart and its table show the last {} of {} {}; the report lists them all further down.",
                     shown, all, what);
}

/// Says under a chart's title that it shows only the last of its days or periods, when it does.
void shown_note(std::string& out, std::size_t shown, std::size_t all, std::string_view what) {
  if (shown != all) out += fmt::format("<p class=\"muted\">{}</p>\n", esc(trim(shown_span(shown, all, what))));
}

void render_day_chart(std::string& out, const Report& report, const std::vector<Point>& points, std::size_t all_days,
                      const ReportSink& sink) {
  const double min = report.options.k2_min_ug_per_day;
  double largest = min;
  std::size_t low = 0, unknown = 0, empty = 0;
  for (const Point& point : points) {
    largest = std::max({largest, point.k1_ug.value_or(0), point.k2_ug.value_or(0)});
    low += point.low ? 1 : 0;
    empty += point.has_items ? 0 : 1;
    unknown += point.has_items && (!point.k1_ug || !point.k2_ug) ? 1 : 0;
  }
  const ValueAxis axis(largest, kPlotHeight);
  const BarSlots slots(points.size(), kPlotWidth);
  const std::string title = "K1 and K2 per day";
  std::string desc = fmt::format(
      "Bars of K1 and K2 in micrograms for {} from {} to {}, against the K2 minimum of {} µg per day. {} below the "
      "minimum, {} without items, {} with a value unknown.",
      plural(static_cast<std::uint32_t>(points.size()), "day"), points.front().label, points.back().label,
      format_trimmed(min, 2), plural(static_cast<std::uint32_t>(low), "day"), empty, unknown);
  out += "<figure>\n<figcaption>K1 and K2 per day (µg)</figcaption>\n";
  shown_note(out, points.size(), all_days, "days");
  legend(out, {{"k1", "K1"}, {"k2", "K2"}, {"min", fmt::format("K2 minimum, {} µg", format_trimmed(min, 2))},
               {"mark", "K2 below the minimum"}, {"none", "no items"}, {"unknown", "value unknown (above a bar: of some items)"}});
  open_chart(out, title, desc + shown_span(points.size(), all_days, "days"), axis, slots, points, "Day");
  for (std::size_t i = 0; i < points.size(); ++i) {
    const Point& point = points[i];
    out += fmt::format("<g class=\"day\"><title>{}: K1 {}, K2 {}{}</title>", esc(point.label),
                       day_figure(point, point.k1_ug, point.k1_unknown), day_figure(point, point.k2_ug, point.k2_unknown),
                       point.low ? ", below the K2 minimum" : "");
    const double x = kLeft + slots.left(i) + (slots.slot - slots.width) / 2;
    // K1 wide and light behind, K2 narrower and dark in front: both readable at a year of days.
    // A bar whose day had items of unknown value wears a dashed cap: the true figure may be higher.
    if (point.k1_ug) {
      const double h = axis.height_of(*point.k1_ug);
      rect(out, "k1", x, kBase - h, slots.width, h);
      if (point.k1_unknown > 0) rect(out, "unknown", x, kBase - h - 10, slots.width, 10);
    }
    empty_or_unknown(out, slots, i, point.has_items, point.k1_ug.has_value(), x, slots.width);
    const double k2_width = slots.width >= 4 ? slots.width * 0.55 : slots.width;
    const double k2_x = x + (slots.width - k2_width) / 2;
    if (point.k2_ug) {
      const double h = axis.height_of(*point.k2_ug);
      rect(out, "k2", k2_x, kBase - h, k2_width, h);
      if (point.k2_unknown > 0) rect(out, "unknown", k2_x, kBase - h - 10, k2_width, 10);
    } else if (point.has_items && point.k1_ug) {
      rect(out, "unknown", k2_x, kBase - 10, k2_width, 10);
    }
    if (point.low) low_mark(out, slots, i);
    out += "</g>\n";
    flush_if_big(out, sink);
  }
  value_line(out, axis, min, "min", fmt::format("K2 minimum {} µg", format_trimmed(min, 2)));
  close_chart(out);
  open_table(out, points.size(), "K1 and K2 per day, µg",
             "<th scope=\"col\">day</th><th scope=\"col\" class=\"n\">K1 µg</th><th scope=\"col\" class=\"n\">K2 "
             "µg</th><th scope=\"col\">K2 minimum</th>");
  for (const Point& point : points) {
    out += fmt::format("<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td{}>{}</td></tr>\n",
                       esc(point.label), day_figure(point, point.k1_ug, point.k1_unknown),
                       day_figure(point, point.k2_ug, point.k2_unknown), point.low ? " class=\"low\"" : "",
                       point.low ? "below" : point.has_items ? "met" : "");
    flush_if_big(out, sink);
  }
  close_table(out);
  out += "</figure>\n";
}

void render_forms_chart(std::string& out, const std::vector<Point>& points, std::size_t all_days,
                        const ReportSink& sink) {
  std::array<bool, kFormCount + 1> used{};
  double largest = 0;
  for (const Point& point : points) {
    if (!point.forms_known) continue;
    for (std::size_t form = 0; form <= kFormCount; ++form) used[form] = used[form] || point.forms_ug[form] >= 0.05;
    largest = std::max(largest, point.k2_ug.value_or(0));
  }
  if (std::none_of(used.begin(), used.end(), [](bool u) { return u; })) return;
  const auto form_name = [](std::size_t form) {
    return form < kFormCount ? std::string(kFormLabels[form]) : std::string("form not given");
  };
  const auto css = [](std::size_t form) { return fmt::format("f{}", form); };
  const ValueAxis axis(largest, kPlotHeight);
  const BarSlots slots(points.size(), kPlotWidth);
  std::vector<std::string> names;
  out += "<figure>\n<figcaption>K2 per day by form (µg)</figcaption>\n";
  shown_note(out, points.size(), all_days, "days");
  out += "<ul class=\"legend\">";
  for (std::size_t form = 0; form <= kFormCount; ++form) {
    if (!used[form]) continue;
    names.push_back(form_name(form));
    out += fmt::format("<li>{}{}</li>", swatch(css(form)), esc(form_name(form)));
  }
  out += fmt::format("<li>{}no items</li><li>{}K2 unknown</li></ul>\n", swatch("none"), swatch("unknown"));
  const std::string desc = fmt::format("Stacked bars of K2 in micrograms per day, by menaquinone form ({}), for {}.{}",
                                       join(names, ", "), plural(static_cast<std::uint32_t>(points.size()), "day"),
                                       shown_span(points.size(), all_days, "days"));
  open_chart(out, "K2 per day by form", desc, axis, slots, points, "Day");
  for (std::size_t i = 0; i < points.size(); ++i) {
    const Point& point = points[i];
    out += fmt::format("<g class=\"forms\"><title>{}: K2 {}</title>", esc(point.label),
                       point.has_items ? ug_text(point.k2_ug) : "no items");
    const double x = kLeft + slots.left(i) + (slots.slot - slots.width) / 2;
    empty_or_unknown(out, slots, i, point.has_items, point.forms_known, x, slots.width);
    double below = 0;
    for (std::size_t form = 0; point.forms_known && form <= kFormCount; ++form) {
      if (!used[form] || point.forms_ug[form] <= 0) continue;
      const double y0 = axis.height_of(below);
      below += point.forms_ug[form];
      const double y1 = axis.height_of(below);
      rect(out, css(form), x, kBase - y1, slots.width, y1 - y0);
    }
    out += "</g>\n";
    flush_if_big(out, sink);
  }
  close_chart(out);
  std::string header = "<th scope=\"col\">day</th>";
  for (const std::string& name : names) header += fmt::format("<th scope=\"col\" class=\"n\">{} µg</th>", esc(name));
  open_table(out, points.size(), "K2 per day by form, µg", header);
  for (const Point& point : points) {
    out += fmt::format("<tr><td>{}</td>", esc(point.label));
    for (std::size_t form = 0; form <= kFormCount; ++form) {
      if (!used[form]) continue;
      out += fmt::format("<td class=\"n\">{}</td>", !point.has_items    ? std::string("no items")
                                                    : point.forms_known ? one_decimal(point.forms_ug[form])
                                                                        : std::string("unknown"));
    }
    out += "</tr>\n";
    flush_if_big(out, sink);
  }
  close_table(out);
  out += "</figure>\n";
}

void render_period_chart(std::string& out, const Report& report, const ReportSink& sink) {
  const ReportOptions& options = report.options;
  std::size_t count = 0;
  for (auto it = report.periods.begin(); it != report.periods.end(); ++it) ++count;
  const std::size_t skip = count > kMaxBars ? count - kMaxBars : 0;
  std::vector<Point> points;
  std::size_t index = 0;
  for (const PeriodSummary& summary : report.periods) {
    if (index++ < skip) continue;
    Point point;
    point.label = summary.label;
    point.has_items = summary.days_with_items > 0;
    point.k1_ug = summary.mean_k1_ug();
    point.k2_ug = summary.mean_k2_ug();
    point.low = point.has_items && k2_below(summary.days_with_items, summary.totals.k2.ug / summary.days_with_items,
                                            options.k2_min_ug_per_day);
    points.push_back(std::move(point));
  }
  const std::string_view what = options.period == Period::week ? "week" : "month";
  double largest = options.k2_min_ug_per_day;
  for (const Point& point : points) largest = std::max({largest, point.k1_ug.value_or(0), point.k2_ug.value_or(0)});
  const ValueAxis axis(largest, kPlotHeight);
  const BarSlots slots(points.size(), kPlotWidth);
  out += fmt::format("<figure>\n<figcaption>Mean K1 and K2 per day, by {} (µg)</figcaption>\n", what);
  shown_note(out, points.size(), count, fmt::format("{}s", what));
  legend(out, {{"k1", "mean K1"}, {"k2", "mean K2"},
               {"min", fmt::format("K2 minimum, {} µg", format_trimmed(options.k2_min_ug_per_day, 2))},
               {"mark", "mean K2 below the minimum"}, {"none", "no items"}, {"unknown", "value unknown"}});
  const std::string desc =
      fmt::format("Bars of the mean K1 and K2 per day with items, in micrograms, for {} {}s.{}", points.size(), what,
                  shown_span(points.size(), count, fmt::format("{}s", what)));
  open_chart(out, fmt::format("Mean K1 and K2 per day, by {}", what), desc, axis, slots, points,
             options.period == Period::week ? "ISO week" : "Month");
  for (std::size_t i = 0; i < points.size(); ++i) {
    const Point& point = points[i];
    out += fmt::format("<g class=\"period\"><title>{}: mean K1 {}, mean K2 {}</title>", esc(point.label),
                       point.has_items ? ug_text(point.k1_ug) : "no items",
                       point.has_items ? ug_text(point.k2_ug) : "no items");
    const double x = kLeft + slots.left(i) + (slots.slot - slots.width) / 2;
    const double half = slots.width / 2;
    if (point.k1_ug) rect(out, "k1", x, kBase - axis.height_of(*point.k1_ug), half, axis.height_of(*point.k1_ug));
    if (point.k2_ug) {
      rect(out, "k2", x + half, kBase - axis.height_of(*point.k2_ug), half, axis.height_of(*point.k2_ug));
    }
    if (!point.has_items) {
      rect(out, "none", kLeft + slots.left(i), kTop, slots.slot, kPlotHeight);
    } else {
      if (!point.k1_ug) rect(out, "unknown", x, kBase - 10, half, 10);
      if (!point.k2_ug) rect(out, "unknown", x + half, kBase - 10, half, 10);
    }
    if (point.low) low_mark(out, slots, i);
    out += "</g>\n";
    flush_if_big(out, sink);
  }
  value_line(out, axis, options.k2_min_ug_per_day, "min",
             fmt::format("K2 minimum {} µg", format_trimmed(options.k2_min_ug_per_day, 2)));
  close_chart(out);
  open_table(out, points.size(), fmt::format("Mean K1 and K2 per day with items, by {}, µg", what),
             fmt::format("<th scope=\"col\">{}</th><th scope=\"col\" class=\"n\">mean K1 µg</th><th scope=\"col\" "
                         "class=\"n\">mean K2 µg</th><th scope=\"col\">K2 minimum</th>",
                         what));
  for (const Point& point : points) {
    out += fmt::format("<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td{}>{}</td></tr>\n",
                       esc(point.label), point.has_items ? ug_text(point.k1_ug) : "no items",
                       point.has_items ? ug_text(point.k2_ug) : "no items", point.low ? " class=\"low\"" : "",
                       point.low ? "below" : point.has_items ? "met" : "");
    flush_if_big(out, sink);
  }
  close_table(out);
  out += "</figure>\n";
}

void render_steady_chart(std::string& out, const Report& report, std::size_t first, const ReportSink& sink) {
  const SteadyAnalysis& steady = *report.steady;
  const Intake& intake = report.intake;
  const double low = steady.mean_ug * (1 - steady.tolerance_percent / 100);
  const double high = steady.mean_ug * (1 + steady.tolerance_percent / 100);
  std::vector<Point> points;  // labels and items only: the figures come from the analysis
  double largest = high;
  for (std::size_t i = first; i < intake.days.size(); ++i) {
    const SteadyDay day = steady.of(intake.days[i]);
    Point point;
    point.label = chart_label(intake.days[i]);
    point.has_items = day.known;
    if (day.known) point.k1_ug = day.total_ug;  // the day's K1 and K2 together
    point.low = day.flagged;
    largest = std::max(largest, day.total_ug);
    points.push_back(std::move(point));
  }
  const ValueAxis axis(largest, kPlotHeight);
  const BarSlots slots(points.size(), kPlotWidth);
  const std::string tolerance = format_trimmed(steady.tolerance_percent, 1);
  out += "<figure>\n<figcaption>Vitamin K (K1 + K2) per day against your mean (µg)</figcaption>\n";
  shown_note(out, points.size(), intake.days.size(), "days");
  legend(out, {{"total", "K1 + K2"}, {"band", fmt::format("your mean ± {}%", tolerance)},
               {"mark", "outside the tolerance"}, {"none", "no items"}});
  const std::string desc = fmt::format(
      "Bars of vitamin K (K1 and K2) in micrograms for {}, against the mean of {} µg and a band from {} to {} µg. "
      "{} outside the band.{}",
      plural(static_cast<std::uint32_t>(points.size()), "day"), one_decimal(steady.mean_ug), one_decimal(low),
      one_decimal(high), plural(steady.flagged, "day"), shown_span(points.size(), intake.days.size(), "days"));
  open_chart(out, "Vitamin K per day against your mean", desc, axis, slots, points, "Day");
  const double band_top = kBase - axis.height_of(high);
  rect(out, "band", kLeft, band_top, kPlotWidth, axis.height_of(high) - axis.height_of(low));
  out += "\n";
  for (std::size_t i = 0; i < points.size(); ++i) {
    const Point& point = points[i];
    out += fmt::format("<g class=\"steady\"><title>{}: {}{}</title>", esc(point.label),
                       point.has_items ? one_decimal(*point.k1_ug) + " µg" : std::string("no items"),
                       point.low ? ", outside the tolerance" : "");
    const double x = kLeft + slots.left(i) + (slots.slot - slots.width) / 2;
    if (point.k1_ug) {
      const double h = axis.height_of(*point.k1_ug);
      rect(out, "total", x, kBase - h, slots.width, h);
    } else {
      rect(out, "none", kLeft + slots.left(i), kTop, slots.slot, kPlotHeight);
    }
    if (point.low) low_mark(out, slots, i);
    out += "</g>\n";
    flush_if_big(out, sink);
  }
  value_line(out, axis, steady.mean_ug, "mean", fmt::format("mean {} µg", one_decimal(steady.mean_ug)));
  close_chart(out);
  open_table(out, points.size(), "Vitamin K (K1 + K2) per day, µg",
             "<th scope=\"col\">day</th><th scope=\"col\" class=\"n\">K1 + K2 µg</th><th scope=\"col\" "
             "class=\"n\">against the mean</th><th scope=\"col\">tolerance</th>");
  for (std::size_t i = 0; i < points.size(); ++i) {
    const SteadyDay day = steady.of(intake.days[first + i]);
    if (!day.known) {
      out += fmt::format("<tr><td>{}</td><td class=\"n\">no items</td><td></td><td></td></tr>\n", esc(points[i].label));
    } else {
      out += fmt::format("<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td{}>{}</td></tr>\n",
                         esc(points[i].label), one_decimal(day.total_ug), signed_percent(day.deviation),
                         day.flagged ? " class=\"low\"" : "", day.flagged ? "outside" : "within");
    }
    flush_if_big(out, sink);
  }
  close_table(out);
  out += "</figure>\n";
}

void render_day(std::string& out, const Report& report, std::size_t index) {
  const Intake& intake = report.intake;
  const Day& day = intake.days[index];
  const bool one_off = intake.days.size() == 1 && day.date == kUndated;
  out += fmt::format("<section class=\"day\">\n<h3>{}</h3>\n", esc(one_off ? std::string("Meals") : day_title(day)));
  if (day.totals.items == 0) {
    out += "<p class=\"muted\">No items: intake unknown.</p>\n</section>\n";
    return;
  }
  out += "<table>\n<thead><tr><th scope=\"col\">meal</th><th scope=\"col\">food</th><th scope=\"col\" "
         "class=\"n\">amount</th><th scope=\"col\" class=\"n\">grams</th><th scope=\"col\" class=\"n\">K1 µg</th><th "
         "scope=\"col\" class=\"n\">K2 µg</th></tr></thead>\n<tbody>\n";
  for (const ItemRecord& record : intake.items_of(day)) {
    const ItemView item = intake.view(record);
    out += fmt::format("<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td "
                       "class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
                       esc(item.meal), esc(item.food.name()), esc(amount_text(item)), item_grams(item),
                       known_or_mark(item.amounts.k1_ug), known_or_mark(item.amounts.k2_ug));
  }
  const DayTotals& sums = day.totals;
  out += fmt::format("<tr class=\"total\"><td></td><td>total</td><td></td><td class=\"n\">{}</td><td "
                     "class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n</tbody>\n</table>\n<ul>\n",
                     one_decimal(sums.grams), sum_or_mark(sums.k1_ug, sums.k1_known), sum_or_mark(sums.k2_ug, sums.k2_known));
  out += fmt::format("<li>{}</li>\n", esc(coverage_line(sums.items, sums.k1_known, sums.k2_known, sums.k2_by_basis())));
  if (const std::string forms = forms_line(intake.totals_of(day)); !forms.empty()) {
    out += fmt::format("<li>K2 by form (µg): {}</li>\n", esc(forms));
  }
  if (sums.dk_known > 0) {
    out += fmt::format("<li>Dihydrophylloquinone, counted in neither K1 nor K2: {} µg.</li>\n", one_decimal(sums.dk_ug));
  }
  ReportOptions plain = report.options;
  plain.style.color = false;
  const bool low = k2_below(sums, report.options.k2_min_ug_per_day);
  out += fmt::format("<li{}>{}</li>\n", low ? " class=\"low\"" : "", esc(k2_verdict(sums, plain)));
  if (report.options.reference) {
    out += fmt::format("<li>{}</li>\n", esc(reference_line(*report.options.reference, sums.k1_ug, sums.k2_ug)));
  }
  if (const std::optional<SteadyDay> steady = steady_day(report, index)) {
    out += fmt::format("<li{}>Steady intake: {} µg of K1 and K2, {} against the mean{}.</li>\n",
                       steady->flagged ? " class=\"low\"" : "", one_decimal(steady->total_ug),
                       signed_percent(steady->deviation), steady->flagged ? ", outside the tolerance" : "");
  }
  out += "</ul>\n</section>\n";
}

std::string period_name_of(const PeriodSummary& summary, Period period) {
  return period == Period::all ? std::string("All days") : period_title(summary, period);
}

void render_periods(std::string& out, const Report& report, const ReportSink& sink) {
  const ReportOptions& options = report.options;
  out += "<h2>Summary</h2>\n<table>\n<thead><tr><th scope=\"col\">period</th><th scope=\"col\" class=\"n\">days "
         "with items</th><th scope=\"col\" class=\"n\">items</th><th scope=\"col\" class=\"n\">mean K1 µg</th><th "
         "scope=\"col\" class=\"n\">mean K2 µg</th><th scope=\"col\" class=\"n\">days K2 low</th><th scope=\"col\" "
         "class=\"n\">K1 known</th><th scope=\"col\" class=\"n\">K2 known</th></tr></thead>\n<tbody>\n";
  for (const PeriodSummary& summary : report.periods) {
    out += fmt::format("<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td "
                       "class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{} of {}</td><td class=\"n\">{} of "
                       "{}</td></tr>\n",
                       esc(period_name_of(summary, options.period)), summary.days_with_items, summary.totals.items,
                       summary.mean_k1_ug() ? one_decimal(*summary.mean_k1_ug()) : "?",
                       summary.mean_k2_ug() ? one_decimal(*summary.mean_k2_ug()) : "?", summary.days_k2_low,
                       summary.totals.k1.known, summary.totals.items, summary.totals.k2.known, summary.totals.items);
    flush_if_big(out, sink);
  }
  out += "</tbody>\n</table>\n";
  for (const PeriodSummary& summary : report.periods) {
    if (!summary.forms_known || summary.days_with_items == 0) continue;
    if (const std::string forms = forms_line(summary.totals, summary.days_with_items); !forms.empty()) {
      out += fmt::format("<p>{}, mean K2 by form per day (µg): {}.</p>\n",
                         esc(period_name_of(summary, options.period)), esc(forms));
      flush_if_big(out, sink);
    }
  }
  if (options.reference) {
    for (const PeriodSummary& summary : report.periods) {
      if (summary.days_with_items == 0) continue;
      out += fmt::format("<p>{}: {}</p>\n", esc(period_name_of(summary, options.period)),
                         esc(reference_line(*options.reference, summary.mean_k1_ug().value_or(0),
                                            summary.mean_k2_ug().value_or(0), true)));
      flush_if_big(out, sink);
    }
  }
}

void render_steady_figures(std::string& out, const Report& report) {
  const SteadyAnalysis& steady = *report.steady;
  out += fmt::format("<h2>Steady intake</h2>\n<p>Vitamin K (K1 + K2) per day against your own mean, tolerance "
                     "{}%.</p>\n",
                     format_trimmed(steady.tolerance_percent, 1));
  if (steady.days == 0) {
    out += "<p>No day with items.</p>\n";
    return;
  }
  out += fmt::format(
      "<table>\n<thead><tr><th scope=\"col\" class=\"n\">mean µg</th><th scope=\"col\" class=\"n\">standard "
      "deviation µg</th><th scope=\"col\" class=\"n\">coefficient of variation</th><th scope=\"col\" class=\"n\">min "
      "µg</th><th scope=\"col\" class=\"n\">max µg</th><th scope=\"col\" class=\"n\">days outside</th></tr></thead>\n"
      "<tbody><tr><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{:.0f}%</td><td class=\"n\">{}</td>"
      "<td class=\"n\">{}</td><td class=\"n\">{} of {}</td></tr></tbody>\n</table>\n",
      one_decimal(steady.mean_ug), one_decimal(steady.sd_ug), steady.cv * 100, one_decimal(steady.min_ug),
      one_decimal(steady.max_ug), steady.flagged, steady.days);
}

void render_rich_foods(std::string& out, const Report& report) {
  const std::vector<Food> foods = report.catalog.richest_in_k2(report.options.suggestions);
  out += "<h2>Foods richest in K2</h2>\n";
  if (foods.empty()) {
    out += "<p>No food in the loaded tables has a known K2 value to suggest.</p>\n";
    return;
  }
  out += "<table>\n<caption>In the loaded tables, µg per 100 g</caption>\n<thead><tr><th scope=\"col\">id</th><th "
         "scope=\"col\" class=\"n\">K2 µg</th><th scope=\"col\">food</th></tr></thead>\n<tbody>\n";
  for (const Food& food : foods) {
    out += fmt::format("<tr><td>{}</td><td class=\"n\">{}</td><td>{}</td></tr>\n", esc(food.id()),
                       one_decimal(*food.k2_ug_per_100g()), esc(food.name()));
  }
  out += "</tbody>\n</table>\n";
}

/// What the whole report comes to, in a few lines at the top: days, coverage, the mean against the minimum.
void render_overview(std::string& out, const Report& report) {
  const Intake& intake = report.intake;
  const ReportOptions& options = report.options;
  if (intake.days.empty()) {
    out += "<p>No days in the dates asked for.</p>\n";
    return;
  }
  const std::uint32_t with_items = intake.days_with_items();
  out += "<ul class=\"overview\">\n";
  const std::optional<Date> first = intake.days.front().calendar_date();
  const std::optional<Date> last = intake.days.back().calendar_date();
  if (first && last && intake.days.size() > 1) {
    out += fmt::format("<li>From {} to {}: {} with items of {}, {}.</li>\n", to_string(*first), to_string(*last),
                       plural(with_items, "day"), intake.days.size(), item_count(intake.total.items));
  } else {
    out += fmt::format("<li>{} with items, {}.</li>\n", plural(with_items, "day"), item_count(intake.total.items));
  }
  const Totals& total = intake.total;
  out += fmt::format("<li>{}</li>\n", esc(coverage_line(total.items, total.k1.known, total.k2.known,
                                                         basis_counts(total.k2_by_basis, total.k2_basis_counted))));
  if (with_items > 0) {
    const auto mean = [&](const Sum& sum) {
      return sum.known > 0 ? one_decimal(sum.ug / with_items) + " µg" : std::string("unknown");
    };
    std::uint32_t low = 0;
    for (const Day& day : intake.days) low += k2_below(day.totals, options.k2_min_ug_per_day) ? 1 : 0;
    out += fmt::format("<li>Mean per day with items: K1 {}, K2 {}; K2 below the {} µg/day minimum on {}.</li>\n",
                       mean(total.k1), mean(total.k2), format_trimmed(options.k2_min_ug_per_day, 2),
                       plural(low, "day"));
    if (options.reference) {
      out += fmt::format("<li>{}</li>\n", esc(reference_line(*options.reference, total.k1.ug / with_items,
                                                             total.k2.ug / with_items, true)));
    }
  }
  out += "</ul>\n";
}

}  // namespace

std::string render_html(const Report& report) {
  return render_whole([&](std::string& out, const ReportSink& sink) { render_html(report, out, sink); });
}

void render_html(const Report& report, std::string& out, const ReportSink& sink) {
  const Intake& intake = report.intake;
  const ReportOptions& options = report.options;
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
         "content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n"
         "<title>Vitamin K report</title>\n<style>\n";
  out += kStyle;
  out += "\n</style>\n</head>\n<body>\n<main>\n<h1>Vitamin K report</h1>\n";
  render_overview(out, report);
  if (const std::string imported = import_text(intake.import); !imported.empty()) {
    out += fmt::format("<p>{}</p>\n", esc(imported));
  }
  // The notes before the charts: the advice is what must not be missed.
  const std::vector<std::string> notes = health_notes(options);
  out += fmt::format("<p class=\"advice\"><strong>{}</strong></p>\n<div class=\"notes\">\n", esc(notes.back()));
  for (std::size_t i = 0; i + 1 < notes.size(); ++i) out += fmt::format("<p>{}</p>\n", esc(notes[i]));
  out += "</div>\n";
  if (intake.days.size() > 1) {
    out += "<h2>Charts</h2>\n";
    const std::size_t first = intake.days.size() > kMaxBars ? intake.days.size() - kMaxBars : 0;
    {
      const std::vector<Point> points = day_points(report, first);
      render_day_chart(out, report, points, intake.days.size(), sink);
      render_forms_chart(out, points, intake.days.size(), sink);
    }
    if (options.period == Period::week || options.period == Period::month) render_period_chart(out, report, sink);
    if (report.steady && report.steady->days > 0) render_steady_chart(out, report, first, sink);
  }
  flush_if_big(out, sink);
  if (!report.periods.empty() && (intake.days.size() > 1 || options.period != Period::all)) {
    render_periods(out, report, sink);
  }
  if (report.steady) render_steady_figures(out, report);
  // Never point someone on a vitamin K antagonist at natto.
  if (!report.steady && report.check_fails(false)) render_rich_foods(out, report);
  if (!intake.days.empty()) out += intake.days.size() > 1 ? "<h2>Days</h2>\n" : "<h2>Items</h2>\n";
  for (std::size_t i = 0; i < intake.days.size(); ++i) {
    render_day(out, report, i);
    flush_if_big(out, sink);
  }
  if (options.items_left_out > 0) {
    out += fmt::format("<p>Left out {} outside the dates asked for.</p>\n", item_count(options.items_left_out));
  }
  if (intake.skipped_items > 0) {
    out += fmt::format("<p>Skipped {} (see the warnings); they are not in these totals.</p>\n",
                       plural(intake.skipped_items, "invalid item"));
  }
  out += "</main>\n</body>\n</html>\n";
}

}  // namespace vitk

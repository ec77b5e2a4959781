#include "render/overview_text.h"

#include "text/translate.h"

namespace legeplan {

namespace {

std::string kind_name(std::string_view id, const Labels& labels) { return labels.get("kind_" + std::string(id)); }

}  // namespace

std::string overview_title(const Overview& overview, const Labels& labels) {
    return overview.title.empty() ? labels.get("overview_title") : overview.title;
}

std::string overview_subtitle(const Overview& overview, const Labels& labels) {
    if (overview.region.empty()) return labels.with_year("overview_subtitle_year", overview.year);
    return fill(labels.with_year("overview_subtitle", overview.year), {{"region", overview.region}});
}

std::string overview_year_mark(const FigureValue& value, const Overview& overview, const Labels& labels) {
    if (value.year == 0) return " (" + labels.get("overview_figure_no_year") + ")";
    if (is_old_figure(value, overview.year)) {
        return " (" + std::to_string(value.year) + ", " + labels.get("overview_figure_old") + ")";
    }
    return value.year == overview.figure_year ? "" : " (" + std::to_string(value.year) + ")";
}

std::string key_figures_note(const Overview& overview, const Labels& labels) {
    std::string note = fill(labels.with_year("overview_key_figures_note", overview.year), {{"age", kOldFigureYears}});
    if (overview.figure_year != 0) note += " " + labels.with_year("overview_key_figures_year", overview.figure_year);
    return note;
}

std::string region_method_text(const RegionKeyFigure& figure, const Labels& labels) {
    const KeyFigureKind& kind = *figure.kind;
    std::string plans = std::to_string(figure.counted);
    switch (figure.method) {
        case RegionMethod::sum: return fill(labels.get("overview_method_sum"), {{"kind", kind_name(kind.id, labels)}});
        case RegionMethod::from_counts:
            return fill(labels.get("overview_method_from_counts"),
                        {{"kind", kind_name(kind.id, labels)}, {"part", kind_name(kind.numerator, labels)},
                         {"whole", kind_name(kind.weight, labels)}, {"plans", plans}});
        case RegionMethod::weighted:
            return fill(labels.get("overview_method_weighted"),
                        {{"kind", kind_name(kind.id, labels)}, {"weight", kind_name(kind.weight, labels)}, {"plans", plans}});
        case RegionMethod::plain: break;
    }
    if (kind.region == RegionRule::share) {
        return fill(labels.get("overview_method_plain_share"),
                    {{"kind", kind_name(kind.id, labels)}, {"whole", kind_name(kind.weight, labels)}, {"plans", plans}});
    }
    if (!kind.weight.empty()) {
        return fill(labels.get("overview_method_plain_unweighted"),
                    {{"kind", kind_name(kind.id, labels)}, {"weight", kind_name(kind.weight, labels)}, {"plans", plans}});
    }
    return fill(labels.get("overview_method_plain"), {{"kind", kind_name(kind.id, labels)}, {"plans", plans}});
}

}  // namespace legeplan

#include "commands/document_look.h"

#include <algorithm>

namespace legeplan {

void apply_look(Publication& publication, const TemplateDirs& dirs, const std::string& css,
                const std::string& reference_doc, const Labels& labels) {
    publication.css = css.empty() ? dirs.locate("plan.css") : InputFile{"", css};
    publication.html_template = dirs.locate("plan.html5");
    publication.reference_doc = InputFile{"", reference_doc};
    if (reference_doc.empty() && exists_quietly(dirs.find("reference.docx"))) {
        publication.reference_doc = dirs.locate("reference.docx");
    }
    publication.page_word = labels.get("page");
    publication.of_word = labels.get("page_of");
}

void apply_charts(Publication& publication, const ChartSet& charts) {
    if (!charts.charts.empty()) {
        auto asked = [&publication](OutputFormat format) {
            return std::find(publication.formats.begin(), publication.formats.end(), format) !=
                   publication.formats.end();
        };
        ChartPictures kinds{asked(OutputFormat::html) || asked(OutputFormat::pdf), asked(OutputFormat::docx)};
        publication.charts = {gnuplot_script(charts, kinds), chart_pictures(charts, kinds)};
    }
    for (const Chart& chart : charts.charts) publication.chart_descriptions[chart.caption] = chart.alt;
}

}  // namespace legeplan

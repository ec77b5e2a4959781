// How a command's documents look: the municipality's own CSS and reference.docx when given,
// otherwise the ones in its templates folder or legeplan's; the HTML page around the body; and
// the words of the DOCX footer ("Side 3 av 7") in the plan's language; the charts' pictures.
#pragma once

#include <string>

#include "publish/publish.h"
#include "render/charts/charts.h"
#include "render/labels.h"
#include "render/template_dirs.h"

namespace legeplan {

void apply_look(Publication& publication, const TemplateDirs& dirs, const std::string& css,
                const std::string& reference_doc, const Labels& labels);

// The document's charts: the gnuplot run that draws the pictures the asked formats need (SVG
// for HTML and PDF, PNG for DOCX) and each chart's alt text for the DOCX. Call it after the
// formats are set.
void apply_charts(Publication& publication, const ChartSet& charts);

}  // namespace legeplan

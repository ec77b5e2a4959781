// Family render/document/: every document as Pandoc Markdown — the plan (this header, from
// document_data.h's template data, each measure's block from measure_block.h, which the diff
// shows too), the diff for LSU (diff_report.h), the follow-up report
// (follow_up_report.h) and the regional overview (overview_report.h) — and plan text rewritten
// from its parse (plan_text.h).
//
// Model → template data → Pandoc Markdown, through the Mustache templates in templates/.
#pragma once

#include <string>

#include "figures/figures.h"
#include "plan/diag.h"
#include "render/charts/charts.h"
#include "render/labels.h"
#include "plan/model.h"
#include "render/template_dirs.h"
#include "rules/rule_check.h"

namespace legeplan {

// Renders the whole document. Template syntax errors, tags naming data legeplan does not
// provide, and missing labels are reported against the template file (E040–E042). With charts,
// the document shows the cost chapter's charts, which are added to it for drawing.
bool render_markdown(const Plan& plan, const Figures& figures, const std::vector<RuleResult>& rules,
                     const Labels& labels, const TemplateDirs& dirs, std::string& out, SourceFiles& files,
                     Diagnostics& diags, ChartSet* charts = nullptr);

// The blocks of measures of plan as its document shows them (templates/measure.md.mustache,
// checked as render_markdown checks it), for a document that shows them away from their chapter
// (the diff): each with its place in the plan, anchored at anchor_prefix and its number, with no
// link to a measure table; without the lines of figures unless figures_trusted. out holds one
// block per measure, in their order.
bool render_measure_blocks(const Plan& plan, const Figures& figures, bool figures_trusted,
                           const std::vector<const Measure*>& measures, const std::string& anchor_prefix,
                           const Labels& labels, const TemplateDirs& dirs, std::vector<std::string>& out,
                           SourceFiles& files, Diagnostics& diags);

}  // namespace legeplan

// Model → the data the document template sees: every figure already formatted the Norwegian
// way, every fixed word from the label file, texts as sanitized Markdown.
#pragma once

#include <kainjow/mustache.hpp>

#include "figures/figures.h"
#include "render/charts/charts.h"
#include "render/cost_text.h"
#include "render/labels.h"
#include "rules/rule_check.h"

namespace legeplan {

using TemplateData = kainjow::mustache::data;

// Every label, for the templates' {{label.…}}.
TemplateData label_data(const Labels& labels);

// Throws MissingLabel when the label file lacks a word the document needs. rules are the plan's
// results against the rule book (check_rules), which an appendix with rule_check shows. With
// charts, the cost chapter's charts are added to it and placed in the cost tables' data.
TemplateData document_data(const Plan& plan, const Figures& figures, const std::vector<RuleResult>& rules,
                           const Labels& labels, ChartSet* charts = nullptr);

}  // namespace legeplan

// Stage render/: model and figures → what the outputs say, in three families that share this
// folder's files: charts/ (what a chart shows and the gnuplot script that draws it), document/
// (the Pandoc Markdown of the plan, the diff, the follow-up report and the overview) and
// workbook/ (the workbooks and the budget file). Shared: the words (this header), where
// templates are (template_dirs.h), how costs and figures read (cost_text.h, figure_text.h), the
// parts of a plan's document (document_parts.h), how its status reads (plan_status.h), the
// terminal summary (summary.h), the plan `init` writes (starter_plan.h) and the diagnostics
// for machines (diagnostics_json.h, diagnostics_sarif.h).
//
// The fixed words of every output (headings, table headers, "Sum", month names) in the plan's
// language, read from templates/labels/<nb|nn>.yaml.
#pragma once

#include <map>
#include <stdexcept>
#include <string>

#include "plan/choice_keys.h"
#include "plan/diag.h"
#include "plan/model.h"

namespace legeplan {

// Thrown when a renderer asks for a label the label file lacks; the build reports it.
struct MissingLabel : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Labels {
public:
    Labels() = default;
    explicit Labels(std::map<std::string, std::string> words) : words_(std::move(words)) {}

    // The word for key; throws MissingLabel naming the key and the file.
    const std::string& get(const std::string& key) const;
    // The same, but "" for the empty key (a choice the plan left out).
    std::string text(const std::string& key) const { return key.empty() ? std::string() : get(key); }
    // The word with the year put in for {year}: "Planlagt for {year}" → "Planlagt for 2027".
    std::string with_year(const std::string& key, int year) const;
    const std::map<std::string, std::string>& all() const { return words_; }
    std::string source;  // the file the labels came from, for messages

private:
    std::map<std::string, std::string> words_;
};

// Reads templates_dir/labels/<language>.yaml: a flat map of key → text.
bool load_labels(const std::string& templates_dir, Language language, Labels& out,
                 SourceFiles& files, Diagnostics& diags);


// "1. juni 2017" in the plan's language, or the year alone when the plan gives no month.
std::string date_text(const Date& date, const Labels& labels);

// "0.3, 15. oktober 2026": a plan's version and date.
std::string version_and_date(const Metadata& meta, const Labels& labels);

// "2027–2030".
std::string period_text(const Period& period);

// "nb" / "nn".
std::string language_code(Language language);

}  // namespace legeplan

// The table of outputs: every format legeplan writes, with its name on the command line, its
// file name, how it is made and which commands write it; and the name a plan's outputs are
// written under. A new format is a row here, the code that makes it and, for one of our own
// renderers, the command that calls it (commands/); the rest reads the table.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace legeplan {

enum class OutputFormat { md, docx, html, pdf, xlsx, budget, review };

// How a format is made.
enum class Production {
    markdown,    // the rendered Markdown itself
    pandoc,      // Pandoc's writer, from the Markdown
    libreoffice, // from the finished DOCX by LibreOffice (libreoffice.h); the DOCX is made for it
    renderer,    // our own renderer, from the model, called by the command (publish.h: Publishing::path)
};

struct OutputFormatInfo {
    OutputFormat format;
    std::string_view name;           // as --format takes it, and in messages
    std::string_view suffix;         // after the output name: ".docx"; "-lsu.xlsx"
    Production production;
    std::string_view pandoc_writer;  // Pandoc's --to, for pandoc
    const char* label;               // what it is, for --help (in English; tr() where shown)
    bool build_default;              // build writes it when --format is not given
    bool diff;                       // diff can write its report in it, and does by default
    bool report;                     // report can write the follow-up in it, and does by default
};

// Every row, in the order formats are listed.
const std::vector<OutputFormatInfo>& output_formats();

const OutputFormatInfo& format_info(OutputFormat format);

// The formats whose column is true, in table order (all of them for nullptr).
std::vector<OutputFormat> formats_where(bool OutputFormatInfo::*column);

// "md, docx, html" (with separator ", "), or with each label: "md (Markdown), …".
std::string format_names(const std::vector<OutputFormat>& formats, std::string_view separator,
                         bool with_labels = false);

// Splits "md,html" into formats, each of them one of allowed, each once. On a name not in
// allowed, false and error: "unknown format 'odt' (formats: md, docx, html)".
bool parse_output_formats(const std::string& text, const std::vector<OutputFormat>& allowed,
                          std::vector<OutputFormat>& formats, std::string& error);

// The name a plan's outputs are written under, from the path of its plan file: the file name
// without its extension: kommune-2027.yaml → "kommune-2027"; for a file named
// plan.yaml (and a name that would make a hidden file, such as "..yaml") the name of its
// folder: bergen/plan.yaml → "bergen". The folder is the one the path names once '.' and '..'
// are taken out, from the current folder: ./plan.yaml → the current folder's own name,
// ../bergen/plan.yaml and a/../bergen/plan.yaml → "bergen". Symbolic links are not followed:
// plans/siste/plan.yaml → "siste", whatever it points to.
std::string output_name(const std::string& plan_path);

}  // namespace legeplan

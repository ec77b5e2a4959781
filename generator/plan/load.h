// Reading plan files: file → YAML node tree with source positions. The only place that parses
// YAML and the only place that reads a plan's files (YAML includes and Markdown text files).
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "plan/diag.h"

namespace legeplan {

struct YamlNode;
using NodePtr = std::shared_ptr<const YamlNode>;

struct YamlNode {
    enum class Kind { null, scalar, sequence, map };
    Kind kind = Kind::null;
    std::string value;    // the scalar's text
    bool quoted = false;  // written with quotes or as a block scalar
    SourcePos pos;
    std::vector<NodePtr> items;                         // a sequence's items
    std::vector<std::pair<NodePtr, NodePtr>> entries;   // a map's keys and values, in order
};

// Limits that keep hostile files from exhausting time or memory; each breach is a diagnostic
// that names the limit.
struct LoadLimits {
    std::size_t max_file_bytes = 8u << 20;     // per file
    std::size_t max_nodes = 1'000'000;         // per file, counting every alias expansion
    int max_depth = 64;                        // nesting of maps and lists
    std::size_t max_text_chars = 1'000'000;    // one scalar or one Markdown file
    std::size_t max_includes = 100;
};

// Where a plan's files are read from: the file system, or a git revision (revision.h).
class FileReader {
public:
    virtual ~FileReader() = default;
    // Reads path into out; false with a reason in error ("no such file or no access") otherwise.
    // A file larger than max_bytes is refused with error "too large".
    virtual bool read(const std::string& path, std::string& out, std::size_t max_bytes,
                      std::string& error) const = 0;
    // How the path is shown in diagnostics.
    virtual std::string display(const std::string& path) const { return path; }
};

const FileReader& filesystem_reader();

// One file of the plan, as a tree. root is null when the file could not be read or parsed.
struct LoadedFile {
    NodePtr root;
    int file = -1;
};

struct PlanSources {
    const FileReader* reader = &filesystem_reader();
    std::string main_path;     // as given by the user
    LoadedFile main;
    // The files the main file includes, resolved and checked but not yet read: build_model
    // reads them one at a time (load_yaml_file) and lets each tree go when its lists are built,
    // so a large plan never holds every tree at once.
    struct Include {
        std::string path;
        SourcePos site;  // where the main file names it
    };
    std::vector<Include> includes;  // in the order the main file lists them
};

// Reads one YAML file. site is where it was named (for "cannot read" errors); unknown for the
// main file.
LoadedFile load_yaml_file(const std::string& path, SourceFiles& files, Diagnostics& diags,
                          const LoadLimits& limits = {}, SourcePos site = {},
                          const FileReader& reader = filesystem_reader());

// Reads the main plan file and resolves the files it lists under `include`.
PlanSources load_plan(const std::string& path, SourceFiles& files, Diagnostics& diags,
                      const LoadLimits& limits = {},
                      const FileReader& reader = filesystem_reader());

// Resolves a path named in the plan (include or text_file) relative to the folder of the file
// that names it, refusing absolute paths and paths that leave the main plan's folder. Returns
// the empty string (and reports) when refused.
std::string resolve_plan_path(const std::string& plan_main_path, const std::string& naming_file,
                              const std::string& relative, SourcePos site, Diagnostics& diags);

// Reads a Markdown text file named in the plan; reports and returns false when it is
// unreadable, too large or not UTF-8.
bool read_text_file(const std::string& path, SourcePos site, std::string& out, SourceFiles& files,
                    Diagnostics& diags, const LoadLimits& limits = {},
                    const FileReader& reader = filesystem_reader());

}  // namespace legeplan

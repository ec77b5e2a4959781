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
    std::string value;    // the scalar's text; for a map's value left out ("amount:"), its key
    bool quoted = false;  // written with quotes or as a block scalar
    SourcePos pos;        // for a map's value left out, its key's: the place of the mistake
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
    // Reads relative, a path inside folder, as read does; '..' and symbolic links are followed
    // only while they stay inside folder (error kLeavesFolder otherwise), and resolved gets the
    // path of the file read from folder, with every '.', '..' and link resolved. This one
    // resolves the path by its text alone; the file system's reader resolves it on the disk.
    virtual bool read_inside(const std::string& folder, const std::string& relative,
                             std::string& resolved, std::string& out, std::size_t max_bytes,
                             std::string& error) const;
    // How the path is shown in diagnostics.
    virtual std::string display(const std::string& path) const { return path; }
};

const FileReader& filesystem_reader();

// The error of read_inside for a path that leads out of its folder.
inline constexpr const char* kLeavesFolder = "it leads out of the plan's folder";

// What one plan's files add up to, counted across its main file, includes and text files, so
// that many files within their own limits (or one file named many times) cannot add up to an
// unbounded load.
struct LoadTotals {
    std::size_t max_bytes = 32u << 20;
    std::size_t max_nodes = 2'000'000;
    std::size_t bytes = 0;
    std::size_t nodes = 0;
};

// One file of the plan, as a tree. root is null when the file could not be read or parsed.
struct LoadedFile {
    NodePtr root;
    int file = -1;
};

struct PlanSources {
    const FileReader* reader = &filesystem_reader();
    std::string main_path;     // as given by the user
    std::string folder;        // the main file's folder, which every other file lies inside
    LoadedFile main;
    std::shared_ptr<LoadTotals> totals = std::make_shared<LoadTotals>();
    // The files the main file includes, resolved and checked but not yet read: build_model
    // reads them one at a time (load_yaml_file) and lets each tree go when its lists are built,
    // so a large plan never holds every tree at once.
    struct Include {
        std::string path;  // relative to folder, as the main file names it
        SourcePos site;    // where the main file names it
    };
    std::vector<Include> includes;  // in the order the main file lists them
};

// Reads one YAML file as named (the main plan file, a label file). site is where it was named
// (for "cannot read" errors); unknown for the main file. totals, when given, counts its bytes
// and nodes against the plan's limits. what names the file in messages.
LoadedFile load_yaml_file(const std::string& path, SourceFiles& files, Diagnostics& diags,
                          const LoadLimits& limits = {}, SourcePos site = {},
                          const FileReader& reader = filesystem_reader(), LoadTotals* totals = nullptr,
                          const std::string& what = "plan file");

// Reads one YAML file inside folder (an included file, a label file in a templates folder);
// resolved gets its path from folder, as read_inside resolves it. what names it in messages.
LoadedFile load_yaml_file_inside(const std::string& folder, const std::string& relative,
                                 std::string& resolved, SourceFiles& files, Diagnostics& diags,
                                 const LoadLimits& limits, SourcePos site, const FileReader& reader,
                                 LoadTotals* totals, const std::string& what = "included file");

// Reads the main plan file and resolves the files it lists under `include`.
PlanSources load_plan(const std::string& path, SourceFiles& files, Diagnostics& diags,
                      const LoadLimits& limits = {},
                      const FileReader& reader = filesystem_reader());

// The path from the plan's folder of a file named in the plan (include or text_file) as
// relative, by the file whose folder is naming_folder (from the plan's folder; "" for the
// plan's folder itself). Refuses an empty or absolute path: returns "" and reports. Whether it
// stays inside the plan's folder is for read_inside to tell, when the file is read.
std::string plan_relative_path(const std::string& naming_folder, const std::string& relative,
                               SourcePos site, Diagnostics& diags);

// Reads a Markdown text file inside the plan's folder; reports and returns false when it is
// unreadable, outside the folder, too large or not UTF-8.
bool read_text_file(const PlanSources& sources, const std::string& relative, SourcePos site,
                    std::string& out, SourceFiles& files, Diagnostics& diags,
                    const LoadLimits& limits = {});

}  // namespace legeplan

#include "plan/load.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "plan/open_inside.h"
#include "plan/syntax_hints.h"
#include "text/money.h"
#include "text/translate.h"
#include "text/utf8.h"

namespace legeplan {

namespace fs = std::filesystem;

namespace {

// Thrown by the event handler to stop parsing once a limit is hit; already reported.
struct LoadAborted {};

// Turns yaml-cpp's 0-based byte position into our 1-based character column.
SourcePos to_pos(const YAML::Mark& mark, int file, const SourceFiles& files) {
    if (mark.line < 0 || mark.column < 0) return {file, 0, 0, 1};
    std::string_view line = files.line_view(file, mark.line + 1);
    std::size_t bytes = std::min<std::size_t>(static_cast<std::size_t>(mark.column), line.size());
    int col = static_cast<int>(utf8::length(line.substr(0, bytes))) + 1;
    return {file, mark.line + 1, col, 1};
}

int display_length(const std::string& value, bool quoted) {
    std::size_t nl = value.find('\n');
    std::string_view first = std::string_view(value).substr(0, nl);
    int n = static_cast<int>(utf8::length(first));
    if (quoted) n += 2;
    return std::max(1, n);
}

class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(int file, const SourceFiles& files, Diagnostics& diags, const LoadLimits& limits,
                LoadTotals* totals)
        : file_(file), files_(files), diags_(diags), limits_(limits), totals_(totals) {}

    NodePtr root() const { return root_; }

    void OnDocumentStart(const YAML::Mark& mark) override {
        document_start_ = to_pos(mark, file_, files_);
    }
    SourcePos document_start() const { return document_start_; }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        auto node = std::make_shared<YamlNode>();
        node->kind = YamlNode::Kind::null;
        node->pos = to_pos(mark, file_, files_);
        add(node, anchor, 1);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        SourcePos pos = to_pos(mark, file_, files_);
        auto it = anchors_.find(anchor);
        if (it == anchors_.end() || open_.count(it->second.node.get())) {
            diags_.report(DiagnosticKind::alias_expansion, pos,
                          tr("an alias refers to a node that contains it"),
                          tr("remove the alias or copy the text it stands for"));
            throw LoadAborted{};
        }
        add(it->second.node, 0, it->second.weight);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        auto node = std::make_shared<YamlNode>();
        node->kind = YamlNode::Kind::scalar;
        node->quoted = (tag == "!");
        node->pos = to_pos(mark, file_, files_);
        // Length and limit count the characters as written; only the value is normalised, so
        // positions keep pointing into the file as it is.
        node->pos.length = display_length(value, node->quoted);
        if (utf8::length(value) > limits_.max_text_chars) {
            diags_.report(DiagnosticKind::text_too_long, node->pos,
                          fill(tr("text of {count} characters is longer than the limit of {limit}"),
                               {{"count", format_amount(static_cast<Amount>(utf8::length(value)))},
                                {"limit", format_amount(static_cast<Amount>(limits_.max_text_chars))}}),
                          tr("split it or move it to a text_file"));
            throw LoadAborted{};
        }
        node->value = utf8::nfc(value);
        add(node, anchor, 1);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(YamlNode::Kind::sequence, mark, anchor);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override {
        open(YamlNode::Kind::map, mark, anchor);
        stack_.back().flow = style == YAML::EmitterStyle::Flow;
    }
    void OnMapEnd() override {
        if (stack_.back().flow) rejoin_decimal_commas(*stack_.back().node);
        check_duplicate_keys(*stack_.back().node);
        close();
    }

private:
    struct Open {
        std::shared_ptr<YamlNode> node;
        YAML::anchor_t anchor = 0;
        std::size_t weight = 1;
        NodePtr pending_key;  // for maps: the key waiting for its value
        bool flow = false;    // a map written {key: value, …}
    };
    struct Anchored {
        NodePtr node;
        std::size_t weight;
    };

    void count(std::size_t weight, SourcePos pos) {
        nodes_ += weight;
        if (nodes_ > limits_.max_nodes) {
            diags_.report(
                DiagnosticKind::alias_expansion, pos,
                fill(tr("the file expands to more than {limit} YAML nodes (aliases included), the limit"),
                     {{"limit", format_amount(limits_.max_nodes)}}),
                tr("aliases (*name) copy what their anchor (&name) holds; use fewer of them"));
            throw LoadAborted{};
        }
        if (totals_ && (totals_->nodes += weight) > totals_->max_nodes) {
            diags_.report(DiagnosticKind::alias_expansion, pos,
                          fill(tr("the plan's files together expand to more than {limit} YAML nodes, the limit"),
                               {{"limit", format_amount(static_cast<Amount>(totals_->max_nodes))}}),
                          tr("a plan of this size is more than any municipality needs: look for a "
                             "file included by mistake, or aliases copying much"));
            throw LoadAborted{};
        }
    }

    void open(YamlNode::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
        auto node = std::make_shared<YamlNode>();
        node->kind = kind;
        node->pos = to_pos(mark, file_, files_);
        if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
            diags_.report(DiagnosticKind::nesting_too_deep, node->pos,
                          fill(tr("lists and maps are nested more than {limit} levels deep, the limit"),
                               {{"limit", limits_.max_depth}}));
            throw LoadAborted{};
        }
        count(1, node->pos);
        stack_.push_back({node, anchor, 1, nullptr});
        open_.insert(node.get());
        if (anchor != 0) anchors_[anchor] = {node, 1};
    }

    void close() {
        Open done = std::move(stack_.back());
        stack_.pop_back();
        open_.erase(done.node.get());
        if (done.anchor != 0) anchors_[done.anchor] = {done.node, done.weight};
        attach(done.node, done.weight);
    }

    void add(NodePtr node, YAML::anchor_t anchor, std::size_t weight) {
        count(weight, node->pos);
        if (anchor != 0) anchors_[anchor] = {node, weight};
        attach(std::move(node), weight);
    }

    void attach(NodePtr node, std::size_t weight) {
        if (stack_.empty()) {
            root_ = std::move(node);
            return;
        }
        Open& parent = stack_.back();
        parent.weight = std::min(parent.weight + weight, limits_.max_nodes + 1);
        if (parent.node->kind == YamlNode::Kind::sequence) {
            parent.node->items.push_back(std::move(node));
        } else if (!parent.pending_key) {
            parent.pending_key = std::move(node);
        } else {
            if (node->kind == YamlNode::Kind::null && parent.pending_key->kind == YamlNode::Kind::scalar) {
                // yaml-cpp places a value left out ("amount:") at the next token, often on a later
                // line; the mistake is at the key. The key's text goes with it, for the message.
                auto empty = std::make_shared<YamlNode>(*node);
                empty->pos = parent.pending_key->pos;
                empty->pos.length = parent.pending_key->pos.length + 1;
                empty->value = parent.pending_key->value;
                node = std::move(empty);
            }
            parent.node->entries.emplace_back(std::move(parent.pending_key), std::move(node));
            parent.pending_key = nullptr;
        }
    }

    // Inside { } YAML ends a plain value at a comma, so {fte: 0,5, rate: r} reads as fte "0" and
    // a key "5" without a value. Such a split — digits right after a number, on the same line,
    // with only the comma between — is put back together as written ("0,5"), so that whoever
    // reads the value reports it once, as the writer sees it, instead of a zero and a stray key.
    static void rejoin_decimal_commas(YamlNode& map) {
        std::vector<std::pair<NodePtr, NodePtr>> kept;
        for (auto& entry : map.entries) {
            if (!kept.empty() && split_off(*entry.first, *entry.second, *kept.back().second)) {
                auto joined = std::make_shared<YamlNode>(*kept.back().second);
                joined->value += "," + entry.first->value;
                joined->pos.length += 1 + entry.first->pos.length;
                kept.back().second = std::move(joined);
                continue;
            }
            kept.push_back(std::move(entry));
        }
        map.entries = std::move(kept);
    }

    static bool split_off(const YamlNode& key, const YamlNode& value, const YamlNode& before) {
        auto plain = [](const YamlNode& n) { return n.kind == YamlNode::Kind::scalar && !n.quoted; };
        bool digits = !key.value.empty() &&
                      key.value.find_first_not_of("0123456789") == std::string::npos;
        return plain(key) && digits && value.kind == YamlNode::Kind::null && plain(before) &&
               !before.value.empty() && before.value.back() >= '0' && before.value.back() <= '9' &&
               key.pos.line == before.pos.line &&
               key.pos.col == before.pos.col + before.pos.length + 1;
    }

    void check_duplicate_keys(const YamlNode& map) {
        std::map<std::string, const YamlNode*> seen;
        for (const auto& [key, value] : map.entries) {
            if (key->kind != YamlNode::Kind::scalar) continue;
            auto [it, inserted] = seen.emplace(key->value, key.get());
            if (!inserted) {
                diags_.report(DiagnosticKind::duplicate_key, key->pos,
                              fill(tr("duplicate key '{key}' (first given on line {line})"),
                                   {{"key", key->value}, {"line", it->second->pos.line}}),
                              tr("remove one of them; YAML keeps only one value per key"));
            }
        }
    }

    int file_;
    const SourceFiles& files_;
    Diagnostics& diags_;
    const LoadLimits& limits_;
    LoadTotals* totals_;
    std::vector<Open> stack_;
    std::set<const YamlNode*> open_;
    std::map<YAML::anchor_t, Anchored> anchors_;
    NodePtr root_;
    SourcePos document_start_;
    std::size_t nodes_ = 0;
};

// The kinds of file a message may name (what), translated where shown.
[[maybe_unused]] constexpr const char* kFileKinds[] = {
    gettext_noop("plan file"), gettext_noop("included file"), gettext_noop("text file"),
    gettext_noop("label file"), gettext_noop("region file")};

// Reports why a file could not be read; shown is its path as the user knows it.
void report_unread(const std::string& error, const std::string& shown, std::size_t max_bytes,
                   SourcePos site, const std::string& what, Diagnostics& diags) {
    // TRANSLATORS: {what} is the kind of file ("included file"), {path} its path.
    std::string kind = tr(what.c_str());
    if (error == "too large") {
        diags.report(DiagnosticKind::file_too_large, site,
                     fill(tr("{what} '{path}' is larger than the limit of {limit} bytes"),
                          {{"what", kind}, {"path", shown},
                           {"limit", format_amount(static_cast<Amount>(max_bytes))}}));
    } else if (error == kLeavesFolder || leaves_folder(error)) {
        // A label file lies in a templates folder; everything else in the plan's. The reason
        // (error) comes from the reader, which names the folder itself.
        bool label = what == "label file";
        bool plain = error == kLeavesFolder;
        std::string message =
            label ? (plain ? fill(tr("{what} '{path}' is outside its templates folder"),
                                  {{"what", kind}, {"path", shown}})
                           : fill(tr("{what} '{path}' is outside its templates folder: {reason}"),
                                  {{"what", kind}, {"path", shown}, {"reason", error}}))
                  : (plain ? fill(tr("{what} '{path}' is outside the plan's folder"),
                                  {{"what", kind}, {"path", shown}})
                           : fill(tr("{what} '{path}' is outside the plan's folder: {reason}"),
                                  {{"what", kind}, {"path", shown}, {"reason", error}}));
        if (label) {
            for (std::size_t at; (at = message.find("the plan's folder")) != std::string::npos;) {
                message.replace(at, 17, "its templates folder");
            }
        }
        std::string hint = label ? tr("put the label file itself in the templates folder, not a link to elsewhere")
                                 : tr("keep included files and text files in the plan's folder or below it");
        diags.report(DiagnosticKind::path_outside_plan, site, message, hint);
    } else {
        // lsu.yaml is the one included file legeplan writes: an author who has added it to the
        // include list before LSU's form came back is told where it comes from.
        bool lsu_file = what == "included file" && std::filesystem::path(shown).filename() == "lsu.yaml";
        diags.report(DiagnosticKind::unreadable_file, site,
                     fill(tr("cannot read {what} '{path}': {reason}"),
                          {{"what", kind}, {"path", shown}, {"reason", error}}),
                     lsu_file ? tr("legeplan lsu import FORM.xlsx plan.yaml writes lsu.yaml from LSU's filled review "
                                   "form; until then, leave it out of the include list")
                              : std::string());
    }
}

// Counts a file's bytes against the plan's total; false (and reported) past it.
bool within_totals(LoadTotals* totals, std::size_t bytes, const std::string& shown, SourcePos site,
                   Diagnostics& diags) {
    if (!totals) return true;
    totals->bytes += bytes;
    if (totals->bytes <= totals->max_bytes) return true;
    diags.report(DiagnosticKind::file_too_large, site,
                 fill(tr("with '{path}' the plan's files add up to more than the limit of {limit} bytes"),
                      {{"path", shown}, {"limit", format_amount(static_cast<Amount>(totals->max_bytes))}}),
                 tr("a plan of this size is more than any municipality needs: look for a file "
                    "included or named as text by mistake"));
    return false;
}

// Reports the first byte that is not UTF-8 or is NUL; true when the text is clean.
bool check_encoding(const std::string& text, int file, Diagnostics& diags) {
    std::size_t bad = utf8::first_invalid(text);
    std::size_t nul = text.find('\0');
    std::size_t at = std::min(bad, nul);
    if (at == std::string::npos) return true;
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < at; ++i) {
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    }
    int col = 1 + static_cast<int>(utf8::length(text.substr(line_start, at - line_start)));
    SourcePos pos{file, line, col, 1};
    if (at == nul) {
        diags.report(DiagnosticKind::bad_encoding, pos, tr("the file contains a NUL byte"),
                     tr("save the file as plain text"));
    } else {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[at]));
        diags.report(DiagnosticKind::bad_encoding, pos,
                     fill(tr("the file is not valid UTF-8 (byte {byte})"), {{"byte", hex}}),
                     tr("save the file as UTF-8 (in most editors: Save as → Encoding: UTF-8)"));
    }
    return false;
}

}  // namespace

namespace {

LoadedFile parse_yaml(const std::string& shown, const std::string& origin, const std::string& text,
                      SourceFiles& files, Diagnostics& diags, const LoadLimits& limits,
                      LoadTotals* totals) {
    int file = files.add(shown, text, origin);
    if (!check_encoding(text, file, diags)) return {nullptr, file};

    std::istringstream stream(text);
    TreeBuilder builder(file, files, diags, limits, totals);
    try {
        YAML::Parser parser(stream);
        parser.HandleNextDocument(builder);
        TreeBuilder second(file, files, diags, limits, totals);
        if (builder.root() && parser.HandleNextDocument(second)) {
            // Plans are one document per file; a second one is most likely a stray '---'.
            diags.report(DiagnosticKind::yaml_syntax, second.document_start(),
                         tr("the file holds more than one YAML document"),
                         tr("remove the '---' line that starts the second document"));
            return {nullptr, file};
        }
    } catch (const LoadAborted&) {
        return {nullptr, file};
    } catch (const YAML::DeepRecursion& e) {
        diags.report(DiagnosticKind::nesting_too_deep, to_pos(e.mark, file, files),
                     fill(tr("lists and maps are nested more than {limit} levels deep, the limit"),
                          {{"limit", limits.max_depth}}));
        return {nullptr, file};
    } catch (const YAML::Exception& e) {
        // yaml-cpp names the parser's trouble where it noticed it; the writer's mistake is
        // most often a missing space, an indentation or a tab on that line or the one before.
        if (auto explained = explain_syntax_error(text, e.mark.line + 1)) {
            SourcePos pos{file, explained->line, 1, explained->length};
            std::string_view line = files.line_view(file, explained->line);
            std::size_t bytes = std::min<std::size_t>(explained->byte_col - 1, line.size());
            pos.col = static_cast<int>(utf8::length(line.substr(0, bytes))) + 1;
            diags.report(DiagnosticKind::yaml_syntax, pos, explained->message, explained->hint);
            return {nullptr, file};
        }
        // TRANSLATORS: {problem} is yaml-cpp's own English description of the error.
        diags.report(DiagnosticKind::yaml_syntax, to_pos(e.mark, file, files),
                     fill(tr("YAML syntax: {problem}"), {{"problem", e.msg}}),
                     tr("check the indentation and that every 'key: value' has a space after ':'"));
        return {nullptr, file};
    }
    if (!builder.root()) {
        diags.report(DiagnosticKind::yaml_syntax, {file, 0, 0, 1}, tr("the file is empty"));
        return {nullptr, file};
    }
    return {builder.root(), file};
}

std::string joined(const std::string& folder, const std::string& relative) {
    return (fs::path(folder) / relative).lexically_normal().string();
}

// A path that could not be read, as written: its '..' resolved by its text would name another
// file than the one looked for on the disk.
std::string as_named(const std::string& folder, const std::string& relative) {
    return folder.empty() || folder == "." ? relative : folder + "/" + relative;
}

}  // namespace

bool FileReader::read_inside(const std::string& folder, const std::string& relative,
                             std::string& resolved, std::string& out, std::size_t max_bytes,
                             std::string& error) const {
    fs::path normal = fs::path(relative).lexically_normal();
    if (relative.empty() || normal.is_absolute() || normal.empty() || *normal.begin() == "..") {
        error = kLeavesFolder;
        return false;
    }
    resolved = normal.string();
    return read(joined(folder, resolved), out, max_bytes, error);
}

LoadedFile load_yaml_file(const std::string& path, SourceFiles& files, Diagnostics& diags,
                          const LoadLimits& limits, SourcePos site, const FileReader& reader,
                          LoadTotals* totals, const std::string& what) {
    std::string text, error;
    if (!reader.read(path, text, limits.max_file_bytes, error)) {
        report_unread(error, reader.display(path), limits.max_file_bytes, site, what, diags);
        return {};
    }
    if (!within_totals(totals, text.size(), reader.display(path), site, diags)) return {};
    return parse_yaml(reader.display(path), path, text, files, diags, limits, totals);
}

LoadedFile load_yaml_file_inside(const std::string& folder, const std::string& relative,
                                 std::string& resolved, SourceFiles& files, Diagnostics& diags,
                                 const LoadLimits& limits, SourcePos site, const FileReader& reader,
                                 LoadTotals* totals, const std::string& what) {
    std::string text, error;
    if (!reader.read_inside(folder, relative, resolved, text, limits.max_file_bytes, error)) {
        report_unread(error, reader.display(as_named(folder, relative)), limits.max_file_bytes, site,
                      what, diags);
        return {};
    }
    std::string path = joined(folder, resolved);
    if (!within_totals(totals, text.size(), reader.display(path), site, diags)) return {};
    return parse_yaml(reader.display(path), path, text, files, diags, limits, totals);
}

std::string plan_relative_path(const std::string& naming_folder, const std::string& relative,
                               SourcePos site, Diagnostics& diags) {
    if (relative.empty() || relative[0] == '/') {
        diags.report(DiagnosticKind::path_outside_plan, site,
                     fill(tr("'{path}' must be a path relative to the plan's folder"), {{"path", relative}}));
        return {};
    }
    return naming_folder.empty() ? relative : naming_folder + "/" + relative;
}

bool read_text_file(const PlanSources& sources, const std::string& relative, SourcePos site,
                    std::string& out, SourceFiles& files, Diagnostics& diags,
                    const LoadLimits& limits) {
    const FileReader& reader = *sources.reader;
    std::string text, error, resolved;
    if (!reader.read_inside(sources.folder, relative, resolved, text, limits.max_file_bytes, error)) {
        report_unread(error, reader.display(as_named(sources.folder, relative)), limits.max_file_bytes,
                      site, "text file", diags);
        return false;
    }
    std::string path = joined(sources.folder, resolved);
    if (!within_totals(sources.totals.get(), text.size(), reader.display(path), site, diags)) return false;
    int file = files.add(reader.display(path), text, path);
    if (!check_encoding(text, file, diags)) return false;
    if (utf8::length(text) > limits.max_text_chars) {
        diags.report(DiagnosticKind::text_too_long, site,
                     fill(tr("text file '{path}' has more than the limit of {limit} characters"),
                          {{"path", reader.display(path)},
                           {"limit", format_amount(static_cast<Amount>(limits.max_text_chars))}}));
        return false;
    }
    out = utf8::nfc(std::move(text));  // the file as written stays in files, for quoting
    return true;
}

PlanSources load_plan(const std::string& path, SourceFiles& files, Diagnostics& diags,
                      const LoadLimits& limits, const FileReader& reader) {
    PlanSources sources;
    sources.reader = &reader;
    sources.main_path = path;
    sources.folder = fs::path(path).parent_path().string();
    if (sources.folder.empty()) sources.folder = ".";
    sources.main = load_yaml_file(path, files, diags, limits, {}, reader, sources.totals.get());
    if (!sources.main.root || sources.main.root->kind != YamlNode::Kind::map) return sources;
    for (const auto& [key, value] : sources.main.root->entries) {
        if (key->value != "include" || value->kind != YamlNode::Kind::sequence) continue;
        if (value->items.size() > limits.max_includes) {
            diags.report(
                DiagnosticKind::path_outside_plan, value->pos,
                fill(tr("more than {limit} included files, the limit"), {{"limit", limits.max_includes}}));
            break;
        }
        for (const NodePtr& item : value->items) {
            if (item->kind != YamlNode::Kind::scalar) continue;  // build_model reports the type
            std::string relative = plan_relative_path("", item->value, item->pos, diags);
            if (relative.empty()) continue;
            sources.includes.push_back({relative, item->pos});
        }
    }
    return sources;
}

}  // namespace legeplan

#include "render/diagnostics_sarif.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "text/json_text.h"
#include "text/utf8.h"

namespace legeplan {

namespace {

constexpr const char* kSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
constexpr const char* kRootBase = "%SRCROOT%";
// A snippet longer than this is left out: a line of a million characters is no snippet, and
// the report of a hostile plan stays small.
constexpr std::size_t kSnippetChars = 1000;

Json message(const std::string& text) { return Json::object().set("text", utf8::replace_invalid(text)); }

Json rules() {
    Json out = Json::array();
    for (const DiagnosticInfo& info : all_diagnostics()) {
        const char* level = info.severity == Severity::error ? "error" : "warning";
        out.push(Json::object()
                     .set("id", std::string(info.code))
                     .set("name", std::string(info.name))
                     .set("shortDescription", message(std::string(info.meaning)))
                     .set("defaultConfiguration", Json::object().set("level", level)));
    }
    return out;
}

// The folder as a base URI, which must end in '/'.
std::string folder_uri(const std::string& folder) {
    std::string uri = "file://" + uri_path(folder);
    if (uri.back() != '/') uri += '/';
    return uri;
}

// The artifact: its path from root when it lies inside root, else its own file URI.
Json artifact_location(const std::string& path, const std::string& root) {
    namespace fs = std::filesystem;
    fs::path absolute = fs::path(path).is_absolute() ? fs::path(path) : fs::path(root) / path;
    absolute = absolute.lexically_normal();
    fs::path relative = absolute.lexically_relative(fs::path(root).lexically_normal());
    if (!relative.empty() && *relative.begin() != ".." && *relative.begin() != ".") {
        return Json::object().set("uri", uri_path(relative.generic_string())).set("uriBaseId", kRootBase);
    }
    return Json::object().set("uri", "file://" + uri_path(absolute.generic_string()));
}

// The characters from column first up to (not including) column end, counting from 1.
std::string chars_between(const std::vector<std::string>& chars, int first, int end) {
    std::string out;
    for (int i = first; i < end && i <= static_cast<int>(chars.size()); ++i) out += chars[i - 1];
    return out;
}

Json snippet(const std::string& text) { return Json::object().set("text", utf8::replace_invalid(text)); }

// The underlined characters as the region (endColumn is the column after them, kept within the
// line), and the whole line as the context region.
Json physical_location(const Diagnostic& d, const SourceFiles& files, const std::string& root) {
    Json out = Json::object().set("artifactLocation", artifact_location(files.path(d.pos.file), root));
    if (!d.pos.known()) return out;
    std::string line = files.line_text(d.pos.file, d.pos.line);
    std::vector<std::string> chars = utf8::split_chars(line);
    Json region = Json::object().set("startLine", d.pos.line);
    if (d.pos.col > 0) {
        int end = d.pos.col + std::max(1, d.pos.length);
        end = std::max(d.pos.col + 1, std::min(end, static_cast<int>(chars.size()) + 1));
        region.set("startColumn", d.pos.col).set("endColumn", end);
        std::string underlined = chars_between(chars, d.pos.col, end);
        if (!underlined.empty() && end - d.pos.col <= static_cast<int>(kSnippetChars)) {
            region.set("snippet", snippet(underlined));
        }
    }
    out.set("region", region);
    if (!line.empty() && chars.size() <= kSnippetChars) {
        out.set("contextRegion", Json::object().set("startLine", d.pos.line).set("snippet", snippet(line)));
    }
    return out;
}

Json result(const Diagnostic& d, const SourceFiles& files, const std::string& root) {
    std::string text = d.message;
    if (!d.hint.empty()) text += "\nhint: " + d.hint;
    if (!d.rule.empty()) text += "\nrule: " + d.rule;
    Json out = Json::object()
                   .set("ruleId", std::string(d.code()))
                   .set("ruleIndex", static_cast<int>(d.kind))
                   .set("level", severity_name(d.severity()))
                   .set("message", message(text));
    if (d.pos.file >= 0) out.set("locations", Json::array().push(Json::object().set("physicalLocation", physical_location(d, files, root))));
    return out;
}

// "3499800 more errors and 12 more warnings not shown for plan.yaml", when a plan had more than
// a report lists.
std::string left_out(const PlanDiagnostics& p, std::size_t listed_errors, std::size_t listed_warnings) {
    auto counted = [](std::size_t n, const char* what) {
        return std::to_string(n) + " more " + what + (n == 1 ? "" : "s");
    };
    std::size_t errors = p.diags->error_count() - listed_errors;
    std::size_t warnings = p.diags->warning_count() - listed_warnings;
    if (errors + warnings == 0) return {};
    std::string text = errors > 0 ? counted(errors, "error") : std::string();
    if (warnings > 0) text += (text.empty() ? "" : " and ") + counted(warnings, "warning");
    return text + " not shown for " + p.plan;
}

}  // namespace

std::string uri_path(const std::string& path) {
    std::string out;
    for (char c : path) {
        auto byte = static_cast<unsigned char>(c);
        bool plain = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') ||
                     c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
        if (plain) {
            out += c;
        } else {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", byte);
            out += escaped;
        }
    }
    return out;
}

std::string diagnostics_sarif(const std::vector<PlanDiagnostics>& plans, const std::string& version,
                              const std::string& root) {
    Json results = Json::array();
    Json notifications = Json::array();
    for (const PlanDiagnostics& p : plans) {
        std::size_t errors = 0;
        std::size_t warnings = 0;
        for (const Diagnostic& d : listed_diagnostics(*p.diags)) {
            results.push(result(d, *p.files, root));
            ++(d.severity() == Severity::error ? errors : warnings);
        }
        if (std::string text = left_out(p, errors, warnings); !text.empty()) {
            notifications.push(Json::object().set("level", "note").set("message", message(text)));
        }
    }
    Json driver = Json::object().set("name", "legeplan").set("version", version).set("rules", rules());
    Json run = Json::object()
                   .set("tool", Json::object().set("driver", driver))
                   .set("originalUriBaseIds", Json::object().set(kRootBase, Json::object().set("uri", folder_uri(root))))
                   .set("columnKind", "unicodeCodePoints");
    if (!notifications.empty()) {
        run.set("invocations", Json::array().push(Json::object()
                                                      .set("executionSuccessful", true)
                                                      .set("toolExecutionNotifications", notifications)));
    }
    run.set("results", results);
    return Json::object()
        .set("$schema", kSchema)
        .set("version", "2.1.0")
        .set("runs", Json::array().push(run))
        .text();
}

}  // namespace legeplan

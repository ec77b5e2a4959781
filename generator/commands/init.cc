#include "commands/init.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <regex>

#include <unistd.h>

#include "commands/check.h"
#include "plan/json_schema.h"
#include "plan/node_reader.h"
#include "text/terminal_text.h"
#include "text/translate.h"
#include "text/utf8.h"
#include "publish/output.h"
#include "publish/stop.h"
#include "render/starter_plan.h"
#include "render/template_dirs.h"

namespace legeplan {

namespace fs = std::filesystem;

namespace {

// The schema's copy beside the plan, named by the plan's first line (relative to the plan).
constexpr const char* kSchemaFile = "legeplan.schema.json";

// Why name cannot be a municipality's name (the whole message), or empty. Line breaks and control characters would
// not survive into every output (E035); the rest is escaped for YAML by the renderer.
std::string name_problem(const std::string& name) {
    if (utf8::first_invalid(name) != std::string::npos) {
        return tr("legeplan: error: the municipality's name is not valid UTF-8");
    }
    if (name.find_first_not_of(" ") == std::string::npos) return tr("legeplan: error: the municipality's name is empty");
    for (const std::string& c : utf8::split_chars(name)) {
        auto first = static_cast<unsigned char>(c[0]);
        bool c0_or_del = c.size() == 1 && (first < 0x20 || first == 0x7F);
        bool c1 = c.size() == 2 && first == 0xC2 && static_cast<unsigned char>(c[1]) < 0xA0;
        bool separator = c == "\u2028" || c == "\u2029";
        if (c0_or_del || c1 || separator) {
            return tr("legeplan: error: the municipality's name holds a line break or a control character");
        }
    }
    return {};
}

struct Today {
    int year = 0;
    std::string date;  // YYYY-MM-DD
};

Today today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char date[16];
    std::strftime(date, sizeof date, "%Y-%m-%d", &local);
    return {local.tm_year + 1900, date};
}

std::string period_text(const Period& p) {
    return std::to_string(p.from) + "–" + std::to_string(p.to);
}

// The path as a shell takes it: quoted when it holds anything but letters, digits and ./_-;
// in $'…' with \xNN escapes when it holds a character a terminal would act on, so the command
// printed is both safe to show and right to copy.
std::string shell_word(const std::string& path) {
    if (shown_path(path) != path) {
        std::string quoted = "$'";
        for (char c : path) {
            auto u = static_cast<unsigned char>(c);
            if (c == '\'' || c == '\\') {
                quoted += '\\';
                quoted += c;
            } else if (u < 0x20 || u >= 0x7F) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned>(u));
                quoted += escaped;
            } else {
                quoted += c;
            }
        }
        return quoted + "'";
    }
    bool plain = !path.empty() && std::all_of(path.begin(), path.end(), [](char c) {
        auto u = static_cast<unsigned char>(c);
        return u >= 0x80 || std::isalnum(u) || c == '.' || c == '/' || c == '_' || c == '-';
    });
    if (plain) return path;
    std::string quoted = "'";
    for (char c : path) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

enum class Placed { ok, exists, failed };

// Puts text at path only if nothing is there: written to a temporary file first and linked into
// place, which fails rather than replace a file that appeared in the meantime.
Placed place_new_file(const std::string& path, const std::string& text, std::string& error) {
    StopDeferral no_stop_while_writing;  // a stop would otherwise leave the temporary file
    std::string tmp;
    if (!write_temporary_beside(path, text, tmp, error)) return Placed::failed;
    int linked = ::link(tmp.c_str(), path.c_str());
    int link_errno = errno;
    discard_temporary(tmp);
    if (linked == 0) return Placed::ok;
    if (link_errno == EEXIST) return Placed::exists;
    error = fill(tr("cannot put the plan in place as {file}: {reason}"), {{"file", path}, {"reason", std::strerror(link_errno)}});
    return Placed::failed;
}

std::string exists_message(const std::string& path) {
    return fill(tr("legeplan: error: {file} already exists; init never writes over a plan (choose another folder, or "
                   "move the plan away first)"),
                {{"file", shown_path(path)}}) +
           "\n";
}

std::size_t placeholder_count(const std::string& path) {
    CheckedPlan checked = check_plan(path);
    std::size_t n = 0;
    for (const Diagnostic& d : checked.diags.all()) n += d.kind == DiagnosticKind::placeholder;
    return n;
}

}  // namespace

bool parse_period(const std::string& text, Period& period, std::string& error) {
    static const std::regex form("([0-9]{4})(-|–)([0-9]{4})");
    std::smatch m;
    if (!std::regex_match(text, m, form)) {
        error = fill(tr("--period must be two years FROM-TO, e.g. 2027-2030; found '{text}'"), {{"text", text}});
        return false;
    }
    period.from = std::stoi(m[1].str());
    period.to = std::stoi(m[3].str());
    if (period.from < kFirstYear || period.to > kLastYear) {
        error = fill(tr("--period must lie in {first}–{last}; found {period}"),
                     {{"first", kFirstYear}, {"last", kLastYear}, {"period", period_text(period)}});
    } else if (period.to < period.from) {
        error = fill(tr("--period ends ({to}) before it starts ({from})"), {{"to", period.to}, {"from", period.from}});
    } else if (period.years() > 20) {
        error = fill(tr("--period is {years} years; a plan covers at most 20"), {{"years", period.years()}});
    } else {
        return true;
    }
    return false;
}

Period default_period(int this_year) { return Period{this_year + 1, this_year + 4, {}}; }

Outcome init_plan(const InitOptions& options, std::ostream& out, std::ostream& err) {
    if (std::string problem = name_problem(options.municipality); !problem.empty()) {
        err << problem << "\n";
        return Outcome::bad_usage;
    }
    Today now = today();
    StarterPlan starter{options.language, utf8::nfc(options.municipality), default_period(now.year), now.date};
    std::string error;
    if (!options.period.empty() && !parse_period(options.period, starter.period, error)) {
        err << fill(tr("legeplan: error: {message}"), {{"message", terminal_safe(error)}}) << "\n";
        return Outcome::bad_usage;
    }

    fs::path dir(options.dir);
    std::string plan_path = (dir / "plan.yaml").string();
    std::error_code ec;
    if (fs::exists(fs::symlink_status(plan_path, ec))) {
        err << exists_message(plan_path);
        return Outcome::bad_usage;
    }
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) {
        err << fill(tr("legeplan: error: {folder} is not a folder"), {{"folder", shown_path(options.dir)}}) << "\n";
        return Outcome::bad_usage;
    }

    std::string text;
    if (!render_starter_plan(starter, TemplateDirs{}, text, error)) {
        err << fill(tr("legeplan: error: {message}"), {{"message", terminal_safe(error)}}) << "\n";
        return Outcome::output_failed;
    }
    // The first line points editors that speak the YAML language server to the plan's schema:
    // the copy beside it, so that the line still holds when the folder is copied or mailed.
    text = "# yaml-language-server: $schema=" + std::string(kSchemaFile) + "\n" + text;

    fs::create_directories(dir, ec);
    if (ec) {
        err << fill(tr("legeplan: error: cannot make the folder {folder}: {reason}"),
                    {{"folder", shown_path(options.dir)}, {"reason", ec.message()}})
            << "\n";
        return Outcome::output_failed;
    }
    switch (place_new_file(plan_path, text, error)) {
        case Placed::ok: break;
        case Placed::exists: err << exists_message(plan_path); return Outcome::bad_usage;
        case Placed::failed:
            err << fill(tr("legeplan: error: {message}"), {{"message", terminal_safe(error)}}) << "\n";
            return Outcome::output_failed;
    }
    // The tool's own schema, written over an older copy: the plan is new, and so is its format.
    std::string schema_file = (dir / kSchemaFile).string();
    {
        StopDeferral no_stop_while_writing;
        if (!write_file_atomically(schema_file, plan_json_schema_text(), error)) {
            err << fill(tr("legeplan: error: {message}"), {{"message", terminal_safe(error)}}) << "\n";
            return Outcome::output_failed;
        }
    }

    bool nn = options.language == Language::nn;
    std::size_t placeholders = placeholder_count(plan_path);
    out << fill(tr_n("wrote {plan}: a starter plan for {municipality}, {period}, in {language}, with {count} "
                     "placeholder [Fyll inn: …] to replace",
                     "wrote {plan}: a starter plan for {municipality}, {period}, in {language}, with {count} "
                     "placeholders [Fyll inn: …] to replace",
                     placeholders),
                {{"plan", shown_path(plan_path)},
                 {"municipality", starter.municipality},
                 {"period", period_text(starter.period)},
                 {"language", nn ? "nynorsk" : "bokmål"},
                 {"count", static_cast<unsigned long long>(placeholders)}})
        << "\n"
        << fill(tr("and {schema}: the plan format's schema, which editors read for completion and checks"),
                {{"schema", shown_path(schema_file)}})
        << "\n"
        << tr("next: replace them with the municipality's own text and figures, then") << "\n"
        << fill(tr("  legeplan validate {plan}   (lists what is left to fill in)"), {{"plan", shell_word(plan_path)}})
        << "\n"
        << fill(tr("  legeplan build {plan}   (DOCX, HTML, PDF and the workbook, into {folder})"),
                {{"plan", shell_word(plan_path)}, {"folder", shell_word(output_folder_beside(plan_path))}})
        << "\n";
    return Outcome::ok;
}

Outcome run_init(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    return init_plan({arguments.folder, arguments.language, arguments.municipality, arguments.period}, out, err);
}

}  // namespace legeplan

// Helpers shared by the unit tests: plans written to temporary folders, diagnostics as text.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "commands/check.h"
#include "plan/diag.h"

namespace test {

// A fresh folder under the system's temporary folder, removed when the object goes.
class TempDir {
public:
    TempDir() {
        static int counter = 0;
        path_ = std::filesystem::temp_directory_path() /
                ("legeplan-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~TempDir() { std::filesystem::remove_all(path_); }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::string write(const std::string& name, const std::string& text) const {
        std::filesystem::path p = path_ / name;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
        return p.string();
    }
    std::string path() const { return path_.string(); }

private:
    std::filesystem::path path_;
};

// A file's bytes, as they are; empty when it cannot be read.
inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The names in a folder, sorted.
inline std::vector<std::string> listing(const std::string& folder) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) names.push_back(entry.path().filename());
    std::sort(names.begin(), names.end());
    return names;
}

// The header lines of every diagnostic ("path:line:col: error[E010]: …") without the quoted
// source, with the temporary folder's path cut to the file name.
inline std::string headlines(const legeplan::CheckedPlan& checked) {
    std::string out;
    for (const auto& d : checked.diags.sorted()) {
        std::string line = legeplan::format_diagnostic(d, checked.files);
        line = line.substr(0, line.find('\n'));
        auto slash = line.rfind('/', line.find(':'));
        if (slash != std::string::npos) line = line.substr(slash + 1);
        out += line + "\n";
    }
    return out;
}

// A minimal valid plan's header; tests append their own lists.
inline std::string plan_header(const std::string& period = "{from: 2027, to: 2030}") {
    return "legeplan: 1\n"
           "plan:\n"
           "  municipality: Testvik kommune\n"
           "  title: Plan for legetjenesten\n"
           "  period: " + period + "\n"
           "  language: nb\n"
           "  status: draft\n"
           "  version: \"0.1\"\n"
           "  date: 2027-01-15\n";
}

// What the smallest plan the unit tests build on holds after plan_header(): one unit (helse),
// one rate (lege, 1 000 000 kr a year) and one chapter (k1) with one section (s1). A test appends
// the measures, key figures or assertions it is about; one that needs other units or chapters
// writes its own lists.
inline const char* const kMinimalLists =
    "units:\n"
    "  - {id: helse, name: Helse}\n"
    "rates:\n"
    "  - {id: lege, name: Lege, amount: 1 000 000}\n"
    "chapters:\n"
    "  - id: k1\n"
    "    title: Kapittel\n"
    "    sections:\n"
    "      - {id: s1, title: Seksjon}\n";

// The smallest valid plan: plan_header() and kMinimalLists, 18 lines, no measures.
inline std::string minimal_plan() { return plan_header() + kMinimalLists; }

inline legeplan::CheckedPlan check_text(const TempDir& dir, const std::string& yaml) {
    return legeplan::check_plan(dir.write("plan.yaml", yaml));
}

}  // namespace test

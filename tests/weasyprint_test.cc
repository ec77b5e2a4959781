#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "publish/weasyprint.h"
#include "test_util.h"

using namespace legeplan;

namespace {

// Runs weasyprint_python() with PATH holding only folder, whose launcher starts with first_line.
std::string python_for(const std::string& first_line) {
    test::TempDir dir;
    if (!first_line.empty()) {
        std::string launcher = dir.write("weasyprint", first_line + "\nimport weasyprint\n");
        std::filesystem::permissions(launcher, std::filesystem::perms::owner_all);
    }
    std::string saved = std::getenv("PATH") ? std::getenv("PATH") : "";
    setenv("PATH", dir.path().c_str(), 1);
    std::string python = weasyprint_python();
    setenv("PATH", saved.c_str(), 1);
    return python;
}

}  // namespace

TEST_CASE("weasyprint: the Python is the one its launcher names", "[weasyprint]") {
    CHECK(python_for("#!/usr/bin/python3") == "/usr/bin/python3");
    CHECK(python_for("#! /opt/venv/bin/python -I") == "/opt/venv/bin/python");
    CHECK(python_for("#!/usr/bin/env python3.11") == "python3.11");
    CHECK(python_for("") == "python3");
}

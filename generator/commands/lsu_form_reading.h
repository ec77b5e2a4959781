// LSU's filled-in review form read back: the cells of the workbook (plan/xlsx_cells.h) checked
// against what legeplan wrote (plan/lsu_form.h) and against the plan, then taken as LSU's
// statement. Used by `lsu import` (commands/lsu_import.cc), which writes it into lsu.yaml.
#pragma once

#include <ostream>
#include <string>

#include "plan/diagnostic_codes.h"
#include "plan/model.h"

namespace legeplan {

// Problems with a whole file (the form, or the plan file), printed as diagnostics about a file
// are: "FORM.xlsx: error[E053]: …" and a hint.
class FileRefusals {
public:
    FileRefusals(std::string file, std::ostream& err) : file_(std::move(file)), err_(err) {}
    void add(DiagnosticKind kind, const std::string& message, const std::string& hint = {});
    bool any() const { return count_ > 0; }

private:
    std::string file_;
    std::ostream& err_;
    int count_ = 0;
};

// Reads the form at path and checks it: that it is the plan's form for its present version,
// that no protected cell or sheet name changed, that each position is one of LSU's three (in
// bokmål or nynorsk) and each measure and chapter it names is still in the plan. Fills
// statement (its date, text, views on measures and comments on chapters; no positions) and
// returns true; or prints every problem on err and returns false.
bool read_lsu_form(const std::string& path, const Plan& plan, LsuStatement& statement, std::ostream& err);

}  // namespace legeplan

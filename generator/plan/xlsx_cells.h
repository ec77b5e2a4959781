// Reading a workbook someone filled in outside legeplan (LSU's review form, filled in Excel or
// LibreOffice): its sheets' names, whether each is hidden, and the text of every cell that
// holds something. The file is untrusted input, like a plan: it is read with bounds on its
// size, its entries and what they unpack to, and no formula is evaluated (a formula's cached
// value is read as its value).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "plan/lsu_form.h"

namespace legeplan {

struct XlsxBounds {
    std::uint64_t file = std::uint64_t{16} << 20;      // the file itself
    std::uint64_t entry = std::uint64_t{32} << 20;     // one entry unpacked
    std::uint64_t unpacked = std::uint64_t{64} << 20;  // the entries read, together
    std::uint64_t entries = 1000;                      // entries in the zip
};

struct XlsxSheet {
    std::string name;
    bool hidden = false;
    FormCells cells;
};

// The workbook's sheets in their order. False with the reason in error (no path in it) when
// the file cannot be read, is no XLSX, or goes past a bound.
bool read_xlsx_cells(const std::string& path, std::vector<XlsxSheet>& sheets, std::string& error,
                     const XlsxBounds& bounds = {});

}  // namespace legeplan

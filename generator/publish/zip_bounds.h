// Zip files handed to us (a municipality's reference.docx), checked before any program unpacks
// them. A docx is a zip, and a zip of 1 MB can unpack to gigabytes: a reference document whose
// styles unpacked to 1 GiB drove Pandoc past 6 GB of memory. The check reads the zip's
// directory and then unpacks every entry itself, counting what comes out and stopping at the
// bound, so that sizes the directory understates are caught too.
#pragma once

#include <cstdint>
#include <string>

namespace legeplan {

struct ZipBounds {
    std::uint64_t entries = 1000;                       // files in the zip
    std::uint64_t unpacked = std::uint64_t{64} << 20;   // all entries unpacked, together
    std::uint64_t ratio = 100;                          // unpacked ÷ packed size of one entry …
    std::uint64_t ratio_from = std::uint64_t{1} << 20;  // … of one that unpacks to more than this
};

// Why the zip at path is refused ("word/styles.xml unpacks to more than …"), or "" when it
// opens, every entry unpacks without error and it stays within bounds. The text names no path:
// the caller says which file it is about.
std::string zip_problem(const std::string& path, const ZipBounds& bounds = {});

}  // namespace legeplan

#include "plan/lsu_form.h"

#include <cmath>
#include <cstdio>

namespace legeplan {

std::string lsu_form_identifier(const Metadata& meta) {
    return meta.municipality + " · " + std::to_string(meta.period.from) + "–" + std::to_string(meta.period.to) +
           " · " + meta.title;
}

std::string lsu_form_number_text(double value) {
    char buffer[64];
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15) {
        std::snprintf(buffer, sizeof buffer, "%.0f", value);
    } else {
        std::snprintf(buffer, sizeof buffer, "%.15g", value);
    }
    return buffer;
}

namespace {

constexpr std::uint64_t kOffsetBasis = 14695981039346656037ULL;  // FNV-1a's, 64 bits

std::string hex(std::uint64_t hash) {
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
    return buffer;
}

void add(std::uint64_t& hash, const std::string& text) {
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ULL;
    }
    hash ^= 0xff;  // a byte no UTF-8 text holds: ends each piece
    hash *= 1099511628211ULL;
}

void add_sheet(std::uint64_t& hash, const std::string& name, const FormCells& cells, bool data) {
    add(hash, name);
    for (const auto& [at, value] : cells) {
        if (data && at.first == kLsuFormDigestRow && at.second == 1) continue;
        add(hash, lsu_form_cell(at.first, at.second));
        add(hash, value);
    }
}

}  // namespace

std::map<int, std::string> lsu_form_row_digests(const FormCells& review) {
    std::map<int, std::uint64_t> hashes;
    for (const auto& [at, value] : review) {
        auto [entry, added] = hashes.emplace(at.first, kOffsetBasis);
        add(entry->second, lsu_form_cell(at.first, at.second));
        add(entry->second, value);
    }
    std::map<int, std::string> digests;
    for (const auto& [row, hash] : hashes) digests[row] = hex(hash);
    return digests;
}

std::string lsu_form_digest(const FormCells& review, const FormCells& data) {
    std::uint64_t hash = kOffsetBasis;
    add_sheet(hash, "review", review, false);
    add_sheet(hash, kLsuFormDataSheet, data, true);
    return hex(hash);
}

std::string lsu_form_cell(int row, int col) {
    std::string letters;
    for (int c = col + 1; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(row + 1);
}

bool lsu_form_parse_cell(const std::string& ref, int& row, int& col) {
    std::size_t i = 0;
    long c = 0, r = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3) c = c * 26 + (ref[i++] - 'A' + 1);
    if (i == 0 || i == ref.size()) return false;
    std::size_t digits = i;
    while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && i - digits < 7) r = r * 10 + (ref[i++] - '0');
    if (i != ref.size() || r < 1 || c < 1) return false;
    row = static_cast<int>(r - 1);
    col = static_cast<int>(c - 1);
    return true;
}

}  // namespace legeplan

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include <zip.h>

#include "publish/output.h"
#include "publish/zip_bounds.h"
#include "zip_bomb.h"

using namespace legeplan;
using legeplan_test::StreamedEntry;
using legeplan_test::write_zip_with;

namespace {

std::string grouped(std::uint64_t n) {
    std::string digits = std::to_string(n);
    for (std::size_t i = digits.size(); i > 3; i -= 3) digits.insert(i - 3, " ");
    return digits;
}

// The packed size of the zip's entry name, as libzip reads it.
zip_uint64_t packed_size(const std::string& path, const char* name) {
    int code = 0;
    zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY, &code);
    zip_stat_t st;
    zip_uint64_t size = zip && zip_stat(zip, name, 0, &st) == 0 ? st.comp_size : 0;
    if (zip) zip_discard(zip);
    return size;
}

// Overwrites 4 little-endian bytes at offset.
void patch_u32(const std::string& path, std::streamoff offset, std::uint32_t value) {
    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(offset);
    for (int i = 0; i < 4; ++i) file.put(static_cast<char>((value >> (8 * i)) & 0xFF));
}

}  // namespace

TEST_CASE("zip bounds: our own reference document passes", "[zip]") {
    CHECK(zip_problem(LEGEPLAN_SOURCE_DIR "/templates/reference.docx") == "");
}

TEST_CASE("zip bounds: one entry unpacking to 1 GiB of zeros is refused by its size", "[zip]") {
    ScratchFolder scratch;
    REQUIRE(scratch.ok());
    std::string bomb = scratch.path() + "/bomb.docx";
    REQUIRE(write_zip_with(bomb, "", StreamedEntry{"zeros", "", '\0', std::uint64_t{1} << 30, ""}));
    CHECK(std::filesystem::file_size(bomb) < 2'000'000);
    CHECK(zip_problem(bomb) ==
          "its files unpack to more than the limit of 67 108 864 bytes together ('zeros' alone to 1 073 741 824)");
}

TEST_CASE("zip bounds: a small entry packed more than 100 times is refused", "[zip]") {
    ScratchFolder scratch;
    REQUIRE(scratch.ok());
    std::string zip = scratch.path() + "/dense.zip";
    REQUIRE(write_zip_with(zip, "", StreamedEntry{"word/styles.xml", "<a>", ' ', 2 << 20, "</a>"}));
    CHECK(zip_problem(zip) == "'word/styles.xml' unpacks to more than 100 times its packed size (2 097 159 bytes from " +
                                  grouped(packed_size(zip, "word/styles.xml")) + ")");
    // Below 1 MiB the ratio does not count: a small entry cannot fill the memory.
    REQUIRE(write_zip_with(zip, "", StreamedEntry{"word/styles.xml", "<a>", ' ', 1 << 19, "</a>"}));
    CHECK(zip_problem(zip) == "");
}

TEST_CASE("zip bounds: more than 1 000 entries are refused", "[zip]") {
    ScratchFolder scratch;
    REQUIRE(scratch.ok());
    std::string path = scratch.path() + "/many.zip";
    int code = 0;
    zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    REQUIRE(zip);
    for (int i = 0; i < 1001; ++i) {
        zip_source_t* src = zip_source_buffer(zip, "x", 1, 0);
        REQUIRE(zip_file_add(zip, ("f" + std::to_string(i)).c_str(), src, 0) >= 0);
    }
    REQUIRE(zip_close(zip) == 0);
    CHECK(zip_problem(path) == "it holds 1 001 files, more than the limit of 1 000");
    ZipBounds more;
    more.entries = 2000;
    CHECK(zip_problem(path, more) == "");
}

TEST_CASE("zip bounds: what really unpacks counts, not what the directory says", "[zip]") {
    ScratchFolder scratch;
    REQUIRE(scratch.ok());
    std::string zip = scratch.path() + "/lying.zip";
    REQUIRE(write_zip_with(zip, "", StreamedEntry{"a", "", 'x', 100000, ""}));
    REQUIRE(zip_problem(zip) == "");
    // The one entry's size as 1 000 bytes in its own header (offset 22) and in the central
    // directory (offset 24 after its signature); its data unpacks to 100 000 all the same.
    std::ifstream in(zip, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::size_t central = bytes.find("PK\x01\x02");
    REQUIRE(central != std::string::npos);
    patch_u32(zip, 22, 1000);
    patch_u32(zip, static_cast<std::streamoff>(central + 24), 1000);
    CHECK(zip_problem(zip) == "'a' unpacks to 100 000 bytes, not the 1 000 its zip's directory says");
}

TEST_CASE("zip bounds: a bomb whose directory says it is small stops at the limit", "[zip]") {
    ScratchFolder scratch;
    REQUIRE(scratch.ok());
    std::string zip = scratch.path() + "/lying-bomb.zip";
    REQUIRE(write_zip_with(zip, "", StreamedEntry{"a", "", '\0', std::uint64_t{256} << 20, ""}));
    std::ifstream in(zip, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::size_t central = bytes.find("PK\x01\x02");
    REQUIRE(central != std::string::npos);
    patch_u32(zip, 22, 1000);
    patch_u32(zip, static_cast<std::streamoff>(central + 24), 1000);
    auto start = std::chrono::steady_clock::now();
    CHECK(zip_problem(zip) ==
          "its files unpack to more than the limit of 67 108 864 bytes together (more than its directory says, by 'a')");
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}

TEST_CASE("zip bounds: a file that is no zip is refused", "[zip]") {
    ScratchFolder scratch;
    REQUIRE(scratch.ok());
    std::string path = scratch.path() + "/styles.docx";
    std::ofstream(path) << "not a zip\n";
    CHECK(zip_problem(path) == "it is not a zip file that can be read (Not a zip archive)");
    CHECK(zip_problem(scratch.path() + "/missing.docx") == "it is not a zip file that can be read (No such file)");
}

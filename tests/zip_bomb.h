// Zip bombs made by a test, in a temporary folder: a small file whose one entry unpacks to a
// gigabyte is streamed through libzip from a generator, so neither the test nor the repository
// ever holds it unpacked.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include <zip.h>

namespace legeplan_test {

// One entry: prefix, then size bytes of filler, then suffix.
struct StreamedEntry {
    std::string name;
    std::string prefix;
    char filler = '\0';
    std::uint64_t size = 0;
    std::string suffix;
};

namespace zip_bomb_detail {

struct Stream {
    const StreamedEntry* entry;
    std::uint64_t at = 0;  // bytes given so far
};

inline zip_int64_t read_stream(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command) {
    auto* s = static_cast<Stream*>(state);
    const StreamedEntry& e = *s->entry;
    std::uint64_t whole = e.prefix.size() + e.size + e.suffix.size();
    switch (command) {
        case ZIP_SOURCE_OPEN: s->at = 0; return 0;
        case ZIP_SOURCE_CLOSE: return 0;
        case ZIP_SOURCE_FREE: delete s; return 0;
        case ZIP_SOURCE_STAT: {
            // The size, known in advance, keeps the zip free of ZIP64 records (Pandoc cannot
            // read those) as long as it stays below 4 GiB.
            auto* st = static_cast<zip_stat_t*>(data);
            zip_stat_init(st);
            st->size = whole;
            st->mtime = 315532800;  // 1980-01-01
            st->valid |= ZIP_STAT_SIZE | ZIP_STAT_MTIME;
            return sizeof(zip_stat_t);
        }
        case ZIP_SOURCE_ERROR: return 2 * sizeof(int);
        case ZIP_SOURCE_SUPPORTS: return ZIP_SOURCE_SUPPORTS_READABLE;
        case ZIP_SOURCE_READ: {
            auto* out = static_cast<char*>(data);
            zip_uint64_t given = 0;
            while (given < length && s->at < whole) {
                std::uint64_t filler_end = e.prefix.size() + e.size;
                std::uint64_t room = length - given;
                if (s->at < e.prefix.size()) {
                    std::uint64_t n = std::min<std::uint64_t>(room, e.prefix.size() - s->at);
                    std::memcpy(out + given, e.prefix.data() + s->at, n);
                    given += n;
                    s->at += n;
                } else if (s->at < filler_end) {
                    std::uint64_t n = std::min<std::uint64_t>(room, filler_end - s->at);
                    std::memset(out + given, e.filler, n);
                    given += n;
                    s->at += n;
                } else {
                    std::uint64_t n = std::min<std::uint64_t>(room, whole - s->at);
                    std::memcpy(out + given, e.suffix.data() + (s->at - filler_end), n);
                    given += n;
                    s->at += n;
                }
            }
            return static_cast<zip_int64_t>(given);
        }
        default: return -1;
    }
}

inline std::string read_entry(zip_t* zip, zip_uint64_t index, zip_uint64_t size) {
    std::string text(size, '\0');
    zip_file_t* f = zip_fopen_index(zip, index, 0);
    if (!f) return {};
    zip_int64_t n = zip_fread(f, text.data(), size);
    zip_fclose(f);
    return n == static_cast<zip_int64_t>(size) ? text : std::string();
}

}  // namespace zip_bomb_detail

// Writes a zip at path holding every entry of copy_from (a zip; "" for none) but the one named
// like streamed, and streamed itself. False when libzip fails.
inline bool write_zip_with(const std::string& path, const std::string& copy_from, const StreamedEntry& streamed) {
    int code = 0;
    zip_t* out = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!out) return false;
    zip_t* in = copy_from.empty() ? nullptr : zip_open(copy_from.c_str(), ZIP_RDONLY, &code);
    bool ok = copy_from.empty() || in;
    for (zip_int64_t i = 0; ok && in && i < zip_get_num_entries(in, 0); ++i) {
        zip_stat_t st;
        if (zip_stat_index(in, static_cast<zip_uint64_t>(i), 0, &st) != 0) {
            ok = false;
            break;
        }
        if (streamed.name == st.name) continue;
        std::string text = zip_bomb_detail::read_entry(in, static_cast<zip_uint64_t>(i), st.size);
        void* copy = std::malloc(text.size() + 1);
        std::memcpy(copy, text.data(), text.size());
        zip_source_t* src = zip_source_buffer(out, copy, text.size(), 1);
        ok = src && zip_file_add(out, st.name, src, ZIP_FL_ENC_UTF_8) >= 0;
        if (src && !ok) zip_source_free(src);
    }
    if (ok) {
        auto* state = new zip_bomb_detail::Stream{&streamed};
        zip_source_t* src = zip_source_function(out, zip_bomb_detail::read_stream, state);
        if (!src) delete state;
        zip_int64_t index = src ? zip_file_add(out, streamed.name.c_str(), src, ZIP_FL_ENC_UTF_8) : -1;
        ok = index >= 0;
        if (src && !ok) zip_source_free(src);
    }
    if (in) zip_discard(in);
    if (!ok) {
        zip_discard(out);
        return false;
    }
    return zip_close(out) == 0;
}

}  // namespace legeplan_test

#include "publish/zip_bounds.h"

#include <algorithm>
#include <memory>
#include <vector>

#include <zip.h>
#include <zlib.h>

#include "text/terminal_text.h"
#include "text/translate.h"

namespace legeplan {

namespace {

// "67 108 864": digits grouped as in every other message of ours.
std::string number(std::uint64_t n) {
    std::string digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ' ';
        out += digits[i];
    }
    return out;
}

// An entry's name as the message shows it: a name in a zip is any bytes.
std::string entry_name(const zip_stat_t& st, zip_uint64_t index) {
    if ((st.valid & ZIP_STAT_NAME) && st.name) return "'" + terminal_safe(st.name) + "'";
    return fill(tr("entry {number}"), {{"number", static_cast<unsigned long long>(index + 1)}});
}

struct ZipCloser {
    void operator()(zip_t* zip) const { zip_discard(zip); }
};

struct FileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

// Unpacks one entry the way another reader does, adding what comes out to total: its packed
// bytes, as many as the directory gives, through inflate until the stream ends, whatever size
// the directory claims for the result (libzip would stop reading at that size and so never see
// a bomb whose directory understates it). False, with problem set, when it cannot be unpacked,
// differs from what the directory says, or the total passes the bound (reading stops there).
bool unpack_counting(zip_t* zip, zip_uint64_t index, const zip_stat_t& st, const std::string& name,
                     std::uint64_t& total, const ZipBounds& bounds, std::string& problem) {
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
        problem = fill(tr("{entry} is encrypted"), {{"entry", name}});
        return false;
    }
    bool stored = st.comp_method == ZIP_CM_STORE;
    if (!stored && st.comp_method != ZIP_CM_DEFLATE) {
        problem = fill(tr("{entry} is packed with a method other than deflate"), {{"entry", name}});
        return false;
    }
    std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(zip, index, ZIP_FL_COMPRESSED));
    if (!file) {
        problem = fill(tr("{entry} cannot be unpacked ({reason})"), {{"entry", name}, {"reason", zip_strerror(zip)}});
        return false;
    }
    z_stream inflater{};
    if (!stored && inflateInit2(&inflater, -MAX_WBITS) != Z_OK) {  // raw deflate, as in a zip
        problem = fill(tr("{entry} cannot be unpacked (zlib cannot start)"), {{"entry", name}});
        return false;
    }
    std::unique_ptr<z_stream, int (*)(z_stream*)> end_inflater(stored ? nullptr : &inflater, inflateEnd);
    std::vector<unsigned char> packed(1 << 16);
    std::vector<unsigned char> unpacked(1 << 16);
    std::uint64_t size = 0;
    uLong crc = crc32(0, nullptr, 0);
    bool ended = stored;
    auto count = [&](const unsigned char* data, std::size_t n) {
        size += n;
        total += n;
        crc = crc32(crc, data, static_cast<uInt>(n));
        return total <= bounds.unpacked;
    };
    auto too_much = [&] {
        problem = fill(tr("its files unpack to more than the limit of {limit} bytes together (more than its directory "
                          "says, by {entry})"),
                       {{"limit", number(bounds.unpacked)}, {"entry", name}});
        return false;
    };
    for (;;) {
        zip_int64_t n = zip_fread(file.get(), packed.data(), packed.size());
        if (n < 0) {
            problem = fill(tr("{entry} cannot be unpacked ({reason})"), {{"entry", name}, {"reason", zip_file_strerror(file.get())}});
            return false;
        }
        if (n == 0) break;
        if (stored) {
            if (!count(packed.data(), static_cast<std::size_t>(n))) return too_much();
            continue;
        }
        if (ended) break;  // bytes after the end of the stream unpack to nothing
        inflater.next_in = packed.data();
        inflater.avail_in = static_cast<uInt>(n);
        while (inflater.avail_in > 0 && !ended) {
            inflater.next_out = unpacked.data();
            inflater.avail_out = static_cast<uInt>(unpacked.size());
            int result = inflate(&inflater, Z_NO_FLUSH);
            if (result != Z_OK && result != Z_STREAM_END) {
                problem = fill(tr("{entry} cannot be unpacked (its packed data is damaged)"), {{"entry", name}});
                return false;
            }
            if (!count(unpacked.data(), unpacked.size() - inflater.avail_out)) return too_much();
            ended = result == Z_STREAM_END;
        }
    }
    // The input is used up; what inflate still holds comes out now.
    while (!ended) {
        inflater.next_out = unpacked.data();
        inflater.avail_out = static_cast<uInt>(unpacked.size());
        int result = inflate(&inflater, Z_NO_FLUSH);
        std::size_t produced = unpacked.size() - inflater.avail_out;
        if (!count(unpacked.data(), produced)) return too_much();
        if (result == Z_STREAM_END) break;
        if (produced == 0) {
            problem = fill(tr("{entry} cannot be unpacked (its packed data ends too soon)"), {{"entry", name}});
            return false;
        }
    }
    if (size != st.size) {
        problem = fill(tr("{entry} unpacks to {size} bytes, not the {declared} its zip's directory says"),
                       {{"entry", name}, {"size", number(size)}, {"declared", number(st.size)}});
        return false;
    }
    if ((st.valid & ZIP_STAT_CRC) && crc != st.crc) {
        problem = fill(tr("{entry} does not match its checksum"), {{"entry", name}});
        return false;
    }
    return true;
}

}  // namespace

std::string zip_problem(const std::string& path, const ZipBounds& bounds) {
    int code = 0;
    // ZIP_CHECKCONS: the central directory and each entry's own header must agree, so that
    // what we check is what another reader unpacks.
    std::unique_ptr<zip_t, ZipCloser> zip(zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code));
    if (!zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        std::string problem = fill(tr("it is not a zip file that can be read ({reason})"), {{"reason", zip_error_strerror(&error)}});
        zip_error_fini(&error);
        return problem;
    }
    zip_int64_t count = zip_get_num_entries(zip.get(), 0);
    if (count < 0) return tr("it is not a zip file that can be read");
    auto entries = static_cast<zip_uint64_t>(count);
    if (entries > bounds.entries) {
        return fill(tr("it holds {count} files, more than the limit of {limit}"),
                    {{"count", number(entries)}, {"limit", number(bounds.entries)}});
    }
    // First what the directory says, which costs nothing to read; then what really comes out.
    std::uint64_t declared = 0;
    for (zip_uint64_t i = 0; i < entries; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(zip.get(), i, 0, &st) != 0) {
            return fill(tr("entry {number} cannot be read ({reason})"),
                        {{"number", static_cast<unsigned long long>(i + 1)}, {"reason", zip_strerror(zip.get())}});
        }
        std::string name = entry_name(st, i);
        if (!(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_COMP_SIZE)) {
            return fill(tr("{entry} has no size in the zip's directory"), {{"entry", name}});
        }
        if (st.size > bounds.unpacked - declared) {  // declared + st.size, which may not overflow
            return fill(tr("its files unpack to more than the limit of {limit} bytes together ({entry} alone to {size})"),
                        {{"limit", number(bounds.unpacked)}, {"entry", name}, {"size", number(st.size)}});
        }
        declared += st.size;
        if (st.size > bounds.ratio_from && st.size / std::max<zip_uint64_t>(st.comp_size, 1) > bounds.ratio) {
            return fill(tr("{entry} unpacks to more than {ratio} times its packed size ({size} bytes from {packed})"),
                        {{"entry", name}, {"ratio", number(bounds.ratio)}, {"size", number(st.size)}, {"packed", number(st.comp_size)}});
        }
    }
    std::uint64_t unpacked = 0;
    for (zip_uint64_t i = 0; i < entries; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        zip_stat_index(zip.get(), i, 0, &st);
        std::string problem;
        if (!unpack_counting(zip.get(), i, st, entry_name(st, i), unpacked, bounds, problem)) return problem;
    }
    return {};
}

}  // namespace legeplan

// A plan read from memory, for the fuzz targets: the main file is the fuzzer's input and every
// other file (includes, text files) is missing, so only the bytes under test are read.
#pragma once

#include <string>

#include "plan/load.h"

namespace legeplan::fuzz {

class MemoryReader : public FileReader {
public:
    MemoryReader(std::string path, std::string contents)
        : path_(std::move(path)), contents_(std::move(contents)) {}

    bool read(const std::string& path, std::string& out, std::size_t max_bytes,
              std::string& error) const override {
        if (path != path_) {
            error = "no such file or no access";
            return false;
        }
        if (contents_.size() > max_bytes) {
            error = "too large";
            return false;
        }
        out = contents_;
        return true;
    }

private:
    std::string path_;
    std::string contents_;
};

}  // namespace legeplan::fuzz

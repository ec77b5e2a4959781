// A FileReader that remembers every path it was asked for, read or not: the files a plan's
// build depends on (its includes, texts and pictures), and those it looked for in vain, which
// may yet appear.
#pragma once

#include <mutex>
#include <string>
#include <vector>

#include "plan/load.h"

namespace legeplan {

class RecordingReader : public FileReader {
public:
    explicit RecordingReader(const FileReader& inner) : inner_(inner) {}

    bool read(const std::string& path, std::string& out, std::size_t max_bytes,
              std::string& error) const override;
    bool read_inside(const std::string& folder, const std::string& relative, std::string& resolved,
                     std::string& out, std::size_t max_bytes, std::string& error) const override;
    std::string display(const std::string& path) const override { return inner_.display(path); }

    // Every path asked for so far, in the order asked, each once.
    std::vector<std::string> paths() const;

private:
    void record(const std::string& path) const;

    const FileReader& inner_;
    mutable std::mutex mutex_;
    mutable std::vector<std::string> paths_;
};

}  // namespace legeplan

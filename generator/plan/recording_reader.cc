#include "plan/recording_reader.h"

#include <algorithm>
#include <filesystem>

namespace legeplan {

namespace fs = std::filesystem;

void RecordingReader::record(const std::string& path) const {
    std::lock_guard lock(mutex_);
    if (std::find(paths_.begin(), paths_.end(), path) == paths_.end()) paths_.push_back(path);
}

bool RecordingReader::read(const std::string& path, std::string& out, std::size_t max_bytes,
                           std::string& error) const {
    record(path);
    return inner_.read(path, out, max_bytes, error);
}

bool RecordingReader::read_inside(const std::string& folder, const std::string& relative,
                                  std::string& resolved, std::string& out, std::size_t max_bytes,
                                  std::string& error) const {
    // The path as named, which may yet appear or change; and the file read, when it differs.
    record((fs::path(folder) / relative).lexically_normal().string());
    bool ok = inner_.read_inside(folder, relative, resolved, out, max_bytes, error);
    if (!resolved.empty()) record((fs::path(folder) / resolved).lexically_normal().string());
    return ok;
}

std::vector<std::string> RecordingReader::paths() const {
    std::lock_guard lock(mutex_);
    return paths_;
}

}  // namespace legeplan

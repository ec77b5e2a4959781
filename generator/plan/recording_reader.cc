#include "plan/recording_reader.h"

#include <algorithm>

namespace legeplan {

bool RecordingReader::read(const std::string& path, std::string& out, std::size_t max_bytes,
                           std::string& error) const {
    {
        std::lock_guard lock(mutex_);
        if (std::find(paths_.begin(), paths_.end(), path) == paths_.end()) paths_.push_back(path);
    }
    return inner_.read(path, out, max_bytes, error);
}

std::vector<std::string> RecordingReader::paths() const {
    std::lock_guard lock(mutex_);
    return paths_;
}

}  // namespace legeplan

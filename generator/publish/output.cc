#include "publish/output.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace legeplan {

namespace fs = std::filesystem;

bool exists_quietly(const std::string& path) {
    std::error_code ec;
    return fs::exists(path, ec);
}

std::string temporary_path_for(const std::string& final_path) {
    static std::atomic<int> counter{0};
    fs::path p(final_path);
    std::string name = "." + p.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                       std::to_string(counter++);
    // Keep the extension last: Pandoc picks its writer from it.
    name += p.extension().string();
    return (p.parent_path() / name).string();
}

bool commit_output(const std::string& tmp, const std::string& final_path, std::string& error) {
    std::error_code ec;
    fs::rename(tmp, final_path, ec);
    if (ec) {
        error = "cannot move the finished file into place as " + final_path + ": " + ec.message();
        fs::remove(tmp, ec);
        return false;
    }
    return true;
}

bool write_file_atomically(const std::string& final_path, const std::string& text,
                           std::string& error) {
    std::string tmp = temporary_path_for(final_path);
    {
        std::ofstream out(tmp, std::ios::binary);
        out << text;
        out.flush();
        if (!out) {
            error = "cannot write " + final_path + ": " + std::strerror(errno);
            std::error_code ec;
            fs::remove(tmp, ec);
            return false;
        }
    }
    return commit_output(tmp, final_path, error);
}

}  // namespace legeplan

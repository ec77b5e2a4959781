// Waiting for files to change, through inotify. The folders holding the files are watched, not
// the files themselves: editors save by writing in place, by renaming a new file over the old,
// or by deleting and creating it again, and a watch on the file would be lost with the old one.
// Events are filtered by name, so writes of other files there (outputs, an editor's temporary
// files) wake nobody, and a burst of events (one save) is taken as one change.
#pragma once

#include <chrono>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace legeplan {

class FileWatch {
public:
    FileWatch();  // check ok() before use
    ~FileWatch();
    FileWatch(const FileWatch&) = delete;
    FileWatch& operator=(const FileWatch&) = delete;

    bool ok() const { return fd_ >= 0; }
    const std::string& error() const { return error_; }

    // From now on, watches exactly these files and everything in these folders (paths relative
    // to the current folder or absolute). A folder that does not exist (yet) is not watched.
    // Changes since the last wait that concern files watched both before and after are kept.
    void watch(const std::vector<std::string>& files, const std::vector<std::string>& folders);

    // How many files are watched one by one (as given to watch, whether they exist or not).
    std::size_t file_count() const { return files_.size(); }

    // Waits until something watched changes, then until nothing more has changed for settle;
    // returns the changed paths (absolute, sorted). Returns nothing when limit passes first
    // (a negative limit waits for ever) or when reading the events fails.
    std::vector<std::string> wait(std::chrono::milliseconds settle,
                                  std::chrono::milliseconds limit = std::chrono::milliseconds(-1));

private:
    // Reads the events waiting, adds the watched paths they concern to changed and returns how
    // many concerned them; -1 when reading fails.
    int read_events(std::set<std::string>& changed);
    bool wanted(const std::string& folder, const std::string& name) const;

    int fd_ = -1;
    std::string error_;
    std::set<std::string> files_;          // absolute, normalised
    std::set<std::string> whole_folders_;  // absolute, normalised
    std::map<int, std::string> folder_of_;  // watch descriptor → folder
};

}  // namespace legeplan

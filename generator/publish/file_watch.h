// Waiting for files to change, through inotify. The folders holding the files are watched, not
// the files themselves: editors save by writing in place, by renaming a new file over the old,
// or by deleting and creating it again, and a watch on the file would be lost with the old one.
// Events are filtered by name, so writes of other files there (our own outputs and their
// temporary files, an editor's temporary files) wake nobody, and a burst of events (one save) is
// taken as one change.
//
// A watch on a folder dies with the folder: when a watched folder is deleted, moved away or
// replaced by another (`rm -rf p; cp -r backup p`, a checkout), it is reported gone, and the
// folder named is looked for again every kLookAgain and watched again once it is there.
#pragma once

#include <chrono>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <sys/types.h>

namespace legeplan {

// How often folders that are not there are looked for, and watched folders checked to be the
// same ones (a folder replaced above a watched one sends no event).
inline constexpr std::chrono::milliseconds kLookAgain{250};

// What one wait saw. Paths are absolute and sorted.
struct WatchChanges {
    std::vector<std::string> files;  // watched files changed, or in a folder that went or came back
    std::vector<std::string> gone;   // watched folders that went (the topmost of those that did)
    std::vector<std::string> back;   // folders gone before that are watched again (what they
                                     // hold comes back with them, without a word)
    bool failed = false;             // the events could not be read
    bool empty() const { return files.empty() && gone.empty() && back.empty(); }
};

class FileWatch {
public:
    FileWatch();  // check ok() before use
    ~FileWatch();
    FileWatch(const FileWatch&) = delete;
    FileWatch& operator=(const FileWatch&) = delete;

    bool ok() const { return fd_ >= 0; }
    const std::string& error() const { return error_; }

    // From now on, watches exactly these files and everything in these folders (paths relative
    // to the current folder or absolute). A folder that is not there is looked for until it is;
    // when one gone since the last watch is still not there, it stays gone. Changes since the
    // last wait that concern files watched both before and after are kept.
    void watch(const std::vector<std::string>& files, const std::vector<std::string>& folders);

    // The files this process writes into the folders watched (a build's outputs), and their
    // folders: events on these paths, and on hidden temporary files ("." first, ".tmp-" inside)
    // in these folders, wake nobody, unless the path is one of the files watched one by one —
    // a file the build reads is an input wherever it lies.
    void ignore_own(const std::vector<std::string>& outputs);

    // How many files are watched one by one (as given to watch, whether they exist or not).
    std::size_t file_count() const { return files_.size(); }

    // Whether the folder holding file was watched and is gone, not back yet.
    bool folder_gone(const std::string& file) const;

    // Waits until something watched changes, or a watched folder goes or comes back, then until
    // nothing more has changed for settle. Returns nothing when limit passes first (a negative
    // limit waits for ever), and failed when reading the events fails.
    WatchChanges wait(std::chrono::milliseconds settle,
                      std::chrono::milliseconds limit = std::chrono::milliseconds(-1));

private:
    struct Folder {
        std::string path;  // absolute, normalised
        dev_t device;
        ino_t inode;       // the folder watched, to tell it from another put in its place
    };

    // Reads the events waiting and notes what they concern; returns how many concerned
    // something watched, -1 when reading fails.
    int read_events();
    // Checks that every watched folder is still the one watched, and looks for the folders that
    // are not there; returns how many went or came back.
    int look();
    // Watches folder if it is there; false when it is not (or changed while being watched).
    bool add(const std::string& folder);
    // The watch wd no longer sees its folder's path: it and every watched folder below go.
    void lose(int wd);
    void note_folder(const std::string& folder);  // its files (or the folder itself) changed
    bool wanted(const std::string& folder, const std::string& name) const;
    bool own(const std::string& folder, const std::string& name) const;

    int fd_ = -1;
    std::string error_;
    std::set<std::string> files_;          // absolute, normalised
    std::set<std::string> whole_folders_;  // absolute, normalised
    std::set<std::string> own_files_;      // ours (ignore_own), absolute, normalised
    std::set<std::string> own_folders_;    // where ours are written
    std::map<int, Folder> folder_of_;      // watch descriptor → folder
    std::set<std::string> missing_;        // folders to watch that are not there: looked for
    std::set<std::string> gone_;           // of those, the ones that were watched and went
    // Noticed and not yet returned by wait.
    std::set<std::string> changed_;
    std::set<std::string> went_;
    std::set<std::string> came_back_;
};

}  // namespace legeplan

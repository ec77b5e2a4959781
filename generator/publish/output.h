// Writing outputs safely. Nothing is ever opened for writing by a name that someone else could
// have put there first: a temporary file is created exclusively (mkstemp: a new name, O_EXCL,
// no link followed), and whatever a converter or library writes by name goes into a private
// folder made with mkdtemp. A build's files are made in such a folder inside the output folder
// and renamed into place together at the end (place_all), so a failed or stopped build leaves
// every earlier output as it was. Every temporary file and folder is registered with stop.h
// while it exists.
#pragma once

#include <ctime>
#include <string>
#include <vector>

#include "plan/plan_timestamp.h"  // for the publishers, which stamp outputs with it

namespace legeplan {

// A private folder (mkdtemp, mode 0700): under $TMPDIR (else /tmp) for one run's external
// programs, their working folder and their TMPDIR; or, given a parent, inside it as
// "<parent>/.<hint>.tmp-XXXXXX", for files that are to be renamed into that folder. Removed with
// everything in it when it goes, or on a stop.
class ScratchFolder {
public:
    ScratchFolder();
    ScratchFolder(const std::string& parent, const std::string& hint);
    ~ScratchFolder();
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

    bool ok() const { return !path_.empty(); }
    const std::string& path() const { return path_; }  // empty when it could not be made
    const std::string& error() const { return error_; }
    // Leaves the folder where it is when it goes, and on a stop.
    void keep();

private:
    void make(const std::string& pattern);

    std::string path_;
    std::string error_;
};

// Writes text to a new temporary file beside final_path ("<dir>/.<name>.tmp-XXXXXX", created
// exclusively and registered with stop.h) and sets tmp to its path; false with a reason in error
// otherwise (nothing left behind). Call it, and the two below, within a StopDeferral: a stop
// that removed the file first would find it written again afterwards.
bool write_temporary_beside(const std::string& final_path, const std::string& text, std::string& tmp,
                            std::string& error);

// Removes a temporary file that will not be put in place.
void discard_temporary(const std::string& tmp);

// Writes text to final_path through a temporary file beside it, renamed into place.
bool write_file_atomically(const std::string& final_path, const std::string& text,
                           std::string& error);

// A finished file and where it goes. Both lie on one file system (made in a ScratchFolder
// inside the final path's folder).
struct Placement {
    std::string made;
    std::string final_path;
};

// Renames every made file onto its final path, all or nothing. First each final path that
// exists is kept in backup_folder (a hard link, or a copy where the file system has none); a
// final path that is a folder is refused before anything moves. When a rename fails, the files
// moved so far are put back as they were (the kept ones renamed back, new ones removed) and the
// failure is returned; "" when all are in place. What can still fail is putting back itself (a
// rename within one folder that worked a moment before): then the message names each file
// left new and where its earlier version is kept, and sets keep_backups. Call it within a
// StopDeferral.
std::string place_all(const std::vector<Placement>& files, const std::string& backup_folder,
                      bool& keep_backups);

}  // namespace legeplan

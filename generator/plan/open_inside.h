// Opening input files the one way: a file inside a folder (a plan's include, text or picture; a
// template, a label file) is resolved one path part at a time from the folder's own descriptor,
// so '..' and symbolic links are followed only while they stay inside the folder, and the file
// checked is the very file read. A file the user names on the command line is opened as named.
// Either way only a regular file is read, and never more than a limit.
#pragma once

#include <cstddef>
#include <string>

namespace legeplan {

// Opens relative, a path inside folder, for reading. Returns an open descriptor that the caller
// closes, and sets resolved to the file's path from folder with every symbolic link, '.' and
// '..' resolved; or -1 with a reason in error: the path is absolute or leaves the folder (also
// through a link), a part is missing or no folder, or links nest more than 40 deep. The reason
// is in the user's language; with plan_folder it calls the folder "the plan's folder".
int open_inside(const std::string& folder, const std::string& relative, std::string& resolved,
                std::string& error, bool plan_folder = false);

// True when error is open_inside's reason for a path that leads out of its folder (either
// way of naming the folder, in the user's language).
bool leaves_folder(const std::string& error);

// Reads the open file whole into out. Refuses a folder, a pipe, a socket or a device, and a file
// larger than max_bytes (also one that grows while read), with error "too large" for the latter.
bool read_regular(int fd, std::string& out, std::size_t max_bytes, std::string& error);

// Opens path as named (without waiting on a FIFO) and reads it with read_regular.
bool read_named_file(const std::string& path, std::string& out, std::size_t max_bytes,
                     std::string& error);

// Reads relative inside folder (open_inside, then read_regular).
bool read_file_inside(const std::string& folder, const std::string& relative, std::string& out,
                      std::size_t max_bytes, std::string& error);

// An input file that is not the plan's: one the user named on the command line (folder empty:
// read as named), or one found in a templates folder (read inside it).
struct InputFile {
    std::string folder;
    std::string name;

    bool empty() const { return name.empty(); }
    std::string path() const { return folder.empty() ? name : folder + "/" + name; }
};

// Reads the file (read_named_file or read_file_inside).
bool read_input(const InputFile& file, std::string& out, std::size_t max_bytes, std::string& error);

}  // namespace legeplan

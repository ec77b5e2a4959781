#include "plan/resource_policy.h"

#include <algorithm>
#include <cctype>

namespace legeplan {

namespace {

bool starts_with_ci(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
    }
    return true;
}

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

// An attribute such as onload= or onclick =.
bool has_event_attribute(const std::string& text) {
    for (std::size_t i = text.find("on"); i != std::string::npos; i = text.find("on", i + 1)) {
        if (i == 0 || !std::isspace(static_cast<unsigned char>(text[i - 1]))) continue;
        std::size_t j = i + 2;
        while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
        if (j == i + 2) continue;  // "on" alone is no attribute name
        while (j < text.size() && std::isspace(static_cast<unsigned char>(text[j]))) ++j;
        if (j < text.size() && text[j] == '=') return true;
    }
    return false;
}

}  // namespace

bool allowed_link(std::string_view target) {
    if (!target.empty() && target[0] == '#') return target.size() > 1;
    for (std::string_view scheme : {"https://", "http://", "mailto:"}) {
        if (starts_with_ci(target, scheme) && target.size() > scheme.size()) return true;
    }
    return false;
}

std::string picture_path_problem(std::string_view path) {
    if (path.empty()) return "the picture has no file name";
    if (path.find(':') != std::string_view::npos || path.substr(0, 2) == "//") {
        return "pictures come from the plan's folder, not from an address";
    }
    if (path[0] == '/') return "an absolute path leaves the plan's folder";
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = std::min(path.find('/', start), path.size());
        std::string_view part = path.substr(start, end - start);
        if (part == "..") return "'..' leaves the plan's folder";
        if (part.empty() || part == ".") return "the path has an empty or '.' part";
        start = end + 1;
    }
    for (unsigned char c : path) {
        bool ok = c >= 0x80 || std::isalnum(c) || c == '.' || c == '_' || c == '-' || c == '/';
        if (!ok) return "a picture's file name may hold letters, digits, '.', '_', '-' and '/' only";
    }
    return "";
}

PictureType picture_type(std::string_view content) {
    if (content.substr(0, 8) == "\x89PNG\r\n\x1a\n") return PictureType::png;
    if (content.substr(0, 3) == "\xFF\xD8\xFF") return PictureType::jpeg;
    std::string text = lower(content.substr(0, 1 << 20));
    std::size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string::npos) return PictureType::none;
    if (text.compare(start, 5, "<?xml") != 0 && text.compare(start, 4, "<svg") != 0) return PictureType::none;
    if (text.find("<svg") == std::string::npos) return PictureType::none;
    for (const char* risky : {"href", "url(", "<script", "<foreignobject", "<!entity", "@import"}) {
        if (text.find(risky) != std::string::npos) return PictureType::none;
    }
    if (has_event_attribute(text)) return PictureType::none;
    if (content.size() > text.size()) return PictureType::none;  // too large to have been read whole
    return PictureType::svg;
}

}  // namespace legeplan

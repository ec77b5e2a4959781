#include "plan/resource_policy.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <iterator>
#include <regex>
#include <utility>
#include <vector>

#include "text/translate.h"
#include "text/trim.h"

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

// Text decoded for matching, each byte remembering the offset in the source it came from.
struct Decoded {
    std::string text;
    std::vector<std::size_t> from;

    void add(std::string_view bytes, std::size_t origin) {
        text += bytes;
        from.insert(from.end(), bytes.size(), origin);
    }
};

std::string utf8_of(unsigned long cp) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    std::string out;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

// The named character references that spell what the checks look for.
std::string_view named_reference(std::string_view name) {
    static const std::pair<std::string_view, std::string_view> names[] = {
        {"lpar", "("}, {"rpar", ")"},  {"colon", ":"}, {"sol", "/"},   {"bsol", "\\"},
        {"commat", "@"}, {"period", "."}, {"num", "#"}, {"quot", "\""}, {"apos", "'"},
        {"amp", "&"},  {"lt", "<"},    {"gt", ">"},    {"equals", "="}, {"newline", "\n"},
        {"tab", "\t"}, {"dollar", "$"}, {"semi", ";"}, {"comma", ","}, {"excl", "!"}};
    for (const auto& [key, value] : names) {
        if (name == key) return value;
    }
    return {};
}

// Decodes HTML character references (&#114; &#x72; &lpar;), as an HTML or SVG parser would
// before the CSS or URL in them is read.
Decoded decode_references(const Decoded& in) {
    Decoded out;
    const std::string& t = in.text;
    for (std::size_t i = 0; i < t.size();) {
        if (t[i] == '&') {
            std::size_t j = i + 1;
            unsigned long cp = 0;
            bool numeric = j < t.size() && t[j] == '#';
            if (numeric) {
                bool hex = j + 1 < t.size() && (t[j + 1] == 'x' || t[j + 1] == 'X');
                j += hex ? 2 : 1;
                std::size_t digits = j;
                while (j < t.size() && (hex ? std::isxdigit(static_cast<unsigned char>(t[j]))
                                            : std::isdigit(static_cast<unsigned char>(t[j])))) {
                    if (cp < 0x110000) cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(
                        std::isdigit(static_cast<unsigned char>(t[j])) ? t[j] - '0' : (std::tolower(static_cast<unsigned char>(t[j])) - 'a' + 10));
                    ++j;
                }
                if (j > digits) {
                    if (j < t.size() && t[j] == ';') ++j;
                    out.add(utf8_of(cp), in.from[i]);
                    i = j;
                    continue;
                }
            } else {
                while (j < t.size() && std::isalnum(static_cast<unsigned char>(t[j]))) ++j;
                std::string_view value = named_reference(lower(std::string_view(t).substr(i + 1, j - i - 1)));
                if (!value.empty() && j < t.size() && t[j] == ';') {
                    out.add(value, in.from[i]);
                    i = j + 1;
                    continue;
                }
            }
        }
        out.add(std::string_view(t).substr(i, 1), in.from[i]);
        ++i;
    }
    return out;
}

// Decodes CSS escapes (\69, \72 , \u) and drops comments, as a CSS parser would before it
// reads a keyword or function name.
Decoded decode_css(const Decoded& raw) {
    // CSS reads CR LF, CR and FF as one line feed before anything else, so an escape's one
    // trailing white space may swallow a whole CR LF.
    Decoded in;
    for (std::size_t i = 0; i < raw.text.size(); ++i) {
        char c = raw.text[i];
        if (c == '\r' && i + 1 < raw.text.size() && raw.text[i + 1] == '\n') continue;
        in.add(c == '\r' || c == '\f' ? std::string_view("\n") : std::string_view(&raw.text[i], 1), raw.from[i]);
    }
    Decoded out;
    const std::string& t = in.text;
    for (std::size_t i = 0; i < t.size();) {
        if (t.compare(i, 2, "/*") == 0) {
            std::size_t end = t.find("*/", i + 2);
            i = end == std::string::npos ? t.size() : end + 2;
            continue;
        }
        if (t[i] == '\\' && i + 1 < t.size()) {
            std::size_t j = i + 1;
            unsigned long cp = 0;
            while (j < t.size() && j < i + 7 && std::isxdigit(static_cast<unsigned char>(t[j]))) {
                cp = cp * 16 + static_cast<unsigned long>(std::isdigit(static_cast<unsigned char>(t[j]))
                                                               ? t[j] - '0'
                                                               : std::tolower(static_cast<unsigned char>(t[j])) - 'a' + 10);
                ++j;
            }
            if (j > i + 1) {
                if (j < t.size() && (t[j] == ' ' || t[j] == '\t' || t[j] == '\n')) ++j;
                out.add(utf8_of(cp), in.from[i]);
            } else if (t[j] != '\n') {
                out.add(std::string_view(t).substr(j, 1), in.from[i]);
                ++j;
            } else {
                ++j;  // an escaped line break continues a string
            }
            i = j;
            continue;
        }
        out.add(std::string_view(t).substr(i, 1), in.from[i]);
        ++i;
    }
    return out;
}

Decoded as_written(std::string_view text) {
    Decoded d;
    d.text = lower(text);
    d.from.resize(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) d.from[i] = i;
    return d;
}

std::optional<ResourceProblem> first_of(const Decoded& d, std::initializer_list<std::string_view> needles) {
    std::optional<ResourceProblem> first;
    std::string text = lower(d.text);
    for (std::string_view needle : needles) {
        std::size_t at = text.find(needle);
        if (at == std::string::npos) continue;
        if (!first || d.from[at] < first->offset) first = ResourceProblem{d.from[at], "'" + std::string(needle) + "'"};
    }
    return first;
}

// Every way CSS loads a file or address (the older ones, IE's behavior and Mozilla's binding,
// name theirs with url() too).
#define LEGEPLAN_CSS_LOADS "@import", "url(", "image-set(", "image(", "cross-fade(", "element(", "src(", "expression("

// What an HTML template may not hold besides: the elements that load or run something.
#define LEGEPLAN_HTML_LOADS "<script", "<iframe", "<frame", "<object", "<embed", "<base", "<applet", \
    "<portal", "http-equiv", "javascript:", "vbscript:"

// The attributes by which HTML (and SVG in it) loads something.
const std::string_view kLoadingAttributes[] = {"src", "srcset", "srcdoc", "poster", "background", "data",
                                               "action", "formaction", "xlink:href", "ping",
                                               "longdesc", "manifest", "codebase", "archive", "lowsrc",
                                               "dynsrc", "profile", "usemap", "href"};

bool loads(std::string_view attribute) {
    return std::find(std::begin(kLoadingAttributes), std::end(kLoadingAttributes), attribute) !=
           std::end(kLoadingAttributes);
}

// A Pandoc template's directives ($if(x)$, $endfor$, ${ for(x) }, $-- comment) become a space,
// so none can hide an attribute from the scan by standing right before it; variables ($css$)
// stay as written.
Decoded without_directives(const Decoded& d) {
    static const std::regex directive(
        R"(\$(--[^\n]*|(if|elseif|for)\([^)$]*\)\$|(else|endif|endfor|sep)\$)|\$\{\s*((if|elseif|for)\([^)}]*\)|else|endif|endfor|sep)\s*\})");
    Decoded out;
    std::size_t at = 0;
    for (auto it = std::sregex_iterator(d.text.begin(), d.text.end(), directive); it != std::sregex_iterator(); ++it) {
        auto start = static_cast<std::size_t>(it->position());
        for (std::size_t i = at; i < start; ++i) out.add(std::string_view(&d.text[i], 1), d.from[i]);
        out.add(" ", d.from[start]);
        at = start + static_cast<std::size_t>(it->length());
    }
    for (std::size_t i = at; i < d.text.size(); ++i) out.add(std::string_view(&d.text[i], 1), d.from[i]);
    return out;
}

// The first attribute that loads something, found by reading the tags as an HTML parser does
// (a '<' inside a quoted value starts no tag): its value may be empty, Pandoc's $css$ (which
// legeplan never sets), or, on <a> and <area> alone, an href that allowed_link lets through.
std::optional<ResourceProblem> loading_attribute(const Decoded& d) {
    const std::string& t = d.text;
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] != '<' || i + 1 >= t.size() || !std::isalpha(static_cast<unsigned char>(t[i + 1]))) continue;
        std::size_t j = i + 1;
        while (j < t.size() && !space(t[j]) && t[j] != '/' && t[j] != '>') ++j;
        std::string tag = t.substr(i + 1, j - i - 1);
        while (j < t.size() && t[j] != '>') {
            if (space(t[j]) || t[j] == '/') {
                ++j;
                continue;
            }
            std::size_t name_start = j;
            while (j < t.size() && !space(t[j]) && t[j] != '/' && t[j] != '>' && t[j] != '=') ++j;
            std::string name = t.substr(name_start, j - name_start);
            std::size_t k = j;
            while (k < t.size() && space(t[k])) ++k;
            std::string value;
            if (k < t.size() && t[k] == '=') {
                ++k;
                while (k < t.size() && space(t[k])) ++k;
                char quote = k < t.size() && (t[k] == '"' || t[k] == '\'') ? t[k] : 0;
                std::size_t value_start = quote ? k + 1 : k;
                std::size_t value_end = value_start;
                while (value_end < t.size() && (quote ? t[value_end] != quote : !space(t[value_end]) && t[value_end] != '>')) {
                    ++value_end;
                }
                value = t.substr(value_start, value_end - value_start);
                j = quote && value_end < t.size() ? value_end + 1 : value_end;
            }
            if (name.empty()) {
                ++j;
                continue;
            }
            if (!loads(name)) continue;
            std::string bare = trimmed(value, " \t\n\r\f");  // HTML's whitespace
            bool harmless = bare.empty() || bare == "$css$" ||
                            (name == "href" && (tag == "a" || tag == "area") && allowed_link(bare));
            if (!harmless) return ResourceProblem{d.from[name_start], "'" + name + "='"};
        }
    }
    return std::nullopt;
}

// The first call of a partial template ($name()$, ${ name() }, $x:name()[, ]$): Pandoc reads it
// from beside the template by a name that may hold '/' and '..'. Only Pandoc's own styles.html
// is let through.
std::optional<ResourceProblem> partial_call(const Decoded& d) {
    static const std::regex call(R"(([A-Za-z0-9_./:\\-]*)\(\)\s*(\$|\}|\[))");
    for (auto it = std::sregex_iterator(d.text.begin(), d.text.end(), call); it != std::sregex_iterator(); ++it) {
        std::string name = (*it)[1].str();
        std::size_t colon = name.rfind(':');
        if (colon != std::string::npos) name = name.substr(colon + 1);
        if (name == "styles.html") continue;
        return ResourceProblem{d.from[static_cast<std::size_t>(it->position())], fill(tr("a partial template ('{name}()')"), {{"name", name}})};
    }
    return std::nullopt;
}

std::optional<ResourceProblem> earliest(std::optional<ResourceProblem> a, std::optional<ResourceProblem> b) {
    if (!a) return b;
    if (!b) return a;
    return b->offset < a->offset ? b : a;
}

}  // namespace

std::optional<ResourceProblem> css_problem(std::string_view css) {
    // The stylesheet goes into a <style> element, where character references are not decoded;
    // a browser reads it as CSS alone. Decoding them too costs nothing and covers an SVG's CSS.
    // "</" would end the <style> element and let the rest be read as HTML.
    Decoded plain = decode_css(as_written(css));
    Decoded both = decode_css(decode_references(as_written(css)));
    return earliest(first_of(plain, {LEGEPLAN_CSS_LOADS, "</"}), first_of(both, {LEGEPLAN_CSS_LOADS}));
}

std::optional<ResourceProblem> html_template_problem(std::string_view html) {
    Decoded decoded = decode_references(as_written(html));
    Decoded css = decode_css(decoded);
    auto found = earliest(first_of(decoded, {LEGEPLAN_HTML_LOADS}), first_of(css, {LEGEPLAN_CSS_LOADS}));
    found = earliest(found, loading_attribute(without_directives(decoded)));
    found = earliest(found, partial_call(decoded));
    if (has_event_attribute(decoded.text)) {
        std::size_t at = decoded.text.find(" on");
        found = earliest(found, ResourceProblem{at == std::string::npos ? 0 : decoded.from[at + 1], tr("an event attribute (on…=)")});
    }
    return found;
}

bool allowed_link(std::string_view target) {
    if (!target.empty() && target[0] == '#') return target.size() > 1;
    for (std::string_view scheme : {"https://", "http://", "mailto:"}) {
        if (starts_with_ci(target, scheme) && target.size() > scheme.size()) return true;
    }
    return false;
}

std::string picture_path_problem(std::string_view path) {
    if (path.empty()) return tr("the picture has no file name");
    if (path.find(':') != std::string_view::npos || path.substr(0, 2) == "//") {
        return tr("pictures come from the plan's folder, not from an address");
    }
    if (path[0] == '/') return tr("an absolute path leaves the plan's folder");
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = std::min(path.find('/', start), path.size());
        std::string_view part = path.substr(start, end - start);
        if (part == "..") return tr("'..' leaves the plan's folder");
        if (part.empty() || part == ".") return tr("the path has an empty or '.' part");
        start = end + 1;
    }
    for (unsigned char c : path) {
        bool ok = c >= 0x80 || std::isalnum(c) || c == '.' || c == '_' || c == '-' || c == '/';
        if (!ok) return tr("a picture's file name may hold letters, digits, '.', '_', '-' and '/' only");
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
    // The same, spelt with character references or CSS escapes (u&#114;l(, @\69mport).
    Decoded decoded = decode_references(as_written(text));
    Decoded css = decode_css(decoded);
    if (first_of(decoded, {"href", "<script", "<foreignobject", "<!entity", "javascript:"}) ||
        first_of(css, {LEGEPLAN_CSS_LOADS})) {
        return PictureType::none;
    }
    if (has_event_attribute(text) || has_event_attribute(decoded.text)) return PictureType::none;
    if (content.size() > text.size()) return PictureType::none;  // too large to have been read whole
    return PictureType::svg;
}

}  // namespace legeplan

#include "publish/html_page.h"

#include <fstream>
#include <regex>
#include <sstream>

#include "publish/output.h"
#include "text/translate.h"

namespace legeplan {

namespace {

// Pandoc 2.17 writes a header cell as `<th>` or `<th style="…">`; its HTML writer has no way to
// say scope, and a Lua filter cannot give a cell an attribute the writer then prints.
std::string with_header_scope(const std::string& html) {
    std::string out;
    out.reserve(html.size() + html.size() / 50);
    size_t from = 0;
    for (size_t at = html.find("<th", from); at != std::string::npos; at = html.find("<th", from)) {
        size_t after = at + 3;
        bool header_cell = after < html.size() && (html[after] == '>' || html[after] == ' ');
        out.append(html, from, after - from);
        if (header_cell && html.compare(after, 7, " scope=") != 0) out += " scope=\"col\"";
        from = after;
    }
    out.append(html, from, std::string::npos);
    return out;
}

// A table that has no caption (a key figure the plan gave none, the cost chapter's tables, whose
// section heading says what they hold) is named by the heading it stands under, so a screen
// reader announces more than "table". Pandoc writes headings as `<hN id="…">`.
std::string with_table_names(const std::string& html) {
    std::string out;
    std::string heading_id;
    size_t from = 0;
    for (size_t at = html.find('<', from); at != std::string::npos; at = html.find('<', from)) {
        out.append(html, from, at - from);
        from = at + 1;
        out += '<';
        bool heading = at + 3 < html.size() && html[at + 1] == 'h' && html[at + 2] >= '1' && html[at + 2] <= '6' &&
                       (html[at + 3] == ' ' || html[at + 3] == '>');
        if (heading) {
            std::string tag = html.substr(at, html.find('>', at) - at);
            size_t id = tag.find(" id=\"");
            if (id != std::string::npos) heading_id = tag.substr(id + 5, tag.find('"', id + 5) - id - 5);
        } else if (html.compare(at, 6, "<table") == 0 && at + 6 < html.size() &&
                   (html[at + 6] == ' ' || html[at + 6] == '>') && !heading_id.empty()) {
            size_t tag_end = html.find('>', at);
            bool captioned = tag_end != std::string::npos && html.compare(tag_end + 1, 10, "\n<caption>") == 0;
            if (!captioned) {
                out += "table aria-labelledby=\"" + heading_id + "\"";
                from = at + 6;
            }
        }
    }
    out.append(html, from, std::string::npos);
    return out;
}

// Where the div opened at `open` ends (just past its `</div>`), counting the divs inside it.
size_t end_of_div(const std::string& html, size_t open) {
    int depth = 0;
    size_t at = open;
    while (at != std::string::npos) {
        size_t next_open = html.find("<div", at);
        size_t next_close = html.find("</div>", at);
        if (next_close == std::string::npos) return std::string::npos;
        if (next_open != std::string::npos && next_open < next_close) {
            ++depth;
            at = next_open + 4;
        } else {
            if (--depth == 0) return next_close + 6;
            at = next_close + 6;
        }
    }
    return std::string::npos;
}

std::string with_front_matter_on_cover(const std::string& html) {
    size_t header_end = html.find("</header>");
    size_t main_start = html.find("<main");
    if (header_end == std::string::npos || main_start == std::string::npos || header_end > main_start) return html;
    const std::string front_matter = "<div class=\"front-matter\"";
    size_t open = html.find(front_matter, main_start);
    if (open == std::string::npos) return html;
    char after = html[open + front_matter.size()];  // the tag's end, or its next attribute
    if (after != '>' && after != ' ') return html;
    size_t close = end_of_div(html, open);
    if (close == std::string::npos) return html;
    std::string front = html.substr(open, close - open);
    std::string out = html.substr(0, header_end) + front + "\n" + html.substr(header_end, open - header_end);
    size_t rest = close < html.size() && html[close] == '\n' ? close + 1 : close;
    return out + html.substr(rest);
}

// A span of years in the title ("2027–2030") stays on one line: a line may break after an en
// dash, and the cover would end on a lone "2030".
std::string with_whole_year_spans(const std::string& html) {
    const std::string open = "<h1 class=\"title\">";
    std::size_t start = html.find(open);
    std::size_t end = start == std::string::npos ? start : html.find("</h1>", start);
    if (end == std::string::npos) return html;
    start += open.size();
    static const std::regex years("([0-9]{4})\u2013([0-9]{4})");
    std::string title = std::regex_replace(html.substr(start, end - start), years,
                                           "<span class=\"years\">$1\u2013$2</span>");
    return html.substr(0, start) + title + html.substr(end);
}

}  // namespace

std::string finish_html_page(const std::string& html) {
    return with_whole_year_spans(with_front_matter_on_cover(with_table_names(with_header_scope(html))));
}

bool finish_html_file(const std::string& path, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = fill(tr("cannot read {path} to finish the HTML page"), {{"path", path}});
        return false;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return write_file_atomically(path, finish_html_page(text.str()), error);
}

}  // namespace legeplan

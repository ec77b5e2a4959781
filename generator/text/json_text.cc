#include "text/json_text.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace legeplan {

Json Json::object() { return Json(Kind::object); }
Json Json::array() { return Json(Kind::array); }
Json::Json(std::string text) : kind_(Kind::string), string_(std::move(text)) {}
Json::Json(const char* text) : Json(std::string(text)) {}
Json::Json(bool value) : kind_(Kind::boolean), boolean_(value) {}

Json& Json::set(const std::string& key, Json value) {
    if (kind_ != Kind::object) throw std::logic_error("Json::set on a value that is not an object");
    auto found = std::find(keys_.begin(), keys_.end(), key);
    if (found != keys_.end()) {
        values_[found - keys_.begin()] = std::move(value);
    } else {
        keys_.push_back(key);
        values_.push_back(std::move(value));
    }
    return *this;
}

Json& Json::merge(const Json& other) {
    if (other.kind_ != Kind::object) throw std::logic_error("Json::merge of a value that is not an object");
    for (std::size_t i = 0; i < other.keys_.size(); ++i) set(other.keys_[i], other.values_[i]);
    return *this;
}

Json& Json::push(Json value) {
    if (kind_ != Kind::array) throw std::logic_error("Json::push on a value that is not an array");
    values_.push_back(std::move(value));
    return *this;
}

std::string json_quote(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (byte < 0x20) {
                    char escaped[7];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", byte);
                    out += escaped;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

void Json::write(std::string& out, int depth) const {
    switch (kind_) {
        case Kind::string: out += json_quote(string_); return;
        case Kind::number: out += std::to_string(number_); return;
        case Kind::boolean: out += boolean_ ? "true" : "false"; return;
        case Kind::array:
        case Kind::object: break;
    }
    bool is_object = kind_ == Kind::object;
    if (values_.empty()) {
        out += is_object ? "{}" : "[]";
        return;
    }
    if (!is_object && std::all_of(values_.begin(), values_.end(),
                                  [](const Json& v) { return v.scalar(); })) {
        out += "[";
        for (std::size_t i = 0; i < values_.size(); ++i) {
            if (i > 0) out += ", ";
            values_[i].write(out, depth + 1);
        }
        out += "]";
        return;
    }
    std::string indent(2 * (depth + 1), ' ');
    out += is_object ? "{\n" : "[\n";
    for (std::size_t i = 0; i < values_.size(); ++i) {
        out += indent;
        if (is_object) out += json_quote(keys_[i]) + ": ";
        values_[i].write(out, depth + 1);
        out += i + 1 < values_.size() ? ",\n" : "\n";
    }
    out += std::string(2 * depth, ' ') + (is_object ? "}" : "]");
}

std::string Json::text() const {
    std::string out;
    write(out, 0);
    return out + "\n";
}

}  // namespace legeplan

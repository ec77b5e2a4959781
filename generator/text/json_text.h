// A JSON value built in memory and written as text. Objects keep their keys in the order they were
// set, so the same value always gives the same bytes.
#pragma once

#include <concepts>
#include <string>
#include <vector>

namespace legeplan {

class Json {
public:
    static Json object();
    static Json array();
    Json(std::string text);  // a string
    Json(const char* text);
    template <std::integral T>
        requires(!std::same_as<T, bool>)
    Json(T number) : kind_(Kind::number), number_(static_cast<long long>(number)) {}
    Json(bool value);

    // Sets key on an object (a key set again keeps its first place); returns the object.
    Json& set(const std::string& key, Json value);
    // Sets each key of another object on this one, in its order; returns this object.
    Json& merge(const Json& other);
    // Appends to an array; returns the array.
    Json& push(Json value);
    bool empty() const { return values_.empty(); }

    // Indented by two spaces, an array of scalars on one line, ending in a newline. Strings are
    // escaped as JSON requires; text beyond ASCII is written as it is (UTF-8).
    std::string text() const;

private:
    enum class Kind { string, number, boolean, array, object };
    explicit Json(Kind kind) : kind_(kind) {}
    void write(std::string& out, int depth) const;
    bool scalar() const { return kind_ != Kind::array && kind_ != Kind::object; }

    Kind kind_;
    std::string string_;
    long long number_ = 0;
    bool boolean_ = false;
    std::vector<std::string> keys_;  // for an object, beside values_
    std::vector<Json> values_;
};

// text as a JSON string literal, quotes included.
std::string json_quote(const std::string& text);

}  // namespace legeplan

// What Word reads out for a picture (its alt text, wp:docPr's descr). Pandoc's DOCX writer
// describes a figure by its caption; legeplan's charts have an alt text of their own that names
// every bar's sum, and it goes in there instead.
#pragma once

#include <pugixml.hpp>

#include <map>
#include <string>

namespace legeplan {

// Gives each picture whose description is a key of descriptions that key's value (a chart's
// caption → its alt text). Returns the number of pictures changed.
int describe_pictures(pugi::xml_document& document, const std::map<std::string, std::string>& descriptions);

}  // namespace legeplan

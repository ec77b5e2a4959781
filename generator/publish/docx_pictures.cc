#include "publish/docx_pictures.h"

namespace legeplan {

int describe_pictures(pugi::xml_document& document, const std::map<std::string, std::string>& descriptions) {
    if (descriptions.empty()) return 0;
    int changed = 0;
    for (const pugi::xpath_node& found : document.select_nodes("//wp:docPr")) {
        pugi::xml_attribute descr = found.node().attribute("descr");
        auto described = descriptions.find(descr.value());
        if (!descr || described == descriptions.end()) continue;
        descr.set_value(described->second.c_str());
        ++changed;
    }
    return changed;
}

}  // namespace legeplan

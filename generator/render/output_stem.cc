#include "render/output_stem.h"

#include "text/slug.h"

namespace legeplan {

std::string output_stem(const Metadata& meta) {
    std::string municipality = slug(meta.municipality);
    if (municipality.empty()) municipality = "plan";
    return municipality + "-" + std::to_string(meta.period.from) + "-" + std::to_string(meta.period.to);
}

}  // namespace legeplan

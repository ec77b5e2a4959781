#include "plan/topics.h"

#include <array>
#include <stdexcept>

namespace legeplan {

namespace {

using T = Topic;

constexpr std::array kTopics = {
    TopicInfo{T::gp_scheme, "gp_scheme", "fastlegeordningen og kapasiteten",
              "fastlegeordninga og kapasiteten", true},
    TopicInfo{T::availability, "availability", "tilgjengelighet", "tilgjenge", false},
    TopicInfo{T::legevakt, "legevakt", "legevakt og legevaktsentral", "legevakt og legevaktsentral", true},
    TopicInfo{T::public_duties, "public_duties", "offentlige allmennlegeoppgaver",
              "offentlege allmennlegeoppgåver", true},
    TopicInfo{T::competence, "competence", "kompetanse og spesialisering",
              "kompetanse og spesialisering", false},
    TopicInfo{T::cooperation, "cooperation", "LSU og samarbeid", "LSU og samarbeid", true},
    TopicInfo{T::quality, "quality", "kvalitet og pasientsikkerhet", "kvalitet og pasienttryggleik", false},
    TopicInfo{T::community_medicine, "community_medicine", "samfunnsmedisin", "samfunnsmedisin", true},
    TopicInfo{T::acute_beds, "acute_beds", "kommunale akutte døgnplasser",
              "kommunale akutte døgnplassar", false},
    TopicInfo{T::recruitment, "recruitment", "rekruttering og stabilitet", "rekruttering og stabilitet", false},
    TopicInfo{T::finances, "finances", "økonomi", "økonomi", false},
    TopicInfo{T::follow_up, "follow_up", "oppfølging og rullering", "oppfølging og rullering", false},
};

}  // namespace

std::span<const TopicInfo> topics() { return kTopics; }

const TopicInfo& topic_info(Topic topic) {
    for (const TopicInfo& t : kTopics) {
        if (t.topic == topic) return t;
    }
    throw std::logic_error("topic_info: a topic without an entry");
}

}  // namespace legeplan

// The topics a plan for legetjenesten covers: chapters and sections name theirs (`topics:`), so
// that the rule check can say which required topic no part of the plan covers. The list and
// which topics are required rest on docs/rules-sources.md (rule 10); their Norwegian names are
// here rather than in label files because the terminal (legeplan rules) shows them as well as
// the document.
#pragma once

#include <span>
#include <string_view>

namespace legeplan {

enum class Topic {
    gp_scheme,           // fastlegeordningen and its capacity
    availability,        // tilgjengelighet
    legevakt,            // legevakt and legevaktsentral
    public_duties,       // allmennlegeoppgaver: nursing homes, health stations, prison …
    competence,          // competence and specialist training (LIS1, ALIS, supervision)
    cooperation,         // LSU and cooperation with GPs, hospital and other services
    quality,             // quality and patient safety
    community_medicine,  // samfunnsmedisin and the kommuneoverlege
    acute_beds,          // municipal acute beds (KAD/ØHD)
    recruitment,         // recruiting and keeping doctors
    finances,            // økonomi
    follow_up,           // follow-up and revision of the plan
};

struct TopicInfo {
    Topic topic;
    std::string_view word;  // as a plan writes it: "legevakt"
    std::string_view nb;    // as a bokmål reader reads it
    std::string_view nn;
    bool required;          // a plan that names topics is warned when none of its parts covers it
};

// Every topic, in the order the documentation lists them.
std::span<const TopicInfo> topics();

const TopicInfo& topic_info(Topic topic);

}  // namespace legeplan

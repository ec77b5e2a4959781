#include "plan/choice_keys.h"

namespace legeplan {

std::string label_key(Funding value) {
    switch (value) {
        case Funding::existing_budget: return "funding_existing_budget";
        case Funding::new_money: return "funding_new_money";
        case Funding::state_grant: return "funding_state_grant";
        case Funding::external: return "funding_external";
        case Funding::other: return "funding_other";
        case Funding::none: break;
    }
    return "";
}

std::string label_key(Priority value) {
    switch (value) {
        case Priority::high: return "priority_high";
        case Priority::medium: return "priority_medium";
        case Priority::low: return "priority_low";
        case Priority::none: break;
    }
    return "";
}

std::string label_key(MeasureStatus value) {
    switch (value) {
        case MeasureStatus::proposed: return "measure_status_proposed";
        case MeasureStatus::planned: return "measure_status_planned";
        case MeasureStatus::in_progress: return "measure_status_in_progress";
        case MeasureStatus::done: return "measure_status_done";
        case MeasureStatus::postponed: return "measure_status_postponed";
        case MeasureStatus::dropped: return "measure_status_dropped";
        case MeasureStatus::none: break;
    }
    return "";
}

std::string label_key(PlanStatus value) {
    switch (value) {
        case PlanStatus::draft: return "status_draft";
        case PlanStatus::sent_to_lsu: return "status_sent_to_lsu";
        case PlanStatus::lsu_statement: return "status_lsu_statement";
        case PlanStatus::sent_to_council: return "status_sent_to_council";
        case PlanStatus::adopted: return "status_adopted";
    }
    return "";
}

std::string label_key(LsuPosition value) {
    switch (value) {
        case LsuPosition::supports: return "lsu_position_supports";
        case LsuPosition::supports_with_changes: return "lsu_position_supports_with_changes";
        case LsuPosition::does_not_support: return "lsu_position_does_not_support";
    }
    return "";
}

std::string label_key(PublicTask value) {
    switch (value) {
        case PublicTask::nursing_home: return "public_task_nursing_home";
        case PublicTask::health_station: return "public_task_health_station";
        case PublicTask::supervision: return "public_task_supervision";
        case PublicTask::community_medicine: return "public_task_community_medicine";
        case PublicTask::refugee_health: return "public_task_refugee_health";
        case PublicTask::prison: return "public_task_prison";
        case PublicTask::other: return "public_task_other";
    }
    return "";
}

}  // namespace legeplan

#include "render/plan_status.h"

namespace legeplan {

bool marked_as_draft(PlanStatus status) {
    return status == PlanStatus::draft || status == PlanStatus::sent_to_lsu || status == PlanStatus::lsu_statement;
}

std::string status_mark(PlanStatus status, const Labels& labels) {
    switch (status) {
        case PlanStatus::draft: return labels.get("status_mark_draft");
        case PlanStatus::sent_to_lsu: return labels.get("status_mark_sent_to_lsu");
        case PlanStatus::lsu_statement: return labels.get("status_mark_lsu_statement");
        case PlanStatus::sent_to_council: return labels.get("status_mark_sent_to_council");
        case PlanStatus::adopted: return labels.get("status_mark_adopted");
    }
    return {};
}

std::string status_line(const Metadata& meta, const Labels& labels) {
    if (meta.status == PlanStatus::sent_to_council && !meta.adopted_by.empty()) {
        return labels.get("status_proposal_to") + " " + meta.adopted_by;
    }
    if (meta.status != PlanStatus::adopted || !meta.adopted) return status_mark(meta.status, labels);
    const Adoption& a = *meta.adopted;
    const std::string& body = a.body.empty() ? meta.adopted_by : a.body;
    std::string line = body.empty() ? status_mark(meta.status, labels) : labels.get("status_adopted_in") + " " + body;
    if (a.date) line += " " + date_text(*a.date, labels);
    if (!a.case_number.empty()) line += ", " + labels.get("status_case") + " " + a.case_number;
    return line;
}

}  // namespace legeplan

#include "render/document/doctors_table.h"

#include <algorithm>
#include <cctype>

#include "plan/choice_keys.h"
#include "render/figure_text.h"

namespace legeplan {

namespace {

using kainjow::mustache::data;

constexpr const char* kNbsp = "\xC2\xA0";

// A figure the way the rest of the document writes numbers: "31,5", "1 200" (no-break space).
// trim drops trailing zeros ("3,75", "4"); otherwise every decimal is kept ("4,20", "4,0").
std::string number(std::int64_t value, int decimals, bool trim) {
    return figure_text(point_text(value, decimals, trim));
}

std::string hours(Hundredths h) { return number(h, 2, true); }
std::string whole(std::int64_t n) { return number(n, 0, true); }
std::string maybe_whole(const std::optional<std::int64_t>& n) { return n ? whole(*n) : "–"; }

// "{name}" in text replaced by value.
std::string filled(std::string text, const std::string& name, const std::string& value) {
    const std::string tag = "{" + name + "}";
    for (auto at = text.find(tag); at != std::string::npos; at = text.find(tag, at + value.size())) {
        text.replace(at, tag.size(), value);
    }
    return text;
}

// The public hours in all, then task by task in the plan's order: "6 (sykehjem 4, helsestasjon
// 2)", "15 (samfunnsmedisin)" for one task, "0" for none. Ordinary spaces, so that a narrow
// column wraps between words rather than inside one.
std::string public_hours_text(const Doctor& d, const DoctorFigure& f, const Labels& labels) {
    std::string tasks;
    for (const PublicHours& h : d.public_hours) {
        if (!tasks.empty()) tasks += ", ";
        tasks += labels.get(label_key(h.task));
        if (d.public_hours.size() > 1) tasks += " " + hours(h.hours);
    }
    return hours(f.public_hours) + (tasks.empty() ? "" : " (" + tasks + ")");
}

data doctor_row(const Doctor& d, const DoctorFigure& f, const Labels& labels) {
    data r;
    r.set("name", d.name.empty() ? d.id : d.name);
    r.set("position", number(d.position, 3, true) + kNbsp + "%");
    r.set("public_hours", public_hours_text(d, f, labels));
    r.set("curative_hours", hours(f.curative_hours));
    r.set("curative_days", number(f.curative_days, 2, false));
    r.set("list_ceiling", d.list_ceiling ? whole(*d.list_ceiling) : labels.get("doctors_no_list"));
    r.set("list_per_day", maybe_whole(f.list_per_curative_day));
    r.set("list_per_fte", maybe_whole(f.list_per_curative_fte));
    return r;
}

data total_row(const DoctorFigures& f, const Labels& labels) {
    const std::string fte = " " + labels.get("fte");  // "5,00 årsverk", wrapped before the word
    data r;
    r.set("position", number(f.gp_fte.value, f.gp_fte.decimals, false) + fte);
    r.set("public_hours", hours(f.public_hours));
    r.set("curative_hours", hours(f.curative_hours));
    r.set("curative_fte", number(f.curative_fte.value, f.curative_fte.decimals, false) + fte);
    r.set("list_ceilings", f.lists > 0 ? whole(f.list_ceilings) : "–");
    return r;
}

// The municipality's figures from its listed patients, as far as they can be computed.
std::string patient_figures_text(const DoctorFigures& f, const Labels& labels) {
    std::string out;
    if (f.listed_patients && f.patients_per_curative_fte) {
        out = filled(filled(labels.get("doctors_patients_per_fte"), "patients", whole(*f.listed_patients)), "value",
                     whole(*f.patients_per_curative_fte));
    }
    if (f.corrected_list_length) {
        if (!out.empty()) out += " ";
        out += filled(labels.get("doctors_corrected_list_length"), "value", whole(*f.corrected_list_length));
    }
    return out;
}

bool speaks_of_gps(const Chapter& c) {
    auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return std::tolower(ch); });
        return s;
    };
    return lower(c.id).find("fastleg") != std::string::npos || lower(c.title).find("fastleg") != std::string::npos;
}

}  // namespace

data doctors_table(const DocumentParts& parts) {
    const Plan& plan = parts.plan;
    const DoctorFigures& f = parts.figures.doctors;
    data d;
    data rows(data::type::list);
    for (std::size_t i = 0; i < plan.doctors.size() && i < f.doctors.size(); ++i) {
        rows.push_back(doctor_row(plan.doctors[i], f.doctors[i], parts.labels));
    }
    d.set("rows", rows);
    d.set("total", total_row(f, parts.labels));
    std::string figures = patient_figures_text(f, parts.labels);
    d.set("patient_figures", figures);
    d.set("has_patient_figures", !figures.empty());
    return d;
}

const Chapter* doctors_chapter(const Plan& plan) {
    if (plan.doctors.empty()) return nullptr;
    for (const Chapter& c : plan.chapters) {
        if (c.doctors_table.value_or(false)) return &c;
    }
    for (const Chapter& c : plan.chapters) {
        if (c.doctors_table.value_or(true) && speaks_of_gps(c)) return &c;
    }
    return nullptr;
}

}  // namespace legeplan

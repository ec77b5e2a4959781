#include "render/diagnostics_json.h"

#include <algorithm>

#include "text/json_text.h"
#include "text/utf8.h"

namespace legeplan {

namespace {

Json diagnostic_json(const Diagnostic& d, const SourceFiles& files) {
    Json out = Json::object();
    out.set("code", std::string(d.code())).set("severity", severity_name(d.severity()));
    if (d.pos.file >= 0) out.set("file", utf8::replace_invalid(files.path(d.pos.file)));
    if (d.pos.known()) {
        out.set("line", d.pos.line);
        if (d.pos.col > 0) out.set("column", d.pos.col).set("length", std::max(1, d.pos.length));
    }
    out.set("message", utf8::replace_invalid(d.message));
    if (!d.hint.empty()) out.set("hint", utf8::replace_invalid(d.hint));
    if (!d.rule.empty()) out.set("rule", utf8::replace_invalid(d.rule));
    return out;
}

}  // namespace

std::string diagnostics_json(const std::vector<PlanDiagnostics>& plans) {
    Json listed = Json::array();
    for (const PlanDiagnostics& p : plans) {
        Json diagnostics = Json::array();
        for (const Diagnostic& d : listed_diagnostics(*p.diags)) diagnostics.push(diagnostic_json(d, *p.files));
        listed.push(Json::object()
                        .set("plan", utf8::replace_invalid(p.plan))
                        .set("errors", p.diags->error_count())
                        .set("warnings", p.diags->warning_count())
                        .set("diagnostics", diagnostics));
    }
    return Json::object().set("format", "legeplan-diagnostics").set("version", 1).set("plans", listed).text();
}

}  // namespace legeplan

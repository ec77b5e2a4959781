#include "figures/checked_sum.h"

#include "figures/figures.h"
#include "text/translate.h"

namespace legeplan {

void CheckedSum::add(Amount& into, Amount value, SourcePos at) {
    if (value > kMaxExactFigure - into) {
        if (!exceeded_at_) exceeded_at_ = at;
        return;
    }
    into += value;
}

void CheckedSum::report(Diagnostics& diags) const {
    if (!exceeded_at_) return;
    diags.report(DiagnosticKind::amount_overflow, *exceeded_at_,
                fill(tr("the plan's costs add up to more than {amount} kr, the largest sum a spreadsheet holds exactly"),
                     {{"amount", format_amount(kMaxExactFigure)}}),
                tr("check the amounts for extra digits"));
}

void report_too_large_cost(const Cost& cost, Diagnostics& diags) {
    diags.report(DiagnosticKind::amount_overflow, cost.pos,
                fill(tr("this cost comes to more than {amount} kr, the largest amount legeplan counts"),
                     {{"amount", format_amount(kMaxAmount)}}),
                tr("check the figures for extra digits"));
}

}  // namespace legeplan

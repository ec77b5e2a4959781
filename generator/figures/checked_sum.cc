#include "figures/checked_sum.h"

#include "figures/figures.h"

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
                "the plan's costs add up to more than " + format_amount(kMaxExactFigure) +
                    " kr, the largest sum a spreadsheet holds exactly",
                "check the amounts for extra digits");
}

void report_too_large_cost(const Cost& cost, Diagnostics& diags) {
    diags.report(DiagnosticKind::amount_overflow, cost.pos,
                "this cost comes to more than " + format_amount(kMaxAmount) +
                    " kr, the largest amount legeplan counts",
                "check the figures for extra digits");
}

}  // namespace legeplan

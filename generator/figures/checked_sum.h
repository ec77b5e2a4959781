// Adding kroner so that no sum can silently exceed what every output holds exactly.
#pragma once

#include <optional>

#include "plan/diag.h"
#include "plan/model.h"

namespace legeplan {

// Adds amounts, keeping every result at or below kMaxExactFigure (figures.h); remembers where
// the first sum went beyond it. All amounts in a plan are non-negative, so a partial sum never
// exceeds the final one and checking each addition checks them all.
class CheckedSum {
public:
    // into += value, unless that goes beyond the limit: then into is left as it was.
    void add(Amount& into, Amount value, SourcePos at);
    bool exceeded() const { return exceeded_at_.has_value(); }
    // Reports the first place a sum went beyond the limit (E029), if one did.
    void report(Diagnostics& diags) const;

private:
    std::optional<SourcePos> exceeded_at_;
};

// Reports a cost whose own value is larger than legeplan counts (E029).
void report_too_large_cost(const Cost& cost, Diagnostics& diags);

}  // namespace legeplan

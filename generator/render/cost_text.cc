#include "render/cost_text.h"

namespace legeplan {

namespace {

constexpr const char* kNbsp = "\xC2\xA0";

// Lower case for the letters a note and a label may differ in: A–Z and Latin-1's À–Þ (Æ, Ø, Å).
std::string folded(const std::string& text) {
    std::string out = text;
    for (std::size_t i = 0; i < out.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z') {
            out[i] = static_cast<char>(c + 32);
        } else if (c == 0xC3 && i + 1 < out.size()) {
            unsigned char next = static_cast<unsigned char>(out[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 32);
            ++i;
        }
    }
    return out;
}

bool says_already(const std::string& words, const std::string& note) {
    return folded(words).find(folded(note)) != std::string::npos;
}

std::string quantity_text(const MilliRange& q) {
    return q.is_range() ? format_milli(q.low) + "–" + format_milli(q.high) : format_milli(q.low);
}

}  // namespace

std::string kroner(Amount amount) { return format_amount(amount, kNbsp) + kNbsp + "kr"; }

std::string kroner_range(AmountRange r) { return amount_cell(r) + kNbsp + "kr"; }

std::string amount_cell(Amount amount) { return amount == 0 ? "–" : format_amount(amount, kNbsp); }

std::string amount_cell(AmountRange r) { return format_amount(r.low, kNbsp) + "–" + format_amount(r.high, kNbsp); }

std::string cost_text(const Cost& c, const CostFigure& figure, const Plan& plan, const PlanIndex& index,
                      const Labels& labels) {
    std::string out;
    if (figure.value) out = figure.value->is_range() ? kroner_range(*figure.value) : kroner(figure.value->low);
    if (c.share && figure.gross) {
        out += " (" + format_milli(c.share->percent) + kNbsp + "% " + labels.get("share_of") + " " +
               (figure.gross->is_range() ? kroner_range(*figure.gross) : kroner(figure.gross->low)) + ", " +
               labels.get("share_by") + " " + c.share->key + ")";
    }
    if (c.basis == CostBasis::fte && c.rate) {
        auto rate = index.rates.find(c.rate->id);
        if (rate != index.rates.end()) {
            out += " (" + quantity_text(c.quantity) + " " + labels.get("fte") + " × " +
                   kroner(rate->second->amount) + ")";
        }
    }
    const Period& p = plan.meta.period;
    if (c.type == CostType::yearly) {
        out += " " + labels.get("per_year");
        if (c.from != p.from || c.to != p.to) {
            // Piece by piece: "literal" + a temporary string trips a false -Wrestrict in g++ 12 -O3.
            out += ' ';
            out += std::to_string(c.from);
            out += "–";
            out += std::to_string(c.to);
        }
    } else {
        out += ", " + labels.get("one_time") + " " + labels.get("in_year") + " " + std::to_string(c.from);
    }
    if (!c.note.empty() && !says_already(out, c.note)) out += " (" + c.note + ")";
    return out;
}

std::string grants_text(const Measure& m, const Cost& c, const CostFigure& figure, const Labels& labels) {
    if (!figure.exact() || figure.grants == 0) return "";
    std::string per = c.type == CostType::yearly ? " " + labels.get("per_year") : "";
    if (c.grants.empty()) return kroner(figure.grants) + per + " (" + labels.text(label_key(effective_funding(m, c))) + ")";
    std::string out;
    for (const Grant& g : c.grants) {
        out += (out.empty() ? "" : "; ") + kroner(g.amount) + per + ": " + g.name + " (" +
               labels.text(label_key(g.funding)) + ")";
    }
    return out;
}

std::string net_text(const Cost& c, const CostFigure& figure, const Labels& labels) {
    if (!figure.exact() || figure.grants == 0) return "";
    return kroner(figure.net()) + (c.type == CostType::yearly ? " " + labels.get("per_year") : "");
}

std::string no_cost_text(const Measure& m, const MeasureFigures& mf, const Labels& labels) {
    if (!mf.sums.costs_nothing() || mf.sums.has_estimates) return "";
    return labels.get(m.funding == Funding::existing_budget ? "cost_within_budget" : "cost_not_estimated");
}

}  // namespace legeplan

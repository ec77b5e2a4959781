// libFuzzer target: any bytes as a plan file through load → build_model → validate, and the
// diagnostics formatted with their quoted lines. It must never crash, hang or leak.
#include <cstddef>
#include <cstdint>
#include <string>

#include "commands/check.h"
#include "plan/diag.h"
#include "memory_reader.h"
#include "render/summary.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    legeplan::fuzz::MemoryReader reader("plan.yaml", std::string(reinterpret_cast<const char*>(data), size));
    legeplan::CheckedPlan checked = legeplan::check_plan("plan.yaml", {}, reader);
    std::string text = legeplan::format_diagnostics(checked.diags, checked.files);
    if (checked.usable(false)) text += legeplan::summary_text(checked.figures);
    return 0;
}

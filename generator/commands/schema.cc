#include "commands/schema.h"

#include "plan/json_schema.h"
#include "text/translate.h"

namespace legeplan {

Outcome run_schema(const Arguments&, std::ostream& out, std::ostream& err) {
    out << plan_json_schema_text() << std::flush;
    if (out) return Outcome::ok;
    err << tr("legeplan: error: could not write the schema") << "\n";
    return Outcome::output_failed;
}

}  // namespace legeplan

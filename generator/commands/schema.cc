#include "commands/schema.h"

#include <iostream>

#include "commands/exit_codes.h"
#include "plan/json_schema.h"

namespace legeplan {

int print_schema(std::ostream& out) {
    out << plan_json_schema_text() << std::flush;
    if (out) return exit_code::ok;
    std::cerr << "legeplan: error: could not write the schema\n";
    return exit_code::output_failed;
}

}  // namespace legeplan

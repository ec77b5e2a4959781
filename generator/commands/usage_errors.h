// The command-line parser's (CLI11's) own errors in the user's language: its English sentences
// matched by their shape and said again through the message catalogs. The English catalog keeps
// CLI11's words, so that `--messages en` reads as before; a sentence of a shape not known here
// is passed on as CLI11 wrote it.
#pragma once

#include <string>

namespace legeplan {

std::string usage_error_text(const std::string& cli11_message);

}  // namespace legeplan

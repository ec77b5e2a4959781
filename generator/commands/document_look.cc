#include "commands/document_look.h"

namespace legeplan {

void apply_look(Publication& publication, const TemplateDirs& dirs, const std::string& css,
                const std::string& reference_doc, const Labels& labels) {
    publication.css = css.empty() ? dirs.find("plan.css") : css;
    publication.html_template = dirs.find("plan.html5");
    publication.reference_doc = reference_doc;
    if (publication.reference_doc.empty() && exists_quietly(dirs.find("reference.docx"))) {
        publication.reference_doc = dirs.find("reference.docx");
    }
    publication.page_word = labels.get("page");
    publication.of_word = labels.get("page_of");
}

}  // namespace legeplan

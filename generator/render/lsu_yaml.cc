#include "render/lsu_yaml.h"

#include <yaml-cpp/yaml.h>

#include "plan/choice_keys.h"
#include "plan/dates.h"

namespace legeplan {

namespace {

// The format's word for a position ("supports_with_changes"): its label key without the prefix.
std::string position_word(LsuPosition p) { return label_key(p).substr(std::string("lsu_position_").size()); }

}  // namespace

std::string lsu_yaml(const LsuStatement& statement, const std::vector<LsuMeeting>& meetings, Language language,
                     const std::string& form_name) {
    YAML::Emitter e;
    e.SetIndent(2);
    e << YAML::Comment(language == Language::nn
                           ? "Fråsegna frå LSU, henta frå skjemaet " + form_name +
                                 " med legeplan lsu import. Fila kan redigerast."
                           : "LSUs uttalelse, hentet fra skjemaet " + form_name +
                                 " med legeplan lsu import. Filen kan redigeres.");
    e << YAML::Newline << YAML::BeginMap << YAML::Key << "lsu" << YAML::Value << YAML::BeginMap;
    if (!meetings.empty()) {
        e << YAML::Key << "meetings" << YAML::Value << YAML::BeginSeq;
        for (const LsuMeeting& m : meetings) {
            e << YAML::BeginMap << YAML::Key << "date" << YAML::Value << iso_date(m.date);
            if (!m.note.empty()) e << YAML::Key << "note" << YAML::Value << m.note;
            e << YAML::EndMap;
        }
        e << YAML::EndSeq;
    }
    e << YAML::Key << "statement" << YAML::Value << YAML::BeginMap;
    e << YAML::Key << "date" << YAML::Value << iso_date(statement.date);
    e << YAML::Key << "text" << YAML::Value;
    if (statement.text.find('\n') != std::string::npos) e << YAML::Literal;
    e << statement.text;
    if (!statement.measures.empty()) {
        e << YAML::Key << "measures" << YAML::Value << YAML::BeginSeq;
        for (const LsuMeasureView& v : statement.measures) {
            e << YAML::BeginMap << YAML::Key << "measure" << YAML::Value << v.measure.id;
            e << YAML::Key << "position" << YAML::Value << position_word(v.position);
            if (!v.comment.empty()) {
                e << YAML::Key << "comment" << YAML::Value;
                if (v.comment.find('\n') != std::string::npos) e << YAML::Literal;
                e << v.comment;
            }
            e << YAML::EndMap;
        }
        e << YAML::EndSeq;
    }
    if (!statement.chapters.empty()) {
        e << YAML::Key << "chapters" << YAML::Value << YAML::BeginSeq;
        for (const LsuChapterComment& c : statement.chapters) {
            e << YAML::BeginMap << YAML::Key << "chapter" << YAML::Value << c.chapter.id;
            e << YAML::Key << "comment" << YAML::Value;
            if (c.comment.find('\n') != std::string::npos) e << YAML::Literal;
            e << c.comment << YAML::EndMap;
        }
        e << YAML::EndSeq;
    }
    e << YAML::EndMap << YAML::EndMap << YAML::EndMap;
    return std::string(e.c_str()) + "\n";
}

}  // namespace legeplan

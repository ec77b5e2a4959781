#include "plan/build_model.h"

#include <filesystem>
#include <functional>
#include <map>
#include <stdexcept>

#include "plan/format_spec.h"
#include "plan/key_figure_kinds.h"
#include "plan/node_reader.h"
#include "plan/placeholders.h"
#include "plan/text_references.h"
#include "text/translate.h"

namespace legeplan {

namespace fs = std::filesystem;

namespace {

// The words the format spec gives a choice key, paired in order with the values they stand for.
template <typename E>
std::vector<std::pair<std::string, E>> options(ObjectKind object, const std::string& key,
                                               const std::vector<E>& values) {
    const std::vector<std::string>& words = object_spec(object).words(key);
    if (words.size() != values.size()) {
        throw std::logic_error("the format spec gives '" + key + "' " +
                               std::to_string(words.size()) + " words, the loader " +
                               std::to_string(values.size()) + " values");
    }
    std::vector<std::pair<std::string, E>> out;
    for (std::size_t i = 0; i < words.size(); ++i) out.emplace_back(words[i], values[i]);
    return out;
}

template <typename E>
std::vector<std::pair<std::string, E>> options(ObjectKind object, const std::string& key,
                                               std::initializer_list<E> values) {
    return options(object, key, std::vector<E>(values));
}

// The two years of a period written as init --period takes it: "2027-2030", with an en dash
// or spaces around the dash as well.
std::optional<std::pair<int, int>> period_years(const std::string& text) {
    auto year_at = [&](std::size_t at) -> std::optional<int> {
        if (at + 4 > text.size()) return std::nullopt;
        for (std::size_t i = at; i < at + 4; ++i) {
            if (text[i] < '0' || text[i] > '9') return std::nullopt;
        }
        return std::stoi(text.substr(at, 4));
    };
    auto from = year_at(0);
    if (!from) return std::nullopt;
    std::size_t at = 4;
    while (at < text.size() && text[at] == ' ') ++at;
    if (text.compare(at, 1, "-") == 0) at += 1;
    else if (text.compare(at, 3, "\u2013") == 0 || text.compare(at, 3, "\u2212") == 0) at += 3;
    else return std::nullopt;
    while (at < text.size() && text[at] == ' ') ++at;
    auto to = year_at(at);
    if (!to || at + 4 != text.size()) return std::nullopt;
    return std::pair<int, int>{*from, *to};
}

const std::vector<MeasureStatus> kMeasureStatus = {
    MeasureStatus::proposed, MeasureStatus::planned,   MeasureStatus::in_progress,
    MeasureStatus::done,     MeasureStatus::postponed, MeasureStatus::dropped};

const std::vector<Funding> kFunding = {Funding::existing_budget, Funding::new_money,
                                       Funding::state_grant, Funding::external, Funding::other};

class ModelBuilder {
public:
    ModelBuilder(const PlanSources& sources, SourceFiles& files, Diagnostics& diags,
                 const LoadLimits& limits)
        : sources_(sources), files_(files), diags_(diags), limits_(limits), read_(diags) {}

    Plan build() {
        plan_.source_path = sources_.main_path;
        const NodePtr& root = sources_.main.root;
        if (!root || !read_.is_map(root, tr("a plan file"))) return plan_;
        Fields top(*root, tr("the plan file"), object_spec(ObjectKind::plan_file), diags_);
        report_placeholders(*root, files_, diags_);
        build_version(top);
        if (NodePtr meta = top.require("plan")) build_metadata(meta);
        if (NodePtr include = top.get("include")) read_.is_list(include, "include");
        if (NodePtr lsu = top.get("lsu")) build_lsu(lsu);
        if (NodePtr n = top.get("chief_medical_officer")) build_chief_medical_officer(n);
        if (NodePtr n = top.get("legevakt")) build_legevakt(n);
        each_map(top, "rule_notes", tr("a rule note"), [&](const NodePtr& item) {
            Fields f(*item, tr("rule note"), object_spec(ObjectKind::rule_note), diags_);
            RuleNote note;
            note.pos = item->pos;
            if (NodePtr n = f.require("rule")) set(read_.ref(n, tr("rule")), note.rule);
            if (NodePtr n = f.require("note")) set(read_.text(n, tr("rule note")), note.note);
            plan_.rule_notes.push_back(std::move(note));
        });
        if (NodePtr n = top.get("nursing_home_norm")) {
            plan_.nursing_home_norm = read_.hours(n, "nursing_home_norm");
            plan_.nursing_home_norm_pos = n->pos;
        }
        build_lists(top);
        std::map<std::string, SourcePos> included_at;  // each file read, by its resolved path
        for (const PlanSources::Include& include : sources_.includes) {
            std::string resolved;
            LoadedFile included = load_yaml_file_inside(sources_.folder, include.path, resolved, files_,
                                                        diags_, limits_, include.site, *sources_.reader,
                                                        sources_.totals.get());
            if (!resolved.empty()) {
                auto [first, added] = included_at.emplace(resolved, include.site);
                if (!added) {
                    report_repeated_include(include, resolved, first->second);
                    continue;
                }
            }
            if (included.file >= 0) folder_of_[included.file] = fs::path(resolved).parent_path().string();
            if (!included.root || !read_.is_map(included.root, tr("an included file"))) continue;
            Fields f(*included.root, tr("an included file"), object_spec(ObjectKind::included_file),
                     diags_);
            report_placeholders(*included.root, files_, diags_);
            build_lists(f);
            if (NodePtr lsu = f.get("lsu")) build_lsu(lsu);
        }
        if (plan_.chapters.empty() && !top.has("chapters")) top.require("chapters");
        number_chapters();
        return plan_;
    }

private:
    void report_repeated_include(const PlanSources::Include& include, const std::string& resolved,
                                 SourcePos first) {
        std::string message =
            include.path == resolved
                ? fill(tr("'{path}' is already included on line {line}"),
                       {{"path", include.path}, {"line", first.line}})
                // TRANSLATORS: {resolved} is the same file as {path}, its folders resolved.
                : fill(tr("'{path}' (as '{resolved}') is already included on line {line}"),
                       {{"path", include.path}, {"resolved", resolved}, {"line", first.line}});
        diags_.report(DiagnosticKind::repeated_include, include.site, message, tr("include each file once"));
    }

    void build_version(Fields& top) {
        NodePtr node = top.get("legeplan");
        if (!node) {
            diags_.report(DiagnosticKind::format_version, top.map().pos,
                          tr("the plan does not say which format version it is written in"),
                          tr("add the line 'legeplan: 1' at the top of the file"));
            return;
        }
        auto version = read_.integer(node, tr("legeplan (the format version)"), 0, 1'000'000);
        if (version && *version != 1) {
            diags_.report(DiagnosticKind::format_version, node->pos,
                          fill(tr("format version {version} is not one this legeplan reads (it reads version 1)"),
                               {{"version", *version}}),
                          tr("write 'legeplan: 1', or use a newer legeplan"));
        }
    }

    void build_lists(Fields& f) {
        each(f, "units", tr("a unit"), [&](const NodePtr& n) { build_unit(n); });
        each(f, "services", tr("a service"), [&](const NodePtr& n) { build_service(n); });
        each(f, "rates", tr("a rate"), [&](const NodePtr& n) { build_rate(n); });
        each(f, "chapters", tr("a chapter"), [&](const NodePtr& n) { build_chapter(n); });
        each(f, "goals", tr("a goal"), [&](const NodePtr& n) { build_goal(n); });
        each(f, "measures", tr("a measure"), [&](const NodePtr& n) { build_measure(n); });
        each(f, "key_figures", tr("a key figure"), [&](const NodePtr& n) { build_key_figure(n); });
        each(f, "doctors", tr("a doctor"), [&](const NodePtr& n) { build_doctor(n); });
        each(f, "appendices", tr("an appendix"), [&](const NodePtr& n) { build_appendix(n); });
        each(f, "assertions", tr("an assertion"), [&](const NodePtr& n) { build_assertion(n); });
        each(f, "follow_up", tr("a follow-up report"), [&](const NodePtr& n) { build_follow_up(n); });
    }

    // A top-level list: left empty ("units:") it is no list at all.
    void each(Fields& f, const std::string& key, const std::string& a_what,
              const std::function<void(const NodePtr&)>& build_one) {
        NodePtr list = f.get(key);
        if (!list || list->kind == YamlNode::Kind::null) return;
        each_map(f, key, a_what, build_one);
    }

    // Calls build_one for each map in the list under key; a value that is no list, and an item
    // that is no map (a_what: "a section"), are reported.
    void each_map(Fields& f, const std::string& key, const std::string& a_what,
                  const std::function<void(const NodePtr&)>& build_one) {
        NodePtr list = f.get(key);
        if (!list || !read_.is_list(list, key)) return;
        for (const NodePtr& item : list->items) {
            if (read_.is_map(item, a_what)) build_one(item);
        }
    }

    template <typename T>
    void set(std::optional<T> value, T& target) {
        if (value) target = std::move(*value);
    }

    void build_metadata(const NodePtr& node) {
        if (!read_.is_map(node, "plan")) return;
        Fields f(*node, tr("plan"), object_spec(ObjectKind::metadata), diags_);
        Metadata& m = plan_.meta;
        if (NodePtr n = f.require("municipality")) set(read_.text(n, "municipality"), m.municipality);
        if (NodePtr n = f.require("title")) set(read_.text(n, "title"), m.title);
        if (NodePtr n = f.require("period")) build_period(n);
        if (NodePtr n = f.require("language")) {
            set(read_.choice(n, "language",
                             options(ObjectKind::metadata, "language", {Language::nb, Language::nn})),
                m.language);
        }
        if (NodePtr n = f.require("status")) {
            m.status_pos = n->pos;
            set(read_.choice(n, "status",
                             options(ObjectKind::metadata, "status",
                                     {PlanStatus::draft, PlanStatus::sent_to_lsu,
                                      PlanStatus::lsu_statement, PlanStatus::sent_to_council,
                                      PlanStatus::adopted})),
                m.status);
        }
        if (NodePtr n = f.require("version")) set(read_.text(n, "version"), m.version);
        if (NodePtr n = f.require("date")) set(read_.date(n, "date", false), m.date);
        if (NodePtr n = f.get("adopted_by")) set(read_.text(n, "adopted_by"), m.adopted_by);
        if (NodePtr n = f.get("adopted")) build_adoption(n, f.key_pos("adopted"));
        if (NodePtr n = f.get("adopted_date")) {
            if (m.adopted && m.adopted->date) {
                diags_.report(DiagnosticKind::conflicting_keys, f.key_pos("adopted_date"),
                              tr("the plan gives its adoption date twice, in 'adopted_date' and 'adopted: date:'"),
                              tr("keep adopted: date:; adopted_date is the older way of writing it"));
            } else if (auto date = read_.date(n, "adopted_date", false)) {
                if (!m.adopted) m.adopted = Adoption{{}, {}, {}, f.key_pos("adopted_date")};
                m.adopted->date = date;
            }
        }
        if (NodePtr n = f.get("summary")) {
            set(read_.text(n, "summary"), m.summary);
            checked_text(m.summary, {n->pos, false});
        }
        if (NodePtr n = f.get("price_year")) {
            if (auto year = read_.year(n, "price_year")) {
                m.price_year = *year;
                m.price_year_pos = n->pos;
            }
        }
    }

    void build_adoption(const NodePtr& node, SourcePos pos) {
        if (!read_.is_map(node, "adopted")) return;
        Fields f(*node, tr("adopted"), object_spec(ObjectKind::adoption), diags_);
        Adoption a;
        a.pos = pos;
        if (NodePtr n = f.get("date")) a.date = read_.date(n, tr("adopted date"), false);
        if (NodePtr n = f.get("body")) set(read_.text(n, tr("adopted body")), a.body);
        if (NodePtr n = f.get("case")) set(read_.text(n, tr("adopted case")), a.case_number);
        plan_.meta.adopted = a;
    }

    void build_period(const NodePtr& node) {
        if (node->kind == YamlNode::Kind::scalar && !node->quoted) {
            if (auto years = period_years(node->value)) {
                // "2027-2030" is how init --period takes it; the plan writes the two years apart.
                diags_.report(DiagnosticKind::wrong_type, node->pos,
                              fill(tr("period must be a map with 'from' and 'to', found '{value}'"),
                                   {{"value", node->value}}),
                              fill(tr("write period: {{from: {from}, to: {to}}}"),
                                   {{"from", years->first}, {"to", years->second}}));
                return;
            }
        }
        if (!read_.is_map(node, "period")) return;
        Fields f(*node, tr("period"), object_spec(ObjectKind::period), diags_);
        NodePtr from = f.require("from");
        NodePtr to = f.require("to");
        if (!from || !to) return;
        auto y1 = read_.year(from, tr("period from"));
        auto y2 = read_.year(to, tr("period to"));
        if (!y1 || !y2) return;
        if (*y1 > *y2) {
            diags_.report(DiagnosticKind::invalid_period, to->pos,
                          fill(tr("the period ends ({to}) before it starts ({from})"), {{"to", *y2}, {"from", *y1}}));
            return;
        }
        if (*y2 - *y1 + 1 > 20) {
            diags_.report(DiagnosticKind::invalid_period, to->pos,
                          fill(tr("the period is {count} years long; a plan covers at most 20 years"),
                               {{"count", *y2 - *y1 + 1}}));
            return;
        }
        plan_.meta.period = {*y1, *y2, from->pos};
    }

    std::string id_of(Fields& f, const std::string& what) {
        NodePtr n = f.require("id");
        if (!n) return {};
        // An invalid id is reported here, and kept as written: references that repeat it are
        // then not reported a second time, as unknown.
        if (auto id = read_.id(n, what)) return *id;
        return n->kind == YamlNode::Kind::scalar ? n->value : std::string();
    }

    // Markdown text with its links and pictures checked where it was written.
    std::string checked_text(std::string text, const TextOrigin& origin) {
        check_text_references(text, origin, files_, sources_.folder, *sources_.reader, diags_, plan_.pictures);
        return text;
    }

    // text or text_file (exactly one when required).
    std::string markdown(Fields& f, const std::string& what, bool required) {
        NodePtr text = f.get("text");
        NodePtr file = f.get("text_file");
        if (text && file) {
            diags_.report(DiagnosticKind::conflicting_keys, f.key_pos("text_file"),
                          fill(tr("{what} has both 'text' and 'text_file'; give one of them"), {{"what", what}}));
            return {};
        }
        if (text) return checked_text(read_.text(text, fill(tr("{what} text"), {{"what", what}})).value_or(""), {text->pos, false});
        if (file) {
            auto rel = read_.text(file, fill(tr("{what} text_file"), {{"what", what}}));
            if (!rel) return {};
            auto naming = folder_of_.find(file->pos.file);
            std::string path = plan_relative_path(naming == folder_of_.end() ? "" : naming->second,
                                                  *rel, file->pos, diags_);
            std::string out;
            if (!path.empty() && read_text_file(sources_, path, file->pos, out, files_, diags_, limits_)) {
                if (auto bad = first_forbidden_char(out)) {
                    report_forbidden_char(diags_, file->pos, fill(tr("{what} text file"), {{"what", what}}), *bad);
                    return {};
                }
                checked_text(out, {SourcePos{files_.count() - 1, 1, 1, 1}, true});
                report_placeholders_in_file(files_.count() - 1, files_, diags_);
            }
            return out;
        }
        if (required) {
            f.report_missing("text", "text_file");
        }
        return {};
    }

    void build_unit(const NodePtr& node) {
        Fields f(*node, tr("unit"), object_spec(ObjectKind::unit), diags_);
        Unit u;
        u.pos = node->pos;
        u.id = id_of(f, tr("unit id"));
        if (NodePtr n = f.require("name")) set(read_.text(n, tr("unit name")), u.name);
        if (NodePtr n = f.get("parent")) u.parent = read_.ref(n, tr("unit parent"));
        if (NodePtr n = f.get("ansvar")) set(read_.text(n, "ansvar"), u.ansvar);
        plan_.units.push_back(std::move(u));
    }

    void build_service(const NodePtr& node) {
        Fields f(*node, tr("service"), object_spec(ObjectKind::service), diags_);
        Service s;
        s.pos = node->pos;
        s.id = id_of(f, tr("service id"));
        if (NodePtr n = f.require("name")) set(read_.text(n, tr("service name")), s.name);
        if (NodePtr n = f.get("description")) set(read_.text(n, tr("service description")), s.description);
        plan_.services.push_back(std::move(s));
    }

    void build_rate(const NodePtr& node) {
        Fields f(*node, tr("rate"), object_spec(ObjectKind::rate), diags_);
        Rate r;
        r.pos = node->pos;
        r.id = id_of(f, tr("rate id"));
        if (NodePtr n = f.require("name")) set(read_.text(n, tr("rate name")), r.name);
        if (NodePtr n = f.require("amount")) {
            if (auto a = read_.amount(n, tr("rate amount"))) {
                if (*a == 0) {
                    diags_.report(DiagnosticKind::meaningless_cost, n->pos,
                                  tr("rate amount is 0, which makes every FTE cost on it 0"));
                }
                r.amount = *a;
            }
        }
        plan_.rates.push_back(std::move(r));
    }

    void build_chapter(const NodePtr& node) {
        Fields f(*node, tr("chapter"), object_spec(ObjectKind::chapter), diags_);
        Chapter c;
        c.pos = node->pos;
        c.id = id_of(f, tr("chapter id"));
        if (NodePtr n = f.require("title")) set(read_.text(n, tr("chapter title")), c.title);
        if (NodePtr n = f.get("numbered")) set(read_.boolean(n, "numbered"), c.numbered);
        if (NodePtr n = f.get("cost_table")) set(read_.boolean(n, "cost_table"), c.cost_table);
        if (NodePtr n = f.get("doctors_table")) c.doctors_table = read_.boolean(n, "doctors_table");
        if (NodePtr n = f.get("services")) c.services = read_.ref_list(n, tr("chapter services"), false);
        if (NodePtr n = f.get("topics")) c.topics = topic_list(n, ObjectKind::chapter);
        c.text = markdown(f, tr("chapter"), false);
        each_map(f, "sections", tr("a section"), [&](const NodePtr& item) { c.sections.push_back(build_section(item)); });
        plan_.chapters.push_back(std::move(c));
    }

    // The topics a chapter or section names: a list of the words plan/topics.h gives (one word
    // alone is taken as a list of one).
    std::vector<Topic> topic_list(const NodePtr& node, ObjectKind object) {
        std::vector<std::pair<std::string, Topic>> words;
        for (const TopicInfo& t : topics()) words.emplace_back(std::string(t.word), t.topic);
        if (object_spec(object).words("topics").size() != words.size()) {
            throw std::logic_error("the format spec's topics differ from plan/topics.h");
        }
        std::vector<Topic> out;
        if (node->kind == YamlNode::Kind::scalar) {
            if (auto t = read_.choice(node, tr("topic"), words)) out.push_back(*t);
            return out;
        }
        if (!read_.is_list(node, "topics")) return out;
        for (const NodePtr& item : node->items) {
            if (auto t = read_.choice(item, tr("topic"), words)) out.push_back(*t);
        }
        return out;
    }

    Section build_section(const NodePtr& node) {
        Fields f(*node, tr("section"), object_spec(ObjectKind::section), diags_);
        Section s;
        s.pos = node->pos;
        s.id = id_of(f, tr("section id"));
        if (NodePtr n = f.require("title")) set(read_.text(n, tr("section title")), s.title);
        if (NodePtr n = f.get("services")) s.services = read_.ref_list(n, tr("section services"), false);
        if (NodePtr n = f.get("topics")) s.topics = topic_list(n, ObjectKind::section);
        s.text = markdown(f, tr("section"), false);
        each_map(f, "estimates", tr("an estimate"), [&](const NodePtr& item) {
            if (auto cost = build_cost(item, true)) s.estimates.push_back(std::move(*cost));
        });
        return s;
    }

    void build_goal(const NodePtr& node) {
        Fields f(*node, tr("goal"), object_spec(ObjectKind::goal), diags_);
        Goal g;
        g.pos = node->pos;
        g.id = id_of(f, tr("goal id"));
        if (NodePtr n = f.require("title")) set(read_.text(n, tr("goal title")), g.title);
        g.text = markdown(f, tr("goal"), false);
        each_map(f, "indicators", tr("an indicator"),
                 [&](const NodePtr& item) { g.indicators.push_back(build_indicator(item)); });
        plan_.goals.push_back(std::move(g));
    }

    Indicator build_indicator(const NodePtr& node) {
        Fields f(*node, tr("indicator"), object_spec(ObjectKind::indicator), diags_);
        Indicator i;
        i.pos = node->pos;
        i.id = id_of(f, tr("indicator id"));
        if (NodePtr n = f.require("title")) set(read_.text(n, tr("indicator title")), i.title);
        if (NodePtr n = f.require("unit")) set(read_.text(n, tr("indicator unit")), i.unit);
        if (NodePtr n = f.get("kind")) {
            i.kind = read_.choice(n, tr("indicator kind"),
                                  options(ObjectKind::indicator, "kind",
                                          {IndicatorKind::gp_office_calls_answered,
                                           IndicatorKind::legevakt_calls_answered}));
        }
        if (NodePtr n = f.require("baseline")) set(build_indicator_value(n, "baseline"), i.baseline);
        if (NodePtr n = f.require("target")) set(build_indicator_value(n, "target"), i.target);
        return i;
    }

    std::optional<IndicatorValue> build_indicator_value(const NodePtr& node, const std::string& what) {
        if (!read_.is_map(node, what)) return std::nullopt;
        Fields f(*node, what, object_spec(ObjectKind::indicator_value), diags_);
        IndicatorValue v;
        NodePtr year = f.require("year");
        NodePtr value = f.require("value");
        if (!year || !value) return std::nullopt;
        auto y = read_.year(year, fill(tr("{what} year"), {{"what", what}}));
        auto x = read_.number(value, fill(tr("{what} value"), {{"what", what}}));
        if (!y || !x) return std::nullopt;
        v.year = *y;
        v.year_pos = year->pos;
        v.value = *x;
        return v;
    }

    void build_follow_up(const NodePtr& node) {
        Fields f(*node, tr("follow-up report"), object_spec(ObjectKind::follow_up), diags_);
        FollowUp r;
        r.pos = node->pos;
        if (NodePtr n = f.require("year")) {
            set(read_.year(n, tr("follow-up year")), r.year);
            r.year_pos = n->pos;
        }
        if (NodePtr n = f.require("date")) set(read_.date(n, tr("follow-up date"), false), r.date);
        r.text = markdown(f, tr("follow-up report"), false);
        each_map(f, "measures", tr("a measure in a follow-up report"), [&](const NodePtr& item) {
            Fields m(*item, tr("follow-up measure"), object_spec(ObjectKind::follow_up_measure), diags_);
            FollowUpMeasure fm;
            fm.pos = item->pos;
            if (NodePtr n = m.require("measure")) set(read_.ref(n, tr("follow-up measure")), fm.measure);
            if (NodePtr n = m.require("status")) {
                set(read_.choice(n, tr("follow-up status"),
                                 options(ObjectKind::follow_up_measure, "status", kMeasureStatus)),
                    fm.status);
            }
            if (NodePtr n = m.get("spent")) {
                set(read_.amount(n, "spent", gettext_noop("spent is the kroner used in the year, 0 or more; "
                                                          "income such as grants is not spending")),
                    fm.spent);
                fm.spent_pos = n->pos;
            }
            fm.text = markdown(m, tr("follow-up measure"), false);
            r.measures.push_back(std::move(fm));
        });
        each_map(f, "indicators", tr("an indicator in a follow-up report"), [&](const NodePtr& item) {
            Fields i(*item, tr("follow-up indicator"), object_spec(ObjectKind::follow_up_indicator), diags_);
            FollowUpIndicator fi;
            fi.pos = item->pos;
            if (NodePtr n = i.require("indicator")) set(read_.ref(n, tr("follow-up indicator")), fi.indicator);
            if (NodePtr n = i.require("value")) set(read_.number(n, tr("indicator value")), fi.value);
            r.indicators.push_back(std::move(fi));
        });
        plan_.follow_up.push_back(std::move(r));
    }

    void build_measure(const NodePtr& node) {
        Fields f(*node, tr("measure"), object_spec(ObjectKind::measure), diags_);
        Measure m;
        m.pos = node->pos;
        m.id = id_of(f, tr("measure id"));
        if (NodePtr n = f.require("number")) {
            const KeySpec& spec = *object_spec(ObjectKind::measure).key("number");
            m.number = static_cast<int>(
                read_.integer(n, tr("measure number"), spec.min, spec.max).value_or(0));
            m.number_pos = n->pos;
        }
        if (NodePtr n = f.require("section")) set(read_.ref(n, tr("measure section")), m.section);
        if (NodePtr n = f.require("title")) set(read_.text(n, tr("measure title")), m.title);
        m.text = markdown(f, tr("measure"), true);
        if (NodePtr n = f.get("responsible")) m.responsible = read_.ref_list(n, "responsible", true);
        if (NodePtr n = f.get("services")) m.services = read_.ref_list(n, tr("measure services"), false);
        if (NodePtr n = f.get("goals")) m.goals = read_.ref_list(n, tr("measure goals"), true);
        each_map(f, "costs", tr("a cost"), [&](const NodePtr& item) {
            if (auto cost = build_cost(item, false)) m.costs.push_back(std::move(*cost));
        });
        if (NodePtr n = f.get("funding")) {
            set(read_.choice(n, "funding", options(ObjectKind::measure, "funding", kFunding)),
                m.funding);
        }
        if (NodePtr n = f.get("priority")) {
            set(read_.choice(n, "priority",
                             options(ObjectKind::measure, "priority",
                                     {Priority::high, Priority::medium, Priority::low})),
                m.priority);
        }
        if (NodePtr n = f.get("status")) {
            set(read_.choice(n, tr("measure status"), options(ObjectKind::measure, "status", kMeasureStatus)),
                m.status);
        }
        if (NodePtr n = f.get("kostra")) m.kostra = kostra_code(n);
        if (NodePtr n = f.get("art")) m.art = art_code(n);
        if (NodePtr n = f.get("project")) set(read_.text(n, "project"), m.project);
        if (NodePtr n = f.get("deadline")) m.deadline = read_.date(n, "deadline", true);
        if (NodePtr n = f.get("basis")) m.basis = read_.text_list(n, "basis");
        plan_.measures.push_back(std::move(m));
    }

    std::optional<Cost> build_cost(const NodePtr& node, bool estimate) {
        ObjectKind kind = estimate ? ObjectKind::estimate : ObjectKind::cost;
        // TRANSLATORS: the two kinds of cost, shown as {what} in messages about them.
        std::string what = estimate ? tr("estimate") : tr("cost");
        Fields f(*node, what, object_spec(kind), diags_);
        Cost c;
        c.pos = node->pos;
        bool ok = true;
        if (estimate) {
            if (NodePtr n = f.require("title")) set(read_.text(n, tr("estimate title")), c.title);
        }
        bool typed = false;  // whether 'year' or 'from' and 'to' fit the cost depends on its type
        if (NodePtr n = f.require("type")) {
            auto type = read_.choice(
                n, fill(tr("{what} type"), {{"what", what}}), options(kind, "type", {CostType::yearly, CostType::one_time}));
            if (type) c.type = *type;
            typed = type.has_value();
        }
        ok = typed && ok;
        ok = build_cost_basis(f, what, c) && ok;
        ok = typed && build_cost_years(f, what, c) && ok;
        if (NodePtr n = f.get("funding")) {
            set(read_.choice(n, "funding", options(kind, "funding", kFunding)), c.funding);
        }
        if (NodePtr n = f.get("note")) set(read_.text(n, "note"), c.note);
        if (!estimate) ok = build_cost_finance(f, c) && ok;
        if (!ok) return std::nullopt;
        return c;
    }

    // A KOSTRA function code as written; whether the list knows it, validate says.
    std::optional<Ref> kostra_code(const NodePtr& node) {
        auto code = read_.text(node, "kostra", gettext_noop("a KOSTRA function code such as 241"));
        if (!code) return std::nullopt;
        return Ref{*code, node->pos};
    }

    // A KOSTRA art code as written; whether the list knows it, validate says.
    std::optional<Ref> art_code(const NodePtr& node) {
        auto code = read_.text(node, "art", gettext_noop("a KOSTRA art code such as \"010\""));
        if (!code) return std::nullopt;
        return Ref{*code, node->pos};
    }

    // Where a cost is booked and who pays it: kostra, art, budget, project, grants and share.
    bool build_cost_finance(Fields& f, Cost& c) {
        bool ok = true;
        if (NodePtr n = f.get("kostra")) c.kostra = kostra_code(n);
        if (NodePtr n = f.get("art")) c.art = art_code(n);
        if (NodePtr n = f.get("budget")) {
            auto budget = read_.choice(n, "budget",
                                       options(ObjectKind::cost, "budget",
                                               {BudgetKind::operating, BudgetKind::investment}));
            if (budget) {
                c.budget = *budget;
                c.budget_given = true;
                c.budget_pos = n->pos;
            }
        }
        if (NodePtr n = f.get("project")) set(read_.text(n, "project"), c.project);
        if (NodePtr n = f.get("grants")) {
            c.grants_pos = n->pos;
            if (f.has("funding") && (c.funding == Funding::state_grant || c.funding == Funding::external)) {
                diags_.report(DiagnosticKind::conflicting_keys, f.key_pos("grants"),
                              fill(tr("a cost whose funding is '{funding}' is covered in full; 'grants' is for partial cover"),
                                   {{"funding", c.funding == Funding::state_grant ? "state_grant" : "external"}}),
                              tr("remove 'funding' from the cost, or remove 'grants'"));
                return false;
            }
        }
        each_map(f, "grants", tr("a grant"), [&](const NodePtr& item) {
            if (auto grant = build_grant(item)) c.grants.push_back(std::move(*grant)); else ok = false;
        });
        if (NodePtr n = f.get("share")) {
            c.share = build_share(n);
            if (!c.share) ok = false;
        }
        return ok;
    }

    std::optional<Grant> build_grant(const NodePtr& node) {
        Fields f(*node, tr("grant"), object_spec(ObjectKind::grant), diags_);
        Grant g;
        g.pos = node->pos;
        bool ok = true;
        if (NodePtr n = f.require("name")) set(read_.text(n, tr("grant name")), g.name); else ok = false;
        if (NodePtr n = f.require("amount")) {
            auto amount = read_.amount(n, tr("grant amount"));
            if (amount && *amount == 0) {
                read_.report_zero_cost(n->pos, tr("grant amount"));
                amount.reset();
            }
            if (amount) g.amount = *amount; else ok = false;
            g.pos = n->pos;
        } else {
            ok = false;
        }
        if (NodePtr n = f.require("funding")) {
            auto funding = read_.choice(n, tr("grant funding"),
                                        options(ObjectKind::grant, "funding",
                                                {Funding::state_grant, Funding::external, Funding::other}));
            if (funding) g.funding = *funding; else ok = false;
        } else {
            ok = false;
        }
        if (NodePtr n = f.get("art")) g.art = art_code(n);
        if (!ok) return std::nullopt;
        return g;
    }

    // A share of a joint service: above 0 and at most 100 percent.
    std::optional<CostShare> build_share(const NodePtr& node) {
        if (!read_.is_map(node, "share")) return std::nullopt;
        Fields f(*node, tr("share"), object_spec(ObjectKind::cost_share), diags_);
        CostShare share;
        NodePtr percent = f.require("percent");
        NodePtr key = f.require("key");
        if (!percent || !key) return std::nullopt;
        auto value = read_.number(percent, tr("share percent"));
        auto text = read_.text(key, tr("share key"));
        if (!value || !text) return std::nullopt;
        if (*value <= 0 || *value > 100'000) {
            diags_.report(DiagnosticKind::invalid_number, percent->pos,
                          fill(tr("a share is above 0 and at most 100 percent, found {value}"),
                               {{"value", format_milli(*value)}}),
                          tr("write the part of the joint service this municipality pays, e.g. 40"));
            return std::nullopt;
        }
        share.percent = *value;
        share.key = *text;
        share.pos = percent->pos;
        return share;
    }

    bool build_cost_basis(Fields& f, const std::string& what, Cost& c) {
        int forms = f.has("amount") + f.has("fte") + f.has("count");
        if (forms == 0) {
            diags_.report(
                DiagnosticKind::missing_key, f.map().pos,
                // TRANSLATORS: {what} is "cost" or "estimate".
                fill(tr("{what} needs 'amount', or 'fte' with 'rate', or 'count' with 'unit_amount'"),
                     {{"what", what}}));
            return false;
        }
        if (forms > 1) {
            std::string second = f.has("count") ? "count" : "fte";
            diags_.report(DiagnosticKind::conflicting_keys, f.key_pos(second),
                          fill(tr("{what} gives its kroner in more than one way; use one of 'amount', "
                                  "'fte' with 'rate', or 'count' with 'unit_amount'"),
                               {{"what", what}}));
            return false;
        }
        if (f.has("rate") && !f.has("fte")) {
            diags_.report(DiagnosticKind::conflicting_keys, f.key_pos("rate"),
                          fill(tr("'rate' belongs with 'fte'; this {what} has no 'fte'"), {{"what", what}}));
            return false;
        }
        if (f.has("unit_amount") && !f.has("count")) {
            diags_.report(DiagnosticKind::conflicting_keys, f.key_pos("unit_amount"),
                          fill(tr("'unit_amount' belongs with 'count'; this {what} has no 'count'"), {{"what", what}}));
            return false;
        }
        if (NodePtr n = f.get("amount")) {
            c.basis = CostBasis::amount;
            std::string amount_what = fill(tr("{what} amount"), {{"what", what}});
            auto a = read_.amount_or_range(n, amount_what);
            if (!a) return false;
            if (a->high == 0) {
                read_.report_zero_cost(n->pos, amount_what);
                return false;
            }
            c.amount = *a;
            return true;
        }
        if (NodePtr n = f.get("fte")) {
            c.basis = CostBasis::fte;
            auto q = read_.quantity_or_range(n, "fte");
            NodePtr rate = f.get("rate");
            if (!rate) {
                diags_.report(DiagnosticKind::fte_without_rate, f.key_pos("fte"),
                              tr("an FTE cost needs a 'rate' to price the FTE"),
                              tr("add 'rate: ID' naming one of the plan's rates"));
                return false;
            }
            c.rate = read_.ref(rate, "rate");
            if (!q || !c.rate) return false;
            c.quantity = *q;
            return true;
        }
        NodePtr n = f.get("count");
        c.basis = CostBasis::count;
        auto q = read_.quantity_or_range(n, "count");
        NodePtr unit = f.get("unit_amount");
        if (!unit) {
            diags_.report(DiagnosticKind::missing_key, f.key_pos("count"),
                          fill(tr("{what} with 'count' needs 'unit_amount' (kroner per unit)"), {{"what", what}}));
            return false;
        }
        auto per = read_.amount_or_range(unit, "unit_amount");
        if (!q || !per) return false;
        c.quantity = *q;
        c.amount = *per;
        return true;
    }

    bool build_cost_years(Fields& f, const std::string& what, Cost& c) {
        const Period& period = plan_.meta.period;
        if (c.type == CostType::one_time) {
            for (const char* key : {"from", "to"}) {
                if (f.has(key)) {
                    diags_.report(DiagnosticKind::conflicting_keys, f.key_pos(key),
                                  fill(tr("a one-time {what} falls in one 'year'; '{key}' is for yearly costs"),
                                       {{"what", what}, {"key", key}}),
                                  tr("write 'year: YYYY'"));
                    return false;
                }
            }
            c.from = c.to = period.from;
            if (NodePtr n = f.get("year")) {
                auto y = read_.year(n, fill(tr("{what} year"), {{"what", what}}));
                if (!y) return false;
                c.from = c.to = *y;
                c.from_pos = c.to_pos = n->pos;
            }
            return true;
        }
        if (f.has("year")) {
            diags_.report(DiagnosticKind::conflicting_keys, f.key_pos("year"),
                          fill(tr("a yearly {what} runs 'from' one year 'to' another; 'year' is for one-time costs"),
                               {{"what", what}}));
            return false;
        }
        c.from = period.from;
        c.to = period.to;
        if (NodePtr n = f.get("from")) {
            auto y = read_.year(n, fill(tr("{what} from"), {{"what", what}}));
            if (!y) return false;
            c.from = *y;
            c.from_pos = n->pos;
        }
        if (NodePtr n = f.get("to")) {
            auto y = read_.year(n, fill(tr("{what} to"), {{"what", what}}));
            if (!y) return false;
            c.to = *y;
            c.to_pos = n->pos;
        }
        if (c.from > c.to && c.from_pos.known() && c.to_pos.known()) {
            diags_.report(DiagnosticKind::meaningless_cost, c.to_pos,
                          fill(tr("{what} ends ({to}) before it starts ({from})"),
                               {{"what", what}, {"to", c.to}, {"from", c.from}}));
            return false;
        }
        return true;
    }

    void build_key_figure(const NodePtr& node) {
        Fields f(*node, tr("key figure"), object_spec(ObjectKind::key_figure), diags_);
        KeyFigure k;
        k.pos = node->pos;
        k.id = id_of(f, tr("key figure id"));
        if (NodePtr n = f.require("title")) set(read_.text(n, tr("key figure title")), k.title);
        NodePtr value = f.get("value");
        NodePtr table = f.get("table");
        NodePtr series = f.get("series");
        NodePtr comparisons = f.get("comparisons");
        if (table && (value || series || comparisons)) {
            std::string other = value ? "value" : series ? "series" : "comparisons";
            diags_.report(DiagnosticKind::conflicting_keys, f.key_pos("table"),
                          fill(tr("a key figure has either a 'table' or '{key}', not both"), {{"key", other}}),
                          tr("a table's own columns can hold years or places; or make it two key figures"));
        } else if (value && series) {
            diags_.report(DiagnosticKind::conflicting_keys, f.key_pos("series"),
                          tr("a key figure with a 'series' shows its last year as its value; 'value' is "
                             "not needed beside it"),
                          tr("leave out 'value', or add its year to the series"));
        } else if (!value && !table && !series && !comparisons) {
            diags_.report(DiagnosticKind::missing_key, node->pos,
                          tr("key figure is missing its figure: 'value', 'series', 'comparisons' or 'table'"));
        } else if (table) {
            k.table = build_table(table);
        }
        if (value && !table) {
            set(read_.text(value, tr("key figure value")), k.value);
            k.value_pos = value->pos;
        }
        if (!table) {
            for (const NodePtr& list : {series, comparisons}) {
                if (list && list->kind == YamlNode::Kind::sequence && list->items.empty()) {
                    std::string key = list == series ? "series" : "comparisons";
                    diags_.report(DiagnosticKind::missing_key, list->pos,
                                  fill(tr("key figure '{id}' has an empty '{key}'"), {{"id", k.id}, {"key", key}}),
                                  list == series ? tr("give at least one year: - {year: 2026, value: 12}")
                                                 : tr("give at least one: - {label: Hele landet, value: 9.9}"));
                }
            }
            each_map(f, "series", tr("a year of a key figure's series"), [&](const NodePtr& item) {
                auto [year, number] = figure_pair(item, ObjectKind::key_figure_point, tr("key figure year"), "year");
                auto y = year ? read_.year(year, tr("series year")) : std::nullopt;
                auto x = number ? figure_number(number, tr("series value")) : std::nullopt;
                if (y && x) k.series.push_back({*y, *x, year->pos, number->pos});
            });
            each_map(f, "comparisons", tr("a comparison of a key figure"), [&](const NodePtr& item) {
                auto [label, number] = figure_pair(item, ObjectKind::key_figure_comparison, tr("comparison"), "label");
                auto l = label ? read_.text(label, tr("comparison label")) : std::nullopt;
                auto x = number ? figure_number(number, tr("comparison value")) : std::nullopt;
                if (l && x) k.comparisons.push_back({*l, *x, label->pos});
            });
        }
        if (NodePtr n = f.get("unit")) {
            set(read_.text(n, tr("key figure unit")), k.unit);
            k.unit_pos = n->pos;
        }
        if (NodePtr n = f.get("kind")) {
            const std::vector<std::string>& kinds = object_spec(ObjectKind::key_figure).words("kind");
            if (auto chosen = read_.choice(n, tr("key figure kind"), options(ObjectKind::key_figure, "kind", kinds))) {
                k.kind = *chosen;
                k.kind_pos = n->pos;
            }
        }
        if (NodePtr n = f.get("section")) k.section = read_.ref(n, tr("key figure section"));
        if (NodePtr n = f.get("source")) set(read_.text(n, "source"), k.source);
        if (NodePtr n = f.get("date")) k.date = read_.date(n, tr("key figure date"), true);
        plan_.key_figures.push_back(std::move(k));
    }

    // A key figure's number: as a quantity ("11.6"), or whole with its digits grouped as in a
    // value ("6 080"); anything else reported as a quantity is.
    std::optional<Milli> figure_number(const NodePtr& node, const std::string& what) {
        if (node->kind == YamlNode::Kind::scalar) {
            if (auto grouped = key_figure_number(node->value)) return grouped;
        }
        return read_.number(node, what);
    }

    // A year of a series or a comparison: a map of key and a number 'value', both required; the
    // nodes of the two, null where missing (and reported).
    std::pair<NodePtr, NodePtr> figure_pair(const NodePtr& item, ObjectKind kind, const std::string& what,
                                            const std::string& key) {
        Fields f(*item, what, object_spec(kind), diags_);
        NodePtr first = f.require(key);
        return {first, f.require("value")};
    }

    std::optional<KeyFigureTable> build_table(const NodePtr& node) {
        if (!read_.is_map(node, "table")) return std::nullopt;
        Fields f(*node, tr("table"), object_spec(ObjectKind::table), diags_);
        KeyFigureTable t;
        if (NodePtr n = f.require("columns")) t.columns = read_.text_list(n, "columns");
        NodePtr rows = f.require("rows");
        if (!rows || !read_.is_list(rows, "rows")) return t;
        for (const NodePtr& row : rows->items) {
            std::vector<std::string> cells = read_.text_list(row, tr("a table row"));
            if (row->kind == YamlNode::Kind::sequence && !t.columns.empty() &&
                cells.size() != t.columns.size()) {
                diags_.report(DiagnosticKind::row_length, row->pos,
                              fill(tr_n("table row has {count} cell but the table has {columns} columns",
                                        "table row has {count} cells but the table has {columns} columns",
                                        cells.size()),
                                   {{"count", cells.size()}, {"columns", t.columns.size()}}));
            }
            t.rows.push_back(std::move(cells));
        }
        return t;
    }

    void build_doctor(const NodePtr& node) {
        Fields f(*node, tr("doctor"), object_spec(ObjectKind::doctor), diags_);
        Doctor d;
        d.pos = node->pos;
        d.id = id_of(f, tr("doctor id"));
        if (NodePtr n = f.get("name")) set(read_.text(n, tr("doctor name")), d.name);
        if (NodePtr n = f.require("position")) {
            d.position_pos = n->pos;
            if (auto value = read_.number(n, tr("doctor position"))) {
                if (*value > 0 && *value <= 100'000) {
                    d.position = *value;
                } else {
                    diags_.report(DiagnosticKind::invalid_number, n->pos,
                                  fill(tr("a position is above 0 and at most 100 percent, found {value}"),
                                       {{"value", n->value}}),
                                  tr("write the percent of a full 37.5-hour week, e.g. 80"));
                }
            }
        }
        if (NodePtr n = f.get("list_ceiling")) {
            const KeySpec& spec = *object_spec(ObjectKind::doctor).key("list_ceiling");
            if (auto ceiling = read_.integer(n, tr("list ceiling"), spec.min, spec.max)) {
                d.list_ceiling = static_cast<int>(*ceiling);
            }
            d.list_ceiling_pos = n->pos;
        }
        if (NodePtr n = f.get("lower_ceiling_agreed")) {
            set(read_.boolean(n, "lower_ceiling_agreed"), d.lower_ceiling_agreed);
        }
        if (NodePtr n = f.get("public_hours_agreed")) {
            set(read_.boolean(n, "public_hours_agreed"), d.public_hours_agreed);
        }
        each_map(f, "public_hours", tr("public hours of a doctor"), [&](const NodePtr& item) {
            if (auto hours = build_public_hours(item)) d.public_hours.push_back(*hours);
        });
        if (NodePtr n = f.get("curative_hours")) {
            d.curative_hours = read_.hours(n, "curative_hours");
            d.curative_hours_pos = n->pos;
        }
        if (NodePtr n = f.get("competence")) {
            set(read_.choice(n, tr("doctor competence"),
                             options(ObjectKind::doctor, "competence",
                                     {Competence::specialist, Competence::in_training, Competence::lis1,
                                      Competence::other})),
                d.competence);
        }
        if (NodePtr n = f.get("legevakt")) set(read_.boolean(n, "legevakt"), d.legevakt);
        if (NodePtr n = f.get("supervisor")) d.supervisor = read_.ref(n, tr("doctor supervisor"));
        if (NodePtr n = f.get("unit")) d.unit = read_.ref(n, tr("doctor unit"));
        plan_.doctors.push_back(std::move(d));
    }

    std::optional<PublicHours> build_public_hours(const NodePtr& node) {
        Fields f(*node, tr("public hours"), object_spec(ObjectKind::public_hours), diags_);
        PublicHours h;
        h.pos = node->pos;
        NodePtr task = f.require("task");
        NodePtr hours = f.require("hours");
        if (!task || !hours) return std::nullopt;
        auto chosen = read_.choice(task, tr("public task"),
                                   options(ObjectKind::public_hours, "task",
                                           {PublicTask::nursing_home, PublicTask::health_station,
                                            PublicTask::supervision, PublicTask::community_medicine,
                                            PublicTask::refugee_health, PublicTask::prison, PublicTask::other}));
        auto value = read_.hours(hours, tr("public hours"));
        if (!chosen || !value) return std::nullopt;
        if (*value == 0) {
            diags_.report(DiagnosticKind::invalid_number, hours->pos,
                          tr("public hours of 0 say nothing; a task the doctor does not do is left out"),
                          tr("remove the line, or give the hours a week spent on the task"));
            return std::nullopt;
        }
        h.task = *chosen;
        h.hours = *value;
        h.pos = hours->pos;
        if (NodePtr n = f.get("note")) set(read_.text(n, "note"), h.note);
        return h;
    }

    void build_appendix(const NodePtr& node) {
        Fields f(*node, tr("appendix"), object_spec(ObjectKind::appendix), diags_);
        Appendix a;
        a.pos = node->pos;
        a.id = id_of(f, tr("appendix id"));
        if (NodePtr n = f.require("title")) set(read_.text(n, tr("appendix title")), a.title);
        if (NodePtr n = f.get("rule_check")) set(read_.boolean(n, "rule_check"), a.rule_check);
        a.text = markdown(f, tr("appendix"), !a.rule_check);
        plan_.appendices.push_back(std::move(a));
    }

    void build_assertion(const NodePtr& node) {
        Fields f(*node, tr("assertion"), object_spec(ObjectKind::assertion), diags_);
        Assertion a;
        // In the order of the format spec's group of figure keys (kAssertedFigures).
        const std::vector<AssertedFigure> figures = {
            AssertedFigure::total,         AssertedFigure::recurring,
            AssertedFigure::one_time,      AssertedFigure::measures,
            AssertedFigure::net,           AssertedFigure::grants,
            AssertedFigure::list_ceilings, AssertedFigure::gp_fte,
            AssertedFigure::curative_fte,  AssertedFigure::patients_per_curative_fte,
            AssertedFigure::corrected_list_length, AssertedFigure::list_per_curative_day};
        const std::vector<std::string>& keys = object_spec(ObjectKind::assertion).groups.at(0).keys;
        if (keys.size() != figures.size()) {
            throw std::logic_error("the format spec gives an assertion " + std::to_string(keys.size()) +
                                   " figures, the loader " + std::to_string(figures.size()));
        }
        NodePtr value;
        std::string key;
        int given = 0;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (NodePtr n = f.get(keys[i])) {
                ++given;
                value = n;
                key = keys[i];
                a.figure = figures.at(i);
            }
        }
        if (given != 1) {
            std::string list;
            for (std::size_t i = 0; i < keys.size(); ++i) list += (i ? ", '" : "'") + keys[i] + "'";
            diags_.report(given == 0 ? DiagnosticKind::missing_key : DiagnosticKind::conflicting_keys, node->pos,
                          tr("an assertion states exactly one figure"),
                          // TRANSLATORS: {keys} lists the keys in quotes, as the plan writes them.
                          fill(tr("one of {keys}"), {{"keys", list}}));
            return;
        }
        a.pos = value->pos;
        if (!read_assertion_value(key, value, a)) return;
        if (!read_assertion_scope(f, node, a)) return;
        if (NodePtr n = f.get("note")) set(read_.text(n, "note"), a.note);
        plan_.assertions.push_back(std::move(a));
    }

    // The stated figure: kroner, a count, or FTE with no more decimals than the figure is shown with.
    bool read_assertion_value(const std::string& key, const NodePtr& value, Assertion& a) {
        const KeySpec& spec = *object_spec(ObjectKind::assertion).key(key);
        if (spec.kind == ValueKind::whole_number) {
            auto n = read_.integer(value, key, spec.min, spec.max);
            if (!n) return false;
            a.expected = *n;
            return true;
        }
        if (spec.kind == ValueKind::number) {
            auto n = read_.number(value, key);
            if (!n) return false;
            // gp_fte is shown with two decimals, curative_fte with one.
            Milli step = a.figure == AssertedFigure::gp_fte ? 10 : 100;
            if (*n % step != 0) {
                diags_.report(DiagnosticKind::invalid_number, value->pos,
                              a.figure == AssertedFigure::gp_fte
                                  ? fill(tr("'gp_fte' is compared with two decimals, as documents show it; found {value}"),
                                         {{"value", value->value}})
                                  : fill(tr("'curative_fte' is compared with one decimal, as documents show it; found {value}"),
                                         {{"value", value->value}}),
                              tr("state the figure as it is shown, rounded half up"));
                return false;
            }
            a.expected = *n;
            return true;
        }
        auto amount = read_.amount(value, tr("asserted amount"));
        if (!amount) return false;
        a.expected = *amount;
        return true;
    }

    // unit, chapter and year scope the measures' figures; doctor names whose list per curative day.
    bool read_assertion_scope(Fields& f, const NodePtr& node, Assertion& a) {
        bool money = a.figure <= AssertedFigure::grants;
        if (NodePtr n = f.get("doctor")) a.doctor = read_.ref(n, tr("assertion doctor"));
        if (a.figure == AssertedFigure::list_per_curative_day && !f.has("doctor")) {
            diags_.report(DiagnosticKind::missing_key, node->pos,
                          tr("an assertion of 'list_per_curative_day' names the doctor it holds for"),
                          tr("add 'doctor: ID'"));
            return false;
        }
        if (f.has("doctor") && a.figure != AssertedFigure::list_per_curative_day) {
            diags_.report(DiagnosticKind::conflicting_keys, f.key_pos("doctor"),
                          tr("'doctor' goes with 'list_per_curative_day'; the other figures are the municipality's"));
            return false;
        }
        for (const char* scope : {"unit", "chapter", "year"}) {
            if (!money && f.has(scope)) {
                diags_.report(DiagnosticKind::conflicting_keys, f.key_pos(scope),
                              fill(tr("'{key}' scopes the measures' figures, not the doctors'"), {{"key", scope}}));
                return false;
            }
        }
        if (NodePtr n = f.get("unit")) a.unit = read_.ref(n, tr("assertion unit"));
        if (NodePtr n = f.get("chapter")) a.chapter = read_.ref(n, tr("assertion chapter"));
        if (NodePtr n = f.get("year")) {
            if (a.figure == AssertedFigure::measures) {
                diags_.report(DiagnosticKind::conflicting_keys, f.key_pos("year"),
                              tr("'year' cannot scope a count of measures"));
                return false;
            }
            a.year = read_.year(n, tr("assertion year"));
            if (!a.year) return false;
        }
        return true;
    }

    void build_chief_medical_officer(const NodePtr& node) {
        if (!read_.is_map(node, "chief_medical_officer")) return;
        Fields f(*node, tr("chief medical officer"), object_spec(ObjectKind::chief_medical_officer), diags_);
        ChiefMedicalOfficer c;
        c.pos = node->pos;
        if (NodePtr n = f.get("name")) set(read_.text(n, "name"), c.name);
        if (NodePtr n = f.require("position")) {
            c.position_pos = n->pos;
            if (auto value = read_.number(n, tr("chief medical officer position"))) {
                if (*value > 0 && *value <= 100'000) {
                    c.position = *value;
                } else {
                    diags_.report(DiagnosticKind::invalid_number, n->pos,
                                  fill(tr("a position is above 0 and at most 100 percent, found {value}"),
                                       {{"value", n->value}}),
                                  tr("write the percent of a full position spent as chief medical officer, e.g. 60"));
                }
            }
        }
        if (NodePtr n = f.get("shared_with")) set(read_.text(n, "shared_with"), c.shared_with);
        plan_.chief_medical_officer = std::move(c);
    }

    void build_legevakt(const NodePtr& node) {
        if (!read_.is_map(node, "legevakt")) return;
        Fields f(*node, "legevakt", object_spec(ObjectKind::legevakt), diags_);
        LegevaktArrangement l;
        l.pos = node->pos;
        if (NodePtr n = f.get("backup_doctor")) set(read_.boolean(n, "backup_doctor"), l.backup_doctor);
        if (NodePtr n = f.get("note")) set(read_.text(n, "note"), l.note);
        plan_.legevakt = std::move(l);
    }

    void build_lsu(const NodePtr& node) {
        if (!read_.is_map(node, "lsu")) return;
        Fields f(*node, tr("lsu"), object_spec(ObjectKind::lsu), diags_);
        // The plan file and a file it includes (lsu.yaml, which `lsu import` writes) may both
        // hold lsu: their meetings add up; the statement is given once.
        Lsu lsu = plan_.lsu ? std::move(*plan_.lsu) : Lsu{};
        if (!plan_.lsu) lsu.pos = node->pos;
        each_map(f, "meetings", tr("an LSU meeting"), [&](const NodePtr& item) {
            Fields m(*item, tr("LSU meeting"), object_spec(ObjectKind::lsu_meeting), diags_);
            LsuMeeting meeting;
            meeting.pos = item->pos;
            if (NodePtr n = m.require("date")) set(read_.date(n, tr("meeting date"), false), meeting.date);
            if (NodePtr n = m.get("note")) set(read_.text(n, "note"), meeting.note);
            lsu.meetings.push_back(std::move(meeting));
        });
        NodePtr st = f.get("statement");
        if (st && lsu.statement && read_.is_map(st, "statement")) {
            const SourcePos& first = lsu.statement->pos;
            diags_.report(DiagnosticKind::lsu_statement_repeated, st->pos,
                          fill(tr("LSU's statement is given twice: also in {file} on line {line}"),
                               {{"file", files_.path(first.file)}, {"line", first.line}}),
                          tr("keep the statement in one file (lsu import writes it into lsu.yaml)"));
        } else if (st && read_.is_map(st, "statement")) {
            Fields s(*st, tr("LSU statement"), object_spec(ObjectKind::lsu_statement), diags_);
            LsuStatement statement;
            statement.pos = st->pos;
            if (NodePtr n = s.require("date")) set(read_.date(n, tr("statement date"), false), statement.date);
            statement.text = markdown(s, tr("LSU statement"), true);
            if (NodePtr list = s.get("measures"); list && read_.is_list(list, "measures")) {
                for (const NodePtr& item : list->items) {
                    if (!read_.is_map(item, tr("a view on a measure"))) continue;
                    Fields v(*item, tr("view on a measure"),
                             object_spec(ObjectKind::lsu_measure_view), diags_);
                    LsuMeasureView view;
                    view.pos = item->pos;
                    if (NodePtr n = v.require("measure")) set(read_.ref(n, "measure"), view.measure);
                    if (NodePtr n = v.require("position")) {
                        set(read_.choice(n, "position",
                                         options(ObjectKind::lsu_measure_view, "position",
                                                 {LsuPosition::supports,
                                                  LsuPosition::supports_with_changes,
                                                  LsuPosition::does_not_support})),
                            view.position);
                    }
                    if (NodePtr n = v.get("comment")) set(read_.text(n, "comment"), view.comment);
                    statement.measures.push_back(std::move(view));
                }
            }
            each_map(s, "chapters", tr("a comment on a chapter"), [&](const NodePtr& item) {
                Fields c(*item, tr("comment on a chapter"), object_spec(ObjectKind::lsu_chapter_comment), diags_);
                LsuChapterComment comment;
                comment.pos = item->pos;
                if (NodePtr n = c.require("chapter")) set(read_.ref(n, "chapter"), comment.chapter);
                if (NodePtr n = c.require("comment")) set(read_.text(n, "comment"), comment.comment);
                statement.chapters.push_back(std::move(comment));
            });
            lsu.statement = std::move(statement);
        }
        plan_.lsu = std::move(lsu);
    }

    void number_chapters() {
        int next = 1;
        for (Chapter& c : plan_.chapters) c.number = c.numbered ? next++ : 0;
    }

    const PlanSources& sources_;
    SourceFiles& files_;
    Diagnostics& diags_;
    const LoadLimits& limits_;
    std::map<int, std::string> folder_of_;  // an included file's folder, from the plan's folder
    NodeReader read_;
    Plan plan_;
};

}  // namespace

Plan build_model(const PlanSources& sources, SourceFiles& files, Diagnostics& diags,
                 const LoadLimits& limits) {
    return ModelBuilder(sources, files, diags, limits).build();
}

}  // namespace legeplan

#include "plan/format_spec.h"

#include <algorithm>
#include <stdexcept>

#include "plan/key_figure_kinds.h"
#include "plan/topics.h"

namespace legeplan {

namespace {

using K = ValueKind;
using O = ObjectKind;

KeySpec key(std::string name, ValueKind kind, std::string description) {
    KeySpec k;
    k.name = std::move(name);
    k.kind = kind;
    k.description = std::move(description);
    return k;
}

KeySpec required(KeySpec k) {
    k.required = true;
    return k;
}

KeySpec choice(std::string name, std::vector<std::string> words, std::string description) {
    KeySpec k = key(std::move(name), K::choice, std::move(description));
    k.words = std::move(words);
    return k;
}

KeySpec object(std::string name, ObjectKind object, std::string description) {
    KeySpec k = key(std::move(name), K::object, std::move(description));
    k.object = object;
    return k;
}

KeySpec objects(std::string name, ObjectKind object, std::string description) {
    KeySpec k = key(std::move(name), K::objects, std::move(description));
    k.object = object;
    return k;
}

KeySpec whole_number(std::string name, long long min, long long max, std::string description) {
    KeySpec k = key(std::move(name), K::whole_number, std::move(description));
    k.min = min;
    k.max = max;
    return k;
}

KeySpec id_key(std::string description = "Stabil id: små bokstaver a–z, sifre og bindestrek, "
                                         "med bokstav først, f.eks. etat-helsetjenester.") {
    return required(key("id", K::id, std::move(description)));
}

const std::vector<std::string> kMeasureStatusWords = {"proposed", "planned",  "in_progress",
                                                      "done",     "postponed", "dropped"};

const std::vector<std::string> kFundingWords = {"existing_budget", "new_money", "state_grant",
                                                "external", "other"};

// The lists a plan file and an included file share; the top-level reader lets each be empty.
std::vector<KeySpec> list_keys() {
    std::vector<KeySpec> keys = {
        objects("units", O::unit, "Enheter som kan være ansvarlige for tiltak."),
        objects("services", O::service, "Tjenestene planen omfatter."),
        objects("rates", O::rate,
                "Årlige satser, f.eks. kostnaden for ett årsverk, som årsverkskostnader viser til."),
        objects("chapters", O::chapter,
                "Kapitlene i leserekkefølge; påkrevd, i planfila eller i en inkludert fil."),
        objects("goals", O::goal, "Målene tiltakene skal nå, med indikatorer."),
        objects("measures", O::measure, "Tiltakene, nummerert 1, 2, 3 …"),
        objects("key_figures", O::key_figure, "Nøkkeltall: enkeltverdier og små tabeller."),
        objects("doctors", O::doctor,
                "Legehjemlene i kommunen, også ledige: stilling, listetak og timer til offentlige "
                "oppgaver og kurativt arbeid."),
        objects("appendices", O::appendix, "Vedleggene, i rekkefølge."),
        objects("assertions", O::assertion, "Summer planen forventer; validate kontrollerer dem."),
        objects("follow_up", O::follow_up,
                "Årlige oppfølgingsrapporter: én per år, med status og forbruk per tiltak."),
    };
    for (KeySpec& k : keys) k.may_be_empty = true;
    return keys;
}

ObjectSpec plan_file() {
    ObjectSpec o{O::plan_file, "plan_file", "En plan for legetjenesten, format versjon 1.", {}, {}, {}};
    o.keys = {
        required(key("legeplan", K::format_version, "Formatversjonen planen er skrevet i: 1.")),
        required(object("plan", O::metadata,
                        "Om planen: kommune, tittel, periode, målform, status og dato.")),
        key("include", K::paths,
            "Flere YAML-filer i planens mappe; listene i dem legges til planens lister."),
        object("lsu", O::lsu, "LSUs behandling av planen: møter og uttalelse (her eller i en inkludert fil, f.eks. lsu.yaml)."),
        object("chief_medical_officer", O::chief_medical_officer,
               "Kommuneoverlegen: stillingsandel og om stillingen deles med andre kommuner."),
        object("legevakt", O::legevakt, "Hvordan legevakten er ordnet, så langt regelsjekken trenger det."),
        objects("rule_notes", O::rule_note,
                "Planens forklaring på en regel den ikke oppfyller (legeplan rules); regelen vises da med "
                "forklaringen i stedet for en advarsel."),
        key("nursing_home_norm", K::hours,
            "Kommunens norm for legetimer per uke per beboer i sykehjem, f.eks. 0.6; vises mot "
            "landsmedianen."),
    };
    for (KeySpec& k : list_keys()) o.keys.push_back(std::move(k));
    return o;
}

// An included file's keys: the lists, and LSU's handling (lsu.yaml, which `lsu import` writes).
std::vector<KeySpec> included_keys() {
    std::vector<KeySpec> keys = list_keys();
    keys.push_back(object("lsu", O::lsu, "LSUs behandling av planen: møter og uttalelse."));
    return keys;
}

ObjectSpec included_file() {
    return {O::included_file, "included_file",
            "En fil planen inkluderer: lister, som legges til planens, og LSUs behandling (lsu).",
            included_keys(), {}, {}};
}

ObjectSpec metadata() {
    return {O::metadata, "metadata", "Om planen.",
            {required(key("municipality", K::text, "Kommunen, f.eks. «Bergen kommune».")),
             required(key("title", K::text, "Planens tittel.")),
             required(object("period", O::period,
                             "Planperioden, også årene kostnadene fordeles over (høyst 20 år).")),
             required(choice("language", {"nb", "nn"},
                             "Målform: nb (bokmål) eller nn (nynorsk); velger ordene i utdataene.")),
             required(choice("status",
                             {"draft", "sent_to_lsu", "lsu_statement", "sent_to_council", "adopted"},
                             "Hvor planen er i prosessen: draft, sent_to_lsu og lsu_statement vises som "
                             "utkast, sent_to_council som forslag, adopted som vedtatt.")),
             required(key("version", K::text, "Versjonen leserne viser til, f.eks. \"1.0\".")),
             required(key("date", K::date, "Datoen for denne versjonen, ÅÅÅÅ-MM-DD.")),
             key("adopted_by", K::text, "Hvem som vedtar planen, f.eks. «Bergen bystyre»."),
             key("adopted_date", K::date, "Når planen ble vedtatt, ÅÅÅÅ-MM-DD (eldre form av adopted.date)."),
             object("adopted", O::adoption,
                    "Vedtaket, for en vedtatt plan: dato, organet som vedtok den og saksnummeret."),
             key("summary", K::markdown, "Et kort sammendrag som vises først (Markdown)."),
             key("price_year", K::year,
                 "Året beløpene er i priser fra (prisnivået), f.eks. 2026; vises i kostnadskapitlet, "
                 "regnearket og budsjettfila.")},
            {},
            {}};
}

ObjectSpec adoption() {
    return {O::adoption, "adoption", "Vedtaket som gjorde planen gjeldende.",
            {key("date", K::date, "Vedtaksdatoen, ÅÅÅÅ-MM-DD."),
             key("body", K::text, "Organet som vedtok planen, f.eks. «Bergen bystyre» (ellers adopted_by)."),
             key("case", K::text, "Saksnummeret, f.eks. «2026/1234» eller «PS 45/26».")},
            {},
            {}};
}

ObjectSpec period() {
    return {O::period, "period", "Planperioden i hele år.",
            {required(key("from", K::year, "Første år i perioden.")),
             required(key("to", K::year, "Siste år i perioden."))},
            {},
            {}};
}

ObjectSpec unit() {
    return {O::unit, "unit", "En organisatorisk enhet.",
            {id_key(), required(key("name", K::text, "Enhetens fulle navn.")),
             key("parent", K::ref, "Id-en til enheten den hører under."),
             key("ansvar", K::text,
                 "Enhetens ansvarsnummer i kommunens regnskap, som tekst, f.eks. \"4610\".")},
            {},
            {}};
}

ObjectSpec service() {
    return {O::service, "service", "En tjeneste planen omfatter.",
            {id_key(), required(key("name", K::text, "Tjenestens navn.")),
             key("description", K::text, "En kort beskrivelse av tjenesten.")},
            {},
            {}};
}

ObjectSpec rate() {
    return {O::rate, "rate", "En navngitt årlig sats.",
            {id_key(), required(key("name", K::text, "Hva satsen gjelder, f.eks. «Årsverk rådgiver».")),
             required(key("amount", K::amount, "Kroner per årsverk per år, over 0."))},
            {},
            {}};
}

KeySpec text_key(const std::string& what) {
    return key("text", K::markdown, what + " (Markdown).");
}

KeySpec text_file_key() {
    return key("text_file", K::path, "Det samme fra en .md-fil i planens mappe (text eller text_file).");
}

KeySpec chapter_services() {
    return key("services", K::refs, "Id-ene til tjenestene teksten handler om.");
}

// The topics a chapter or section covers (plan/topics.h), for the rule check.
KeySpec topics_key() {
    KeySpec k = key("topics", K::choices,
                    "Temaene teksten dekker, f.eks. [legevakt, availability]; regelsjekken ser etter "
                    "de påkrevde temaene (docs/format.md).");
    for (const TopicInfo& t : topics()) k.words.emplace_back(t.word);
    return k;
}

ObjectSpec chapter() {
    return {O::chapter, "chapter", "Et kapittel.",
            {id_key("Stabil id; kapitler og delkapitler deler navnerom."),
             required(key("title", K::text, "Overskriften, uten nummer.")),
             key("numbered", K::boolean, "false for forord eller sammendrag uten nummer (standard: true)."),
             key("cost_table", K::boolean,
                 "true på kapitlet (høyst ett) som avsluttes med kostnadstabellene."),
             key("doctors_table", K::boolean,
                 "true på kapitlet som viser tabellen over legehjemlene etter teksten sin; false holder den ute."),
             chapter_services(), topics_key(), text_key("Tekst før første delkapittel"), text_file_key(),
             objects("sections", O::section, "Delkapitlene i rekkefølge.")},
            {{false, {"text", "text_file"}}},
            {}};
}

ObjectSpec section() {
    return {O::section, "section", "Et delkapittel.",
            {id_key("Stabil id; kapitler og delkapitler deler navnerom."),
             required(key("title", K::text, "Overskriften, uten nummer.")), chapter_services(),
             topics_key(), text_key("Delkapitlets tekst"), text_file_key(),
             objects("estimates", O::estimate,
                     "Kostnadsanslag teksten begrunner uten at de er tiltak; telles ikke med i summene.")},
            {{false, {"text", "text_file"}}},
            {}};
}

std::vector<KeySpec> cost_keys() {
    return {required(choice("type", {"yearly", "one_time"},
                            "yearly: hvert år kostnaden løper; one_time: én gang.")),
            key("amount", K::amount_or_range, "Kroner: et beløp, eller {low, high} for et anslag."),
            key("fte", K::quantity_or_range, "Antall årsverk, f.eks. 0.5, eller {low, high}; prises med rate."),
            key("rate", K::ref, "Id-en til satsen årsverkene prises med."),
            key("count", K::quantity_or_range, "Antall enheter, eller {low, high}; ganges med unit_amount."),
            key("unit_amount", K::amount_or_range, "Kroner per enhet, eller {low, high}."),
            key("from", K::year, "Første år en årlig kostnad løper (standard: periodens første år)."),
            key("to", K::year, "Siste år en årlig kostnad løper (standard: periodens siste år)."),
            key("year", K::year, "Året en engangskostnad faller i (standard: periodens første år)."),
            choice("funding", kFundingWords, "Hvordan kostnaden finansieres; overstyrer tiltakets."),
            key("note", K::text, "Merknad som vises med kostnaden, f.eks. «engangsutgift».")};
}

const std::vector<KeyGroup> kCostGroups = {{true, {"amount", "fte", "count"}}};
const std::vector<std::pair<std::string, std::string>> kCostNeeds = {
    {"fte", "rate"}, {"rate", "fte"}, {"count", "unit_amount"}, {"unit_amount", "count"}};

// What finance needs of a measure's cost: where it is booked and who pays (not for estimates).
std::vector<KeySpec> cost_finance_keys() {
    return {key("kostra", K::text,
                "KOSTRA-funksjonen kostnaden føres på, f.eks. 241; overstyrer tiltakets."),
            key("art", K::text,
                "KOSTRA-arten kostnaden føres på, tre sifre som tekst, f.eks. \"010\" (lønn) eller "
                "\"200\"; overstyrer tiltakets."),
            choice("budget", {"operating", "investment"},
                   "Budsjettet kostnaden hører til: operating (drift, standard) eller investment "
                   "(investering)."),
            key("project", K::text, "Prosjektnummeret kostnaden føres på; overstyrer tiltakets."),
            objects("grants", O::grant,
                    "Tilskudd som dekker en del av kostnaden: per år for en årlig kostnad, én gang "
                    "for en engangskostnad."),
            object("share", O::cost_share,
                   "En tjeneste kommunen driver sammen med andre: amount er tjenestens brutto, "
                   "kommunen betaler percent av den.")};
}

ObjectSpec cost() {
    std::vector<KeySpec> keys = cost_keys();
    for (KeySpec& k : cost_finance_keys()) keys.push_back(std::move(k));
    return {O::cost, "cost", "En kostnad: amount, fte med rate, eller count med unit_amount.",
            keys, kCostGroups, kCostNeeds};
}

ObjectSpec grant() {
    return {O::grant, "grant", "Et tilskudd: inntekt som dekker en del av en kostnad.",
            {required(key("name", K::text, "Tilskuddet, f.eks. «ALIS-tilskudd».")),
             required(key("amount", K::amount,
                           "Kroner per år for en årlig kostnad, ellers én gang; høyst kostnaden.")),
             required(choice("funding", {"state_grant", "external", "other"},
                             "Hvem som betaler: state_grant (staten), external (andre) eller other.")),
             key("art", K::text,
                 "KOSTRA-arten inntekten føres på, f.eks. \"700\" (standard: \"810\" for statlige "
                 "tilskudd, \"880\" for andre).")},
            {},
            {}};
}

ObjectSpec cost_share() {
    return {O::cost_share, "cost_share",
            "Kommunens andel av en tjeneste den driver sammen med andre kommuner.",
            {required(key("percent", K::number,
                          "Andelen kommunen betaler, over 0 og høyst 100, f.eks. 40 eller 37.5.")),
             required(key("key", K::text, "Fordelingsnøkkelen, f.eks. «innbyggertall»."))},
            {},
            {}};
}

ObjectSpec estimate() {
    std::vector<KeySpec> keys = {required(key("title", K::text, "Hva anslaget gjelder."))};
    for (KeySpec& k : cost_keys()) keys.push_back(std::move(k));
    return {O::estimate, "estimate",
            "Et kostnadsanslag: en kostnad med tittel, vist ved delkapitlet og ved kostnadstabellen.",
            keys, kCostGroups, kCostNeeds};
}

ObjectSpec amount_range() {
    return {O::amount_range, "amount_range", "Et spenn av beløp i hele kroner.",
            {required(key("low", K::amount, "Laveste beløp.")),
             required(key("high", K::amount, "Høyeste beløp, minst like høyt som low."))},
            {},
            {}};
}

ObjectSpec quantity_range() {
    return {O::quantity_range, "quantity_range", "Et spenn av antall.",
            {required(key("low", K::quantity, "Laveste antall.")),
             required(key("high", K::quantity, "Høyeste antall, minst like høyt som low."))},
            {},
            {}};
}

ObjectSpec measure() {
    return {O::measure, "measure", "Et tiltak.",
            {id_key(),
             required(whole_number("number", 1, 100'000,
                                   "Nummeret leserne ser: 1 … N uten hull eller dubletter.")),
             required(key("section", K::ref, "Id-en til kapitlet eller delkapitlet tiltaket hører til.")),
             required(key("title", K::text, "Kort navn til tabeller og regneark.")),
             text_key("Tiltaket slik planen formulerer det"), text_file_key(),
             key("responsible", K::ref_or_refs,
                 "Ansvarlige enheter (id eller liste); den første bærer kostnaden i summer per enhet."),
             key("services", K::refs, "Id-ene til tjenestene tiltaket gjelder."),
             key("goals", K::ref_or_refs, "Målene tiltaket skal bidra til (id eller liste)."),
             objects("costs", O::cost, "Tiltakets kostnader; uten dem står det «Ikke kostnadsberegnet»."),
             choice("funding", kFundingWords, "Hvordan tiltaket er tenkt finansiert."),
             key("kostra", K::text,
                 "KOSTRA-funksjonen tiltakets kostnader føres på, f.eks. 241 eller 256."),
             key("art", K::text,
                 "KOSTRA-arten tiltakets kostnader føres på, f.eks. \"010\" (lønn), med mindre de sier annet."),
             key("project", K::text, "Prosjektnummeret tiltakets kostnader føres på, f.eks. \"P1234\"."),
             choice("priority", {"high", "medium", "low"}, "Prioritet: høy, middels eller lav."),
             choice("status", kMeasureStatusWords, "Hvor langt tiltaket er kommet."),
             key("deadline", K::date_or_year, "Når tiltaket skal være gjennomført: år eller dato."),
             key("basis", K::texts, "Lov eller avtale tiltaket bygger på, f.eks. «ASA 4310 punkt 6.2».")},
            {{true, {"text", "text_file"}}},
            {}};
}

std::vector<std::string> key_figure_kind_words() {
    std::vector<std::string> words;
    for (const KeyFigureKind& k : key_figure_kinds()) words.emplace_back(k.id);
    return words;
}

ObjectSpec key_figure() {
    return {O::key_figure, "key_figure",
            "Et nøkkeltall: én verdi, en tidsserie, en sammenligning eller en liten tabell.",
            {id_key(), required(key("title", K::text, "Hva tallet viser.")),
             key("value", K::text, "Verdien, f.eks. 230."),
             key("unit", K::text, "Enheten verdien måles i, f.eks. «leger» eller «%»."),
             object("table", O::table, "En liten tabell med columns og rows (i stedet for value)."),
             objects("series", O::key_figure_point,
                     "Verdien år for år, eldste år først (i stedet for value); vises som tabell og diagram."),
             objects("comparisons", O::key_figure_comparison,
                     "Det samme tallet for regionen, landet eller grupper (f.eks. aldersgrupper); "
                     "vises som tabell og diagram."),
             choice("kind", key_figure_kind_words(),
                    "Standard type, så tallet kan sammenlignes med andre planers (legeplan overview); "
                    "list_ceiling gir en advarsel utenfor 500–2 500."),
             key("section", K::ref, "Kapitlet eller delkapitlet tallet vises i (standard: med de andre nøkkeltallene)."),
             key("source", K::text, "Hvor tallet kommer fra, f.eks. KOSTRA."),
             key("date", K::date_or_year, "Når tallet gjaldt: dato eller år.")},
            {{false, {"value", "table", "series", "comparisons"}, true},
             {false, {"table", "value"}},
             {false, {"table", "series"}},
             {false, {"table", "comparisons"}},
             {false, {"value", "series"}}},
            {}};
}

ObjectSpec key_figure_point() {
    return {O::key_figure_point, "key_figure_point", "Nøkkeltallets verdi ett år.",
            {required(key("year", K::year, "Året.")),
             required(key("value", K::number, "Verdien: et tall fra 0 med høyst tre desimaler, f.eks. 23.5."))},
            {},
            {}};
}

ObjectSpec key_figure_comparison() {
    return {O::key_figure_comparison, "key_figure_comparison",
            "Det samme tallet et annet sted eller for en gruppe.",
            {required(key("label", K::text, "Hvor eller hvem: «Vestre Viken», «Hele landet», «under 40 år».")),
             required(key("value", K::number, "Verdien: et tall fra 0 med høyst tre desimaler."))},
            {},
            {}};
}

ObjectSpec table() {
    return {O::table, "table", "En liten tabell.",
            {required(key("columns", K::texts, "Kolonneoverskriftene.")),
             required(key("rows", K::text_rows, "Radene, hver en liste like lang som columns."))},
            {},
            {}};
}

ObjectSpec appendix() {
    return {O::appendix, "appendix", "Et vedlegg.",
            {id_key(), required(key("title", K::text, "Vedleggets tittel.")), text_key("Vedlegget"),
             text_file_key(),
             key("rule_check", K::boolean,
                 "true: vedlegget viser planens sjekk mot regelverket (legeplan rules) etter teksten; "
                 "da kan teksten utelates.")},
            {{false, {"text", "text_file"}}},
            {}};
}

// The figures an assertion may state, in the order messages list them.
const std::vector<std::string> kAssertedFigures = {
    "total", "recurring", "one_time", "measures", "net", "grants", "list_ceilings", "gp_fte",
    "curative_fte", "patients_per_curative_fte", "corrected_list_length", "list_per_curative_day"};

ObjectSpec assertion() {
    return {O::assertion, "assertion",
            "Et tall planen forventer: nøyaktig én av total, recurring, one_time, measures, net, "
            "grants, list_ceilings, gp_fte, curative_fte, patients_per_curative_fte, "
            "corrected_list_length og list_per_curative_day.",
            {key("total", K::amount, "Forventet sum av årlige kostnader og engangskostnader."),
             key("recurring", K::amount, "Forventet sum av årlige kostnader (kroner per år)."),
             key("one_time", K::amount, "Forventet sum av engangskostnader."),
             whole_number("measures", 0, 1'000'000, "Forventet antall tiltak."),
             key("net", K::amount, "Forventet netto: kommunens egen kostnad minus tilskudd."),
             key("grants", K::amount, "Forventet sum av tilskudd."),
             whole_number("list_ceilings", 0, 1'000'000'000, "Forventet sum av legenes listetak."),
             key("gp_fte", K::number, "Forventede legeårsverk: summen av stillingene / 100, med høyst to desimaler."),
             key("curative_fte", K::number,
                 "Forventede kurative årsverk: kurative timer / 37,5, med høyst én desimal."),
             whole_number("patients_per_curative_fte", 0, 1'000'000'000,
                          "Forventede listepasienter per kurative årsverk (nøkkeltallet listed_patients)."),
             whole_number("corrected_list_length", 0, 1'000'000'000,
                          "Forventet listelengde korrigert for kommunale timer (SSBs definisjon)."),
             whole_number("list_per_curative_day", 0, 1'000'000,
                          "Forventet listetak per kurative dag for legen doctor."),
             key("doctor", K::ref, "Legen list_per_curative_day gjelder."),
             key("unit", K::ref, "Bare tiltak der denne enheten er første ansvarlige."),
             key("chapter", K::ref, "Bare tiltak plassert i dette kapitlet."),
             key("year", K::year, "Bare det som faller i dette året (ikke sammen med measures)."),
             key("note", K::text, "Hvor tallet kommer fra.")},
            {{true, kAssertedFigures}},
            {{"list_per_curative_day", "doctor"}, {"doctor", "list_per_curative_day"}}};
}

ObjectSpec chief_medical_officer() {
    return {O::chief_medical_officer, "chief_medical_officer", "Kommuneoverlegen.",
            {key("name", K::text, "Navn eller rolle."),
             required(key("position", K::number,
                          "Stillingsandelen til samfunnsmedisin i prosent av en full stilling, f.eks. 60.")),
             key("shared_with", K::text, "Kommunene stillingen deles med, når den er interkommunal.")},
            {},
            {}};
}

ObjectSpec legevakt() {
    return {O::legevakt, "legevakt", "Legevakten.",
            {key("backup_doctor", K::boolean,
                 "true når en bakvakt som oppfyller kompetansekravene, er tilgjengelig for leger som "
                 "ikke gjør det."),
             key("note", K::text, "Merknad, f.eks. hvordan bakvakten er ordnet.")},
            {},
            {}};
}

ObjectSpec rule_note() {
    return {O::rule_note, "rule_note", "Planens forklaring på en regel den ikke oppfyller.",
            {required(key("rule", K::ref, "Id-en til regelen, som legeplan rules viser den.")),
             required(key("note", K::text, "Forklaringen, f.eks. hvilket tiltak som retter det."))},
            {},
            {}};
}

// Not part of a plan: the region file `legeplan overview` reads (plan/region_file.h).
ObjectSpec region_file() {
    return {O::region_file, "region_file",
            "En regionfil (region.yaml) for legeplan overview: regionen, året og kommunenes planer.",
            {required(key("region", K::text, "Regionens navn, f.eks. «Vestre Viken».")),
             key("title", K::text, "Oversiktens tittel (ellers «Regionoversikt – planer for legetjenesten»)."),
             key("date", K::date, "Oversiktens dato, ÅÅÅÅ-MM-DD (ellers den nyeste av planenes datoer)."),
             required(key("year", K::year, "Året oversikten gjelder: kostnadene for det året og nøkkeltallene "
                                           "for det året eller siste år før.")),
             required(key("plans", K::paths, "Planene: plan.yaml-filer eller mapper med planer, relativt til "
                                             "regionfilen og inne i mappen dens."))},
            {},
            {}};
}

ObjectSpec lsu() {
    return {O::lsu, "lsu", "LSUs behandling av planen.",
            {objects("meetings", O::lsu_meeting, "Møtene i LSU som behandlet planen."),
             object("statement", O::lsu_statement, "LSUs uttalelse.")},
            {},
            {}};
}

ObjectSpec lsu_meeting() {
    return {O::lsu_meeting, "lsu_meeting", "Et møte i LSU.",
            {required(key("date", K::date, "Møtedatoen, ÅÅÅÅ-MM-DD.")),
             key("note", K::text, "Merknad, f.eks. «første gjennomgang».")},
            {},
            {}};
}

ObjectSpec lsu_statement() {
    return {O::lsu_statement, "lsu_statement", "LSUs uttalelse om planen.",
            {required(key("date", K::date, "Når LSU ga uttalelsen, ÅÅÅÅ-MM-DD.")),
             text_key("Uttalelsen"), text_file_key(),
             objects("measures", O::lsu_measure_view, "LSUs syn på enkelte tiltak."),
             objects("chapters", O::lsu_chapter_comment, "LSUs merknader til teksten i enkelte kapitler.")},
            {{true, {"text", "text_file"}}},
            {}};
}

ObjectSpec lsu_measure_view() {
    return {O::lsu_measure_view, "lsu_measure_view", "LSUs syn på ett tiltak.",
            {required(key("measure", K::ref, "Id-en til tiltaket.")),
             required(choice("position", {"supports", "supports_with_changes", "does_not_support"},
                             "Støtter, støtter med endringer, eller støtter ikke.")),
             key("comment", K::text, "LSUs kommentar.")},
            {},
            {}};
}

ObjectSpec lsu_chapter_comment() {
    return {O::lsu_chapter_comment, "lsu_chapter_comment", "LSUs merknad til ett kapittel.",
            {required(key("chapter", K::ref, "Id-en til kapitlet.")),
             required(key("comment", K::text, "LSUs merknad til kapitlets tekst."))},
            {},
            {}};
}

ObjectSpec goal() {
    return {O::goal, "goal", "Et mål planen setter, med indikatorer som viser om det nås.",
            {id_key(), required(key("title", K::text, "Målet, kort formulert.")),
             text_key("Hva målet innebærer"), text_file_key(),
             objects("indicators", O::indicator, "Indikatorene målet måles med.")},
            {{false, {"text", "text_file"}}},
            {}};
}

ObjectSpec indicator() {
    return {O::indicator, "indicator", "En indikator: et tall med utgangspunkt og mål.",
            {id_key(), required(key("title", K::text, "Hva indikatoren måler.")),
             required(key("unit", K::text, "Enheten tallet måles i, f.eks. «pasienter per lege» eller «%».")),
             choice("kind", {"gp_office_calls_answered", "legevakt_calls_answered"},
                    "Hva indikatoren måler, når regelsjekken kjenner det: andelen telefoner besvart "
                    "innen to minutter på fastlegekontorene (gp_office_calls_answered) eller på "
                    "legevaktsentralen (legevakt_calls_answered), i prosent."),
             required(object("baseline", O::indicator_value,
                              "Utgangspunktet: året og verdien målingen starter fra.")),
             required(object("target", O::indicator_value,
                             "Målet: året (i planperioden) og verdien planen sikter mot."))},
            {},
            {}};
}

ObjectSpec indicator_value() {
    return {O::indicator_value, "indicator_value", "Et år og verdien indikatoren har eller skal ha da.",
            {required(key("year", K::year, "Året verdien gjelder.")),
             required(key("value", K::number,
                           "Verdien: et tall fra 0 med høyst tre desimaler etter punktum, f.eks. 97.5."))},
            {},
            {}};
}

ObjectSpec follow_up() {
    return {O::follow_up, "follow_up", "Oppfølgingsrapporten for ett år i planperioden.",
            {required(key("year", K::year, "Året rapporten gjelder; ett av planperiodens år.")),
             required(key("date", K::date, "Datoen rapporten ble skrevet, ÅÅÅÅ-MM-DD.")),
             text_key("Rapportens tekst"), text_file_key(),
             objects("measures", O::follow_up_measure, "Status og forbruk for hvert tiltak."),
             objects("indicators", O::follow_up_indicator, "Indikatorenes verdi i året.")},
            {{false, {"text", "text_file"}}},
            {}};
}

ObjectSpec follow_up_measure() {
    return {O::follow_up_measure, "follow_up_measure", "Ett tiltak i en oppfølgingsrapport.",
            {required(key("measure", K::ref, "Id-en til tiltaket.")),
             required(choice("status", kMeasureStatusWords, "Hvor langt tiltaket var kommet ved årets slutt.")),
             key("spent", K::amount, "Kroner faktisk brukt på tiltaket i året (standard: 0)."),
             text_key("Hva som ble gjort, eller hvorfor ikke"), text_file_key()},
            {{false, {"text", "text_file"}}},
            {}};
}

ObjectSpec follow_up_indicator() {
    return {O::follow_up_indicator, "follow_up_indicator", "En indikators verdi i rapportens år.",
            {required(key("indicator", K::ref, "Id-en til indikatoren.")),
             required(key("value", K::number,
                           "Verdien i året: et tall fra 0 med høyst tre desimaler, f.eks. 97.5."))},
            {},
            {}};
}

ObjectSpec doctor() {
    return {O::doctor, "doctor", "En legehjemmel (fastlege, LIS1 eller annen lege), også en ledig.",
            {id_key("Stabil id, f.eks. initialene: lege-ab."),
             key("name", K::text, "Initialer, en rolle eller «ledig hjemmel»."),
             required(key("position", K::number,
                          "Stillingen i prosent av en uke på 37,5 timer, over 0 og høyst 100, f.eks. 80.")),
             whole_number("list_ceiling", 1, 10'000,
                          "Listetaket i hele pasienter; utelates for en lege uten liste (f.eks. LIS1)."),
             key("lower_ceiling_agreed", K::boolean,
                 "true når et listetak under 500 er avtalt med kommunen."),
             key("public_hours_agreed", K::boolean,
                 "true når legen har avtalt flere offentlige timer enn de 7,5 i uken kommunen kan pålegge."),
             objects("public_hours", O::public_hours,
                     "Timer per uke til offentlige legeoppgaver, én linje per oppgave."),
             key("curative_hours", K::hours,
                 "Kurative timer per uke; utelatt regnes de ut som stilling × 37,5 minus offentlige timer."),
             choice("competence", {"specialist", "in_training", "lis1", "other"},
                    "specialist (spesialist i allmennmedisin), in_training (ALIS/LIS3), lis1 eller other."),
             key("legevakt", K::boolean, "true når legen deltar i legevakt."),
             key("supervisor", K::ref, "Id-en til legen som er veileder."),
             key("unit", K::ref, "Id-en til enheten legen hører til.")},
            {},
            {}};
}

ObjectSpec public_hours() {
    return {O::public_hours, "public_hours", "Timer per uke til én offentlig legeoppgave.",
            {required(choice("task",
                             {"nursing_home", "health_station", "supervision", "community_medicine",
                              "refugee_health", "prison", "other"},
                             "Oppgaven: nursing_home (sykehjem/KAD), health_station (helsestasjon og "
                             "skolehelsetjeneste), supervision (veiledning), community_medicine "
                             "(samfunnsmedisin), refugee_health (flyktning- og asylhelse), prison "
                             "(fengselshelse) eller other.")),
             required(key("hours", K::hours, "Timer per uke, over 0, med høyst to desimaler, f.eks. 3.75.")),
             key("note", K::text, "Merknad, f.eks. hvilket sykehjem.")},
            {},
            {}};
}

std::vector<ObjectSpec> make_spec() {
    std::vector<ObjectSpec> spec = {
        plan_file(), included_file(), metadata(),  adoption(), period(),         unit(),           service(),
        rate(),      chapter(),       section(),   estimate(),       measure(),        cost(),
        amount_range(), quantity_range(), key_figure(), key_figure_point(), key_figure_comparison(), table(),     appendix(),       assertion(),
        lsu(),       lsu_meeting(),   lsu_statement(), lsu_measure_view(), lsu_chapter_comment(), goal(),
        indicator(), indicator_value(), follow_up(), follow_up_measure(), follow_up_indicator(), grant(),
        cost_share(), doctor(), public_hours(), chief_medical_officer(), legevakt(), rule_note(), region_file()};
    for (std::size_t i = 0; i < spec.size(); ++i) {
        if (static_cast<std::size_t>(spec[i].kind) != i) {
            throw std::logic_error("format spec: '" + spec[i].name + "' is out of ObjectKind order");
        }
    }
    return spec;
}

}  // namespace

const KeySpec* ObjectSpec::key(std::string_view wanted) const {
    auto found = std::find_if(keys.begin(), keys.end(),
                              [&](const KeySpec& k) { return k.name == wanted; });
    return found == keys.end() ? nullptr : &*found;
}

std::vector<std::string> ObjectSpec::key_names() const {
    std::vector<std::string> names;
    for (const KeySpec& k : keys) names.push_back(k.name);
    return names;
}

const std::vector<std::string>& ObjectSpec::words(std::string_view wanted) const {
    const KeySpec* k = key(wanted);
    if (!k || (k->kind != ValueKind::choice && k->kind != ValueKind::choices)) {
        throw std::logic_error("format spec: '" + std::string(wanted) + "' is not a choice of " +
                               name);
    }
    return k->words;
}

const std::vector<ObjectSpec>& format_spec() {
    static const std::vector<ObjectSpec> spec = make_spec();
    return spec;
}

const ObjectSpec& object_spec(ObjectKind kind) {
    return format_spec().at(static_cast<std::size_t>(kind));
}

}  // namespace legeplan

#include "plan/kostra_functions.h"

#include <array>

#include "plan/kostra_codes.h"

namespace legeplan {

namespace {

// The functions SSB's control program for the municipal accounts accepts for a municipality
// (kostra-kontrollprogram, KommuneKostraMain.kt at commit c1f5848 of 2026-07-16, read
// 2026-12-07), with the names SSB publishes; 322 and 841 are accepted there but their names were
// not found, and are said to be so. 190 and 254 expired after 2023 (SSB: 254 was split into 257
// and 258 from 1 January 2024).
constexpr KostraFunction kFunctions[] = {
    {"100", "Politisk styring"},
    {"110", "Kontroll og revisjon"},
    {"120", "Administrasjon"},
    {"121", "Forvaltningsutgifter i eiendomsforvaltningen"},
    {"130", "Administrasjonslokaler"},
    {"170", "Årets premieavvik"},
    {"171", "Amortisering av tidligere års premieavvik"},
    {"172", "Pensjon"},
    {"173", "Premiefond"},
    {"180", "Diverse fellesutgifter"},
    {"190", "Interne serviceenheter", 2023, ""},
    {"201", "Barnehage"},
    {"202", "Grunnskole"},
    {"211", "Styrket tilbud til førskolebarn"},
    {"213", "Voksenopplæring"},
    {"215", "Skolefritidstilbud"},
    {"221", "Barnehagelokaler og skyss"},
    {"222", "Skolelokaler"},
    {"223", "Skoleskyss"},
    {"231", "Aktivitetstilbud barn og unge"},
    {"232", "Helsestasjons- og skolehelsetjeneste"},
    {"233", "Annet forebyggende helsearbeid"},
    {"234", "Aktiviserings- og servicetjenester overfor eldre og personer med funksjonsnedsettelser"},
    {"241", "Diagnose, behandling, re-/habilitering"},
    {"242", "Råd, veiledning og sosialt forebyggende arbeid"},
    {"243", "Tilbud til personer med rusproblemer"},
    {"244", "Barneverntjeneste"},
    {"251", "Barneverntiltak når barnet ikke er plassert av barnevernet"},
    {"252", "Barneverntiltak når barnet er plassert av barnevernet"},
    {"253", "Helse- og omsorgstjenester i institusjon"},
    {"254", "Helse- og omsorgstjenester til hjemmeboende", 2023, "257, 258"},
    {"256", "Akutthjelp helse- og omsorgstjenester"},
    {"257", "Hjemmetjenester – personellbase knyttet til bofellesskap/samlokaliserte omsorgsboliger"},
    {"258", "Hjemmetjenester – ambulerende virksomhet mv."},
    {"261", "Institusjonslokaler"},
    {"265", "Kommunalt disponerte boliger"},
    {"273", "Arbeidsrettede tiltak i kommunal regi"},
    {"275", "Introduksjonsordningen"},
    {"276", "Kvalifiseringsordningen"},
    {"281", "Økonomisk sosialhjelp"},
    {"283", "Bistand til etablering og opprettholdelse av egen bolig"},
    {"285", "Tjenester utenfor ordinært kommunalt ansvarsområde"},
    {"290", "Interkommunale samarbeid (§§ 27/28a-samarbeid)"},
    {"301", "Plansaksbehandling"},
    {"302", "Byggesaksbehandling og eierseksjonering"},
    {"303", "Kart og oppmåling"},
    {"315", "Boligbygging og fysiske bomiljøtiltak"},
    {"320", "Kommunal næringsvirksomhet"},
    {"321", "Konsesjonskraft, kraftrettigheter og annen kraft for videresalg"},
    {"322", "Funksjon 322 (navnet er ikke bekreftet)"},
    {"325", "Tilrettelegging, støttefunksjoner og finansiering for næringslivet"},
    {"329", "Landbruksforvaltning og landbruksbasert næringsutvikling"},
    {"330", "Samferdselsbedrifter/transporttiltak"},
    {"332", "Kommunale veier"},
    {"335", "Rekreasjon i tettsted"},
    {"338", "Forebygging av branner og andre ulykker"},
    {"339", "Beredskap mot branner og andre ulykker"},
    {"340", "Produksjon av vann"},
    {"345", "Distribusjon av vann"},
    {"350", "Avløpsrensing"},
    {"353", "Avløpsnett/innsamling av avløpsvann"},
    {"354", "Tømming av slamavskillere, septiktanker o.l."},
    {"355", "Innsamling av husholdningsavfall"},
    {"360", "Naturforvaltning og friluftsliv"},
    {"365", "Kulturminneforvaltning"},
    {"370", "Bibliotek"},
    {"373", "Kino"},
    {"375", "Museer"},
    {"377", "Kunstformidling"},
    {"380", "Idrett og tilskudd til andres idrettsanlegg"},
    {"381", "Kommunale idrettsbygg og idrettsanlegg"},
    {"383", "Musikk- og kulturskoler"},
    {"385", "Andre kulturaktiviteter og tilskudd til andres kulturbygg"},
    {"386", "Kommunale kulturbygg"},
    {"390", "Den norske kirke"},
    {"392", "Andre religiøse formål"},
    {"393", "Gravplasser og krematorier"},
    {"800", "Skatt på inntekt og formue"},
    {"840", "Statlig rammetilskudd og øvrige generelle statstilskudd"},
    {"841", "Funksjon 841 (navnet er ikke bekreftet)"},
    {"850", "Generelt statstilskudd vedrørende flyktninger m.v."},
    {"860", "Motpost avskrivninger"},
    {"870", "Renter/utbytte og lån (innlån og utlån)"},
    {"880", "Interne finansieringstransaksjoner"},
    {"899", "Årets regnskapsmessige merforbruk/mindreforbruk"},
};

// The functions a plan for legetjenesten books on, offered when a code is not even three digits.
constexpr std::array<std::string_view, 8> kHealthCodes = {"232", "233", "234", "241",
                                                          "253", "256", "257", "258"};


}  // namespace

std::span<const KostraFunction> kostra_functions() { return kFunctions; }

const KostraFunction* find_kostra_function(std::string_view code) {
    return find_code<KostraFunction>(kFunctions, code);
}

std::vector<const KostraFunction*> kostra_functions_near(std::string_view code) {
    return codes_near<KostraFunction>(kFunctions, code, kHealthCodes);
}

}  // namespace legeplan

#include "plan/kostra_arts.h"

#include <array>

#include "plan/kostra_codes.h"

namespace legeplan {

namespace {

// Every art code Statistics Norway's control program for the municipal accounts accepts for a
// municipality, reporting year 2026 (docs/format.md gives the source). Names only where they
// could be confirmed; the rest are shown by their code.
constexpr KostraArt kArts[] = {
    {"010", "Fastlønn"},
    {"020", "Lønn til vikarer"},
    {"030", "Lønn til ekstrahjelp"},
    {"040", "Overtidslønn"},
    {"050", "Annen lønn og trekkpliktige godtgjørelser"},
    {"070", ""},
    {"075", ""},
    {"080", "Godtgjørelse folkevalgte"},
    {"089", ""},
    {"090", "Pensjonsinnskudd og trekkpliktige forsikringsordninger"},
    {"099", "Arbeidsgiveravgift"},
    {"100", "Kontormateriell"},
    {"105", ""},
    {"110", "Medisinsk forbruksmateriell"},
    {"114", "Medikamenter"},
    {"115", "Matvarer"},
    {"120", "Samlepost annet forbruksmateriell, råvarer og tjenester"},
    {"130", "Post, banktjenester, telefon, internett/bredbånd"},
    {"140", "Annonse, reklame, informasjon"},
    {"150", "Opplæring, kurs"},
    {"160", "Utgifter og godtgjørelser for reiser, diett, bil m.v."},
    {"165", ""},
    {"170", "Transportutgifter og drift av egne transportmidler"},
    {"180", ""},
    {"181", ""},
    {"182", ""},
    {"183", ""},
    {"184", ""},
    {"185", ""},
    {"190", "Husleie, leie av lokaler og grunn"},
    {"195", "Avgifter, gebyrer, lisenser o.l."},
    {"200", "Kjøp, leie og leasing av inventar og utstyr"},
    {"209", "Medisinsk utstyr"},
    {"210", "Kjøp, leie og leasing av transportmidler"},
    {"220", ""},
    {"230", "Vedlikehold, byggetjenester og nybygg"},
    {"240", "Serviceavtaler, reparasjoner og vedlikehold av maskiner, inventar og utstyr"},
    {"250", ""},
    {"260", ""},
    {"271", ""},
    {"272", ""},
    {"280", "Grunnerverv"},
    {"285", ""},
    {"300", "Kjøp fra staten"},
    {"330", "Kjøp fra fylkeskommuner"},
    {"350", "Kjøp fra kommuner"},
    {"370", "Kjøp fra andre (private)"},
    {"380", ""},
    {"400", "Overføring til staten"},
    {"429", ""},
    {"430", "Overføring til fylkeskommuner"},
    {"450", "Overføring til kommuner"},
    {"470", "Overføring til andre (private)"},
    {"480", ""},
    {"500", "Renteutgifter, provisjoner og andre finansutgifter"},
    {"501", ""},
    {"509", ""},
    {"510", "Avdragsutgifter"},
    {"511", ""},
    {"512", ""},
    {"520", "Utlån"},
    {"521", ""},
    {"522", ""},
    {"529", ""},
    {"530", ""},
    {"540", "Avsetninger til disposisjonsfond"},
    {"550", "Avsetninger til bundne fond"},
    {"570", "Overføring til investeringsregnskapet"},
    {"589", ""},
    {"590", "Avskrivninger"},
    {"600", "Brukerbetaling for kommunale tjenester"},
    {"620", "Annet salg av varer og tjenester"},
    {"629", ""},
    {"630", "Husleieinntekter, festeavgift, utleie av lokaler"},
    {"640", ""},
    {"650", ""},
    {"660", ""},
    {"670", ""},
    {"700", "Refusjon fra staten"},
    {"710", "Sykelønnsrefusjon"},
    {"729", "Kompensasjon for merverdiavgift"},
    {"730", "Refusjon fra fylkeskommuner"},
    {"750", "Refusjon fra kommuner"},
    {"770", "Refusjon fra andre (private)"},
    {"780", ""},
    {"800", "Rammetilskudd"},
    {"810", "Andre statlige overføringer"},
    {"830", "Overføringer fra fylkeskommuner"},
    {"850", "Overføringer fra kommuner"},
    {"870", "Skatt på inntekt og formue"},
    {"871", ""},
    {"872", ""},
    {"873", ""},
    {"876", ""},
    {"877", ""},
    {"878", ""},
    {"879", ""},
    {"880", "Overføringer fra andre (private)"},
    {"890", ""},
    {"900", "Renteinntekter"},
    {"901", ""},
    {"905", ""},
    {"909", ""},
    {"910", "Bruk av lån"},
    {"911", ""},
    {"912", ""},
    {"920", ""},
    {"921", ""},
    {"922", ""},
    {"929", ""},
    {"940", "Bruk av disposisjonsfond"},
    {"950", "Bruk av bundne fond"},
    {"970", "Overføring fra driftsregnskapet"},
    {"980", ""},
    {"989", ""},
    {"990", "Motpost avskrivninger"},
};

// The arts a plan for legetjenesten mostly books on, offered when a code is not even three digits.
constexpr std::array<std::string_view, 8> kCommonCodes = {"010", "050", "099", "120",
                                                          "200", "350", "370", "810"};


}  // namespace

std::span<const KostraArt> kostra_arts() { return kArts; }

const KostraArt* find_kostra_art(std::string_view code) { return find_code<KostraArt>(kArts, code); }

std::vector<const KostraArt*> kostra_arts_near(std::string_view code) {
    return codes_near<KostraArt>(kArts, code, kCommonCodes);
}

std::string_view default_grant_art(Funding funding) {
    return funding == Funding::state_grant ? "810" : "880";
}

}  // namespace legeplan

#!/usr/bin/env python3
"""Writes N small, distinct municipal plans for the many-plans benchmark (standard library only).

    bench/gen_region.py N OUT_DIR [--seed S]

Each plan goes to OUT_DIR/NNN-name/plan.yaml (NNN from 001), so `legeplan build OUT_DIR` and
`legeplan overview OUT_DIR` take them all. The plans look like examples/liten-kommune and
examples/region/*: an invented municipality (names put together from Norwegian place-name parts;
a match with a real municipality is chance), 10–60 measures drawn from a pool of typical ones,
about a third of the plans in nynorsk, some costs with grants or a share of a joint service,
some ranges (estimates), a few key figures. Each plan asserts its measure count, recurring,
one-time, total, grants and net, so every `validate`, `build` or `overview` of it also checks the
figures. OUT_DIR/totals.csv lists each plan's folder, municipality and those figures, and the
region's sums in a last line named "sum", for the benchmark to check the overview against.
The same N and seed always give the same bytes.
"""

import argparse
import os
import random
import shutil

# --- names ------------------------------------------------------------------------------------

FIRST = ("Fjell Stor Lund Bratt Nes Sol Mo Ås Dal Berg Sand Strand Li Elv Skog Myr Fjord Holm "
         "Vest Aust Nord Sør Kvit Rau Grøn Bjørk Furu Hval Ørn Rev Ulv Laks Sel Stein Sjø Haug "
         "Eid Vang Flat Lang").split()
LAST = ("vik elv dal nes øy berg fjord stad land heim bygd li sund våg mo haug eid vang voll "
        "rud bø fjell strand å").split()

# --- the pool of measures ---------------------------------------------------------------------
# (service, title nb, text nb, title nn, text nn, cost shape). Cost shapes:
#   fte      yearly FTE × the doctor rate          amount   yearly amount
#   once     one-time amount                       count    yearly count × unit amount
#   share    yearly amount of a joint service      range    an estimate (low–high)
#   none     no cost
MEASURES = [
    ("fastlege", "Veiledning for leger i spesialisering",
     "Kommunen dekker veiledning og kurs for leger som tar spesialiteten i allmennmedisin.",
     "Veileiing for legar i spesialisering",
     "Kommunen dekkjer veileiing og kurs for legar som tek spesialiteten i allmennmedisin.", "count"),
    ("fastlege", "Ny fastlegehjemmel",
     "Kommunen oppretter en ny hjemmel slik at listene blir kortere og ventetiden går ned.",
     "Ny fastlegeheimel",
     "Kommunen opprettar ein ny heimel slik at listene blir kortare og ventetida går ned.", "amount"),
    ("fastlege", "Oppstartsstøtte til nye fastleger",
     "Nye fastleger får garantert inntekt det første året mens lista bygges opp.",
     "Oppstartsstøtte til nye fastlegar",
     "Nye fastlegar får garantert inntekt det første året medan lista blir bygd opp.", "range"),
    ("fastlege", "Kommunalt ansatte fastleger",
     "Kommunen tilbyr fast lønn til leger som ikke vil drive egen praksis.",
     "Kommunalt tilsette fastlegar",
     "Kommunen tilbyr fast løn til legar som ikkje vil drive eigen praksis.", "fte"),
    ("fastlege", "Felles kvalitetsmøter med fastlegene",
     "Kommunen og fastlegene møtes to ganger i året for å se på ventetid og tilgjengelighet.",
     "Felles kvalitetsmøte med fastlegane",
     "Kommunen og fastlegane møtest to gonger i året for å sjå på ventetid og tilgjenge.", "none"),
    ("fastlege", "Bedre telefontilgjengelighet på legekontoret",
     "Legekontoret får nytt telefonsystem med tilbakeringing og en ekstra sekretær om morgenen.",
     "Betre telefontilgjenge på legekontoret",
     "Legekontoret får nytt telefonsystem med tilbakeringing og ein ekstra sekretær om morgonen.", "amount"),
    ("fastlege", "Utbygging av legesenteret",
     "Legesenteret bygges om med to nye kontorer og et større laboratorium.",
     "Utbygging av legesenteret",
     "Legesenteret blir bygd om med to nye kontor og eit større laboratorium.", "once"),
    ("fastlege", "Bolig til nye leger",
     "Kommunen stiller bolig til rådighet for leger som flytter hit, de to første årene.",
     "Bustad til nye legar",
     "Kommunen stiller bustad til rådvelde for legar som flyttar hit, dei to første åra.", "amount"),
    ("fastlege", "Elektronisk timebestilling og videokonsultasjon",
     "Alle fastlegene tilbyr timebestilling på nett og konsultasjon over video.",
     "Elektronisk timebestilling og videokonsultasjon",
     "Alle fastlegane tilbyr timebestilling på nett og konsultasjon over video.", "once"),
    ("legevakt", "Fast bakvakt i legevakta",
     "Nyutdannede leger i vakt har alltid en erfaren lege å rådføre seg med.",
     "Fast bakvakt i legevakta",
     "Nyutdanna legar i vakt har alltid ein røynd lege å rådføre seg med.", "share"),
    ("legevakt", "Legevaktbil med utstyr",
     "Legevakta får egen bil med akuttutstyr, slik at legen kan rykke ut sammen med ambulansen.",
     "Legevaktbil med utstyr",
     "Legevakta får eigen bil med akuttutstyr, slik at legen kan rykkje ut saman med ambulansen.", "once"),
    ("legevakt", "Styrket legevaktsentral",
     "Legevaktsentralen får en sykepleier til på kveld og helg.",
     "Styrkt legevaktsentral",
     "Legevaktsentralen får ein sjukepleiar til på kveld og helg.", "share"),
    ("legevakt", "Opplæring i akuttmedisin",
     "Alle leger og sykepleiere i legevakt tar kurs i akuttmedisin hvert annet år.",
     "Opplæring i akuttmedisin",
     "Alle legar og sjukepleiarar i legevakt tek kurs i akuttmedisin kvart anna år.", "count"),
    ("legevakt", "Ombygging av legevaktlokalet",
     "Legevakta får to nye undersøkelsesrom og et eget venterom for smitte.",
     "Ombygging av legevaktlokalet",
     "Legevakta får to nye undersøkingsrom og eit eige venterom for smitte.", "range"),
    ("sykehjem", "Mer legetid på sykehjemmet",
     "Legetiden på sykehjemmet økes, slik at beboerne får fast oppfølging hver uke.",
     "Meir legetid på sjukeheimen",
     "Legetida på sjukeheimen blir auka, slik at bebuarane får fast oppfølging kvar veke.", "fte"),
    ("sykehjem", "Undersøkelsesutstyr på sykehjemmet",
     "Sykehjemmet kjøper utstyr for blodprøver med svar på stedet og en bærbar ultralyd.",
     "Undersøkingsutstyr på sjukeheimen",
     "Sjukeheimen kjøper utstyr for blodprøver med svar på staden og ein berbar ultralyd.", "once"),
    ("sykehjem", "Forhåndssamtaler med beboere og pårørende",
     "Legen har samtale med alle nye beboere og deres pårørende om ønsker for behandlingen.",
     "Førehandssamtalar med bebuarar og pårørande",
     "Legen har samtale med alle nye bebuarar og pårørande om ønske for behandlinga.", "none"),
    ("sykehjem", "Legetjeneste i hjemmetjenesten",
     "En lege følger opp de sykeste som bor hjemme, sammen med hjemmesykepleien.",
     "Legeteneste i heimetenesta",
     "Ein lege følgjer opp dei sjukaste som bur heime, saman med heimesjukepleia.", "fte"),
    ("helsestasjon", "Mer legetid på helsestasjonen",
     "Legetiden på helsestasjonen økes, slik at alle barn får undersøkelsene sine i tide.",
     "Meir legetid på helsestasjonen",
     "Legetida på helsestasjonen blir auka, slik at alle born får undersøkingane sine i tide.", "amount"),
    ("helsestasjon", "Lege i skolehelsetjenesten",
     "Ungdomsskolen og den videregående skolen får lege til stede én dag i uken.",
     "Lege i skulehelsetenesta",
     "Ungdomsskulen og den vidaregåande skulen får lege til stades éin dag i veka.", "amount"),
    ("helsestasjon", "Helsestasjon for ungdom",
     "Helsestasjon for ungdom holder åpent to ettermiddager i uken, med lege én av dem.",
     "Helsestasjon for ungdom",
     "Helsestasjon for ungdom held ope to ettermiddagar i veka, med lege den eine.", "count"),
    ("helsestasjon", "Helseundersøkelse av flyktninger",
     "Alle nye flyktninger får en helseundersøkelse av lege innen tre måneder.",
     "Helseundersøking av flyktningar",
     "Alle nye flyktningar får ei helseundersøking av lege innan tre månader.", "range"),
    ("samfunnsmedisin", "Kommuneoverlegen i egen stilling",
     "Kommuneoverlegen får en selvstendig stilling med tid til smittevern, beredskap og folkehelse.",
     "Kommuneoverlegen i eiga stilling",
     "Kommuneoverlegen får ei sjølvstendig stilling med tid til smittevern, beredskap og folkehelse.", "fte"),
    ("samfunnsmedisin", "Oppdatert smittevernplan",
     "Smittevernplanen oppdateres og øves sammen med nabokommunene.",
     "Oppdatert smittevernplan",
     "Smittevernplanen blir oppdatert og øvd saman med nabokommunane.", "none"),
    ("samfunnsmedisin", "Felles kommuneoverlege med nabokommunene",
     "Kommunene deler en kommuneoverlege og en stedfortreder, slik at det alltid er en på vakt.",
     "Felles kommuneoverlege med nabokommunane",
     "Kommunane deler ein kommuneoverlege og ein stadfortredar, slik at det alltid er ein på vakt.", "share"),
    ("samfunnsmedisin", "Årlig gjennomgang av planen i LSU",
     "Planen og tiltakene gjennomgås i LSU hver høst, før budsjettarbeidet starter.",
     "Årleg gjennomgang av planen i LSU",
     "Planen og tiltaka blir gått gjennom i LSU kvar haust, før budsjettarbeidet tek til.", "none"),
    ("rus-psykisk", "Lege i rus- og psykiatritjenesten",
     "Rus- og psykiatritjenesten får fast lege én dag i uken.",
     "Lege i rus- og psykiatritenesta",
     "Rus- og psykiatritenesta får fast lege éin dag i veka.", "amount"),
    ("rus-psykisk", "Oppsøkende team for personer med rusproblemer",
     "Et lite team med lege og sykepleier oppsøker dem som ikke kommer til legekontoret.",
     "Oppsøkjande team for personar med rusproblem",
     "Eit lite team med lege og sjukepleiar oppsøkjer dei som ikkje kjem til legekontoret.", "fte"),
    ("rus-psykisk", "Samarbeidsavtale med distriktspsykiatrisk senter",
     "Kommunen og DPS avtaler faste samarbeidsmøter og veiledning for fastlegene.",
     "Samarbeidsavtale med distriktspsykiatrisk senter",
     "Kommunen og DPS avtalar faste samarbeidsmøte og rettleiing for fastlegane.", "none"),
]

SERVICES = {
    "fastlege": ("Fastlegeordningen", "Fastlegeordninga"),
    "legevakt": ("Legevakt", "Legevakt"),
    "sykehjem": ("Legetjenester i sykehjem", "Legetenester i sjukeheim"),
    "helsestasjon": ("Helsestasjon og skolehelsetjeneste", "Helsestasjon og skulehelseteneste"),
    "samfunnsmedisin": ("Samfunnsmedisin", "Samfunnsmedisin"),
    "rus-psykisk": ("Psykisk helse og rus", "Psykisk helse og rus"),
}

# The chapter of each service, and what it says first (nb, nn).
CHAPTER_TEXT = {
    "fastlege": ("Fastlegene er ryggraden i legetjenesten. Listene er lange, og flere av legene "
                 "nærmer seg pensjonsalder.",
                 "Fastlegane er ryggen i legetenesta. Listene er lange, og fleire av legane "
                 "nærmar seg pensjonsalder."),
    "legevakt": ("Legevakta drives sammen med nabokommunene, og fastlegene deltar i vaktene.",
                 "Legevakta blir driven saman med nabokommunane, og fastlegane deltek i vaktene."),
    "sykehjem": ("Flere beboere enn før har sammensatte sykdommer og trenger tett oppfølging av lege.",
                 "Fleire bebuarar enn før har samansette sjukdommar og treng tett oppfølging av lege."),
    "helsestasjon": ("Legen er på helsestasjonen for sjelden til at alle barn får undersøkelsene i tide.",
                     "Legen er på helsestasjonen for sjeldan til at alle born får undersøkingane i tide."),
    "samfunnsmedisin": ("Kommuneoverlegen har i dag for lite tid til smittevern, beredskap og folkehelse.",
                        "Kommuneoverlegen har i dag for lite tid til smittevern, beredskap og folkehelse."),
    "rus-psykisk": ("Personer med rusproblemer og psykiske lidelser bruker fastlegen sjeldnere enn andre.",
                    "Personar med rusproblem og psykiske lidingar nyttar fastlegen sjeldnare enn andre."),
}

UNITS = {  # id: (nb, nn, ansvar prefix)
    "helse-omsorg": ("Helse og omsorg", "Helse og omsorg", "40"),
    "legesenteret": ("Legesenteret", "Legesenteret", "41"),
    "legevakta": ("Legevakta", "Legevakta", "42"),
    "sykehjemmet": ("Sykehjemmet", "Sjukeheimen", "43"),
    "helsestasjonen": ("Helsestasjonen", "Helsestasjonen", "44"),
    "kommuneoverlegen": ("Kommuneoverlegen", "Kommuneoverlegen", "45"),
    "rus-psykisk-helse": ("Rus og psykisk helse", "Rus og psykisk helse", "46"),
}
UNIT_OF = {"fastlege": "legesenteret", "legevakt": "legevakta", "sykehjem": "sykehjemmet",
           "helsestasjon": "helsestasjonen", "samfunnsmedisin": "kommuneoverlegen",
           "rus-psykisk": "rus-psykisk-helse"}

STATUSES = ["draft", "sent_to_lsu", "lsu_statement", "sent_to_council", "adopted"]


def kr(amount):
    return f"{amount:,}".replace(",", " ")


class Plan:
    """One municipality's plan: its YAML lines and the sums it asserts."""

    def __init__(self, rng, name, nynorsk, measures):
        self.rng = rng
        self.name = name
        self.nn = nynorsk
        self.n = measures
        self.recurring = 0
        self.one_time = 0
        self.grants = 0  # yearly grants count once per year the cost runs; see cost()
        self.net_grants = 0

    def t(self, nb, nn):
        return nn if self.nn else nb

    def key_figures(self, section_of):
        """The plan's key figures: 2–5 of these, each in its service's chapter. A spec's `more`
        holds keys written as they stand after `unit`, so a new kind of key figure (or a series,
        a comparison) is one more key in one entry, e.g. "more": {"kind": "list_ceiling"}."""
        rng = self.rng
        people = rng.randint(8, 400) * 100
        specs = [
            {"title": ("Innbyggere", "Innbyggjarar"), "unit": ("innbyggere", "innbyggjarar"),
             "value": people, "service": "fastlege", "source": "SSB", "more": {"kind": "population"}},
            {"title": ("Fastlegehjemler", "Fastlegeheimlar"), "unit": ("hjemler", "heimlar"),
             "value": max(2, people // 1100), "service": "fastlege", "source": "Fastlegeregisteret",
             "more": {"kind": "gp_lists"}},
            {"title": ("Gjennomsnittlig listelengde", "Gjennomsnittleg listelengd"), "unit": ("pasienter", "pasientar"),
             "value": rng.randint(700, 1300), "service": "fastlege", "source": "Fastlegeregisteret",
             "more": {"kind": "list_length"}},
            {"title": ("Legetimer per uke på sykehjemmet", "Legetimar per veke på sjukeheimen"), "unit": ("timer", "timar"),
             "value": rng.randint(2, 40), "service": "sykehjem", "source": "KOSTRA"},
            {"title": ("Fødte per år", "Fødde per år"), "unit": ("barn", "born"),
             "value": max(3, people // 100), "service": "helsestasjon", "source": "SSB"},
            {"title": ("Legevaktkonsultasjoner per år", "Legevaktkonsultasjonar per år"),
             "unit": ("konsultasjoner", "konsultasjonar"), "value": people // 4, "service": "legevakt",
             "source": "KOSTRA"},
        ]
        lines = []
        for k, spec in enumerate(specs):
            service = spec["service"]
            if service not in section_of or (k > 1 and rng.random() < 0.4):
                continue
            lines += [f"  - id: tall-{k + 1}", f"    title: {self.t(*spec['title'])}", f"    value: {spec['value']}",
                      f"    unit: {self.t(*spec['unit'])}"]
            lines += [f"    {key}: {value}" for key, value in spec.get("more", {}).items()]
            lines += [f"    section: {section_of[service]}", f"    source: {spec['source']}",
                      f"    date: {self.period[0] - 1}"]
        return ["key_figures:"] + lines if lines else []

    def cost(self, shape, rate):
        """One cost's YAML map, adding what it counts to the sums."""
        rng = self.rng
        first, last = self.period
        if shape == "range":
            lo = rng.randint(2, 40) * 25_000
            kind = "yearly" if rng.random() < 0.5 else "one_time"
            return f"{{type: {kind}, amount: {{low: {kr(lo)}, high: {kr(lo * 2)}}}, note: {self.t('anslag', 'overslag')}}}"
        if shape == "once":
            amount = rng.randint(2, 80) * 25_000
            year = rng.randint(first, last)
            self.one_time += amount
            # Which budget, decided without the randomness (the plans stay as they were): no
            # one-time cost of 100 000 kr or more is left for W019 to warn about.
            budget = "investment" if amount >= 100_000 else "operating"
            fields = [f"type: one_time, amount: {kr(amount)}, year: {year}, budget: {budget}"]
            if rng.random() < 0.2:
                grant = amount // 2
                fields.append(f"grants: [{{name: {self.t('Tilskudd fra Statsforvalteren', 'Tilskot frå Statsforvaltaren')}, "
                              f"amount: {kr(grant)}, funding: state_grant}}]")
                self.net_grants += grant
            return "{" + ", ".join(fields) + "}"
        start = rng.randint(first, last) if rng.random() < 0.5 else first
        if shape == "fte":
            fte = rng.choice([0.2, 0.5, 1, 1.5, 2])
            own = round(fte * rate)
            fields = [f"type: yearly, fte: {fte}, rate: legeaarsverk"]
        elif shape == "count":
            count, unit = rng.randint(1, 4), rng.randint(2, 16) * 10_000
            own = count * unit
            fields = [f"type: yearly, count: {count}, unit_amount: {kr(unit)}"]
        elif shape == "share":
            gross = rng.randint(5, 80) * 20_000
            percent = rng.choice([10, 20, 25, 40, 50])
            own = gross * percent // 100
            fields = [f"type: yearly, amount: {kr(gross)}, share: {{percent: {percent}, key: {self.t('innbyggertall', 'innbyggjartal')}}}"]
        else:
            own = rng.randint(2, 60) * 10_000
            fields = [f"type: yearly, amount: {kr(own)}"]
        if start > first:
            fields.append(f"from: {start}")
        self.recurring += own
        if shape in ("fte", "count") and rng.random() < 0.3:
            grant = own // 4 // 1000 * 1000
            if grant:
                fields.append(f"grants: [{{name: {self.t('Statstilskudd', 'Statstilskot')}, "
                              f"amount: {kr(grant)}, funding: state_grant}}]")
                self.net_grants += grant
        return "{" + ", ".join(fields) + "}"

    def yaml(self):
        rng, t = self.rng, self.t
        start = rng.choice([2025, 2026, 2026, 2027, 2027, 2027])
        self.period = (start, start + 3)
        status = rng.choice(STATUSES)
        rate = rng.randint(110, 140) * 10_000
        services = ["fastlege", "legevakt", "samfunnsmedisin"] + sorted(
            rng.sample(["sykehjem", "helsestasjon", "rus-psykisk"], rng.randint(1, 3)))
        # Most measures are the pool's, in order of service; a plan of more than the pool holds
        # gets a second round, told apart by its title.
        pool = [m for m in MEASURES if m[0] in services]
        chosen = []
        while len(chosen) < self.n:
            round_no = len(chosen) // len(pool) + 1
            for m in rng.sample(pool, len(pool)):
                if len(chosen) < self.n:
                    chosen.append((m, round_no))
        chosen.sort(key=lambda c: (services.index(c[0][0]), c[1]))
        units = ["helse-omsorg"] + [UNIT_OF[s] for s in services]

        out = [
            f"# Generated by bench/gen_region.py for legeplan's many-plans benchmark; {self.name} is invented.",
            "legeplan: 1",
            "",
            "plan:",
            f"  municipality: {self.name} kommune",
            f"  title: {t('Plan for legetjenesten', 'Plan for legetenesta')} {self.period[0]}–{self.period[1]}",
            f"  period: {{from: {self.period[0]}, to: {self.period[1]}}}",
            f"  language: {'nn' if self.nn else 'nb'}",
            f"  status: {status}",
            f'  version: "{rng.randint(0, 2)}.{rng.randint(1, 9)}"',
            f"  date: {self.period[0] - 1}-{rng.randint(3, 11):02d}-{rng.randint(1, 28):02d}",
            f"  adopted_by: {self.name} kommunestyre",
        ]
        if status == "adopted":  # when and under which case: no draw, so the same seed gives the same plans
            out.append(f"  adopted: {{date: {self.period[0] - 1}-12-15, case: PS 12/{(self.period[0] - 1) % 100:02d}}}")
        out += [
            "  summary: |",
            f"    {t('Planen har', 'Planen har')} {self.n} {t('tiltak for legetjenesten i', 'tiltak for legetenesta i')} "
            f"{self.name}.",
            "",
            "units:",
        ]
        for u in units:
            nb, nn, prefix = UNITS[u]
            out += [f"  - id: {u}", f"    name: {t(nb, nn)}", f'    ansvar: "{prefix}{rng.randint(10, 99)}"']
            if u != "helse-omsorg":
                out.append("    parent: helse-omsorg")
        out.append("services:")
        for s in services:
            out += [f"  - id: {s}", f"    name: {t(*SERVICES[s])}"]
        out += ["rates:", "  - id: legeaarsverk",
                f"    name: {t('Årsverk lege, inkludert sosiale kostnader', 'Årsverk lege, inkludert sosiale kostnader')}",
                f"    amount: {kr(rate)}"]

        out += ["chapters:", "  - id: innledning", f"    title: {t('Innledning', 'Innleiing')}",
                "    text: |",
                "      " + t("Kommunen skal etter rammeavtalen med Legeforeningen ha en plan for legetjenesten.",
                             "Kommunen skal etter rammeavtalen med Legeforeininga ha ein plan for legetenesta.")]
        section_of = {}
        for s in services:
            section_of[s] = s
            out += [f"  - id: {s}", f"    title: {t(*SERVICES[s])}", f"    services: [{s}]", "    text: |",
                    "      " + t(*CHAPTER_TEXT[s])]
            if s == "fastlege" and self.n >= 25:
                section_of[s] = "rekruttering"
                out += ["    sections:", "      - id: rekruttering", f"        title: {t('Rekruttering og stabilitet', 'Rekruttering og stabilitet')}",
                        "        text: |", "          " + t("Det tar lang tid å få søkere til ledige hjemler.",
                                                              "Det tek lang tid å få søkjarar til ledige heimlar.")]

        out.append("measures:")
        for number, ((service, tnb, xnb, tnn, xnn, shape), round_no) in enumerate(chosen, 1):
            title = t(tnb, tnn) + (f" – {t('trinn', 'steg')} {round_no}" if round_no > 1 else "")
            out += [f"  - id: tiltak-{number}", f"    number: {number}", f"    section: {section_of[service]}",
                    f"    title: {title}", "    text: |", f"      {t(xnb, xnn)}",
                    f"    responsible: {UNIT_OF[service] if rng.random() < 0.8 else 'helse-omsorg'}",
                    f"    services: [{service}]"]
            if shape != "none":
                out.append("    costs:")
                out.append("      - " + self.cost(shape, rate))
                if rng.random() < 0.15:
                    out.append("      - " + self.cost("once", rate))
                out.append("    funding: " + rng.choice(["new_money", "new_money", "existing_budget"]))
            out += [f"    priority: {rng.choice(['high', 'medium', 'low'])}",
                    f"    status: {rng.choice(['proposed', 'planned', 'in_progress'])}",
                    f"    deadline: {rng.randint(*self.period)}"]

        out += self.key_figures(section_of)
        out += ["assertions:", f"  - measures: {self.n}", f"  - recurring: {kr(self.recurring)}",
                f"  - one_time: {kr(self.one_time)}", f"  - total: {kr(self.total())}",
                f"  - grants: {kr(self.net_grants)}", f"  - net: {kr(self.total() - self.net_grants)}"]
        if STATUSES.index(status) >= STATUSES.index("lsu_statement"):
            out += ["lsu:", "  statement:", f"    date: {self.period[0] - 1}-11-{rng.randint(1, 28):02d}",
                    "    text: |", "      " + t("LSU slutter seg til planen.", "LSU sluttar seg til planen.")]
        return "\n".join(out) + "\n"

    def total(self):
        return self.recurring + self.one_time


def names(rng, n):
    """n distinct invented municipality names."""
    all_names = sorted({(a + b).capitalize() for a in FIRST for b in LAST if not a.lower().endswith(b)})
    if n > len(all_names):
        raise SystemExit(f"gen_region.py: at most {len(all_names)} plans")
    return rng.sample(all_names, n)


def slug(name):
    return name.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("plans", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    if os.path.isdir(args.out):
        shutil.rmtree(args.out)
    os.makedirs(args.out)
    rows = ["folder,municipality,measures,recurring,one_time,total,grants,net"]
    sums = [0] * 6
    for i, name in enumerate(names(rng, args.plans), 1):
        plan = Plan(rng, name, rng.random() < 0.3, rng.randint(10, 60))
        text = plan.yaml()
        folder = f"{i:03d}-{slug(name)}"
        os.makedirs(os.path.join(args.out, folder))
        with open(os.path.join(args.out, folder, "plan.yaml"), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        figures = [plan.n, plan.recurring, plan.one_time, plan.total(), plan.net_grants,
                   plan.total() - plan.net_grants]
        sums = [a + b for a, b in zip(sums, figures)]
        rows.append(f"{folder},{name} kommune," + ",".join(map(str, figures)))
    rows.append("sum,," + ",".join(map(str, sums)))
    with open(os.path.join(args.out, "totals.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()

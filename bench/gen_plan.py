#!/usr/bin/env python3
"""Writes a synthetic plan with N measures for the benchmark (standard library only).

    bench/gen_plan.py N OUT_DIR [--seed S]

OUT_DIR/plan.yaml is the main file; chapters and measures are spread over included files
(chapters-NNN.yaml, measures-NNN.yaml) so that no file comes near legeplan's per-file limits,
and about half of the section texts sit in Markdown files under OUT_DIR/tekst/, as in Bergen.

Proportions, per measure, scaled from plans/bergen (37 measures, 33 chapters and sections,
86 kB of input) but lighter on prose so that 40 000 measures stay a ~40 MB plan:
  one section per 3 measures, one chapter per 4 sections (the first unnumbered, the last holding
  the cost tables), ~1 kB of Markdown per section and ~300 B per measure, a key figure per
  3 sections (every 5th a table), an appendix per 10 chapters; units, services and rates grow
  slowly. 45 % of measures have no cost, 40 % one, 15 % two; of the costs 40 % are yearly
  amounts, 25 % one-time amounts, 20 % FTE x rate, 5 % count x unit amount and 10 % ranges
  (estimates). The plan asserts its measure count and its totals, so `validate` checks them.
The same N and seed always give the same bytes.
"""

import argparse
import os
import random
import shutil

WORDS = (
    "fastlege legevakt kommunen pasienter tjenesten sykehjem helsestasjon samarbeid kvalitet "
    "tilgjengelighet rekruttering veiledning spesialisering allmennmedisin kompetanse oppfølging "
    "innbyggerne planperioden legesenter hjemmetjenesten samhandling spesialisthelsetjenesten "
    "e-helse journalsystem beredskap smittevern folkehelse listetak ventetid telefon avtale "
    "hjemmel ordning utredning tilskudd budsjett økonomiplan årsverk stilling legene skal bør "
    "kan vil må og i på for med til av som at det er en et ikke også etter under mellom blant "
    "særlig sårbare grupper eldre barn unge rus psykisk helse habilitering rehabilitering "
    "utviklingshemmede barnevern migrasjonshelse fengsel døgnopphold akuttsenger kveld natt helg"
).split()

PERIOD = (2027, 2030)


class Writer:
    def __init__(self, n, out, seed):
        self.n = n
        self.out = out
        self.rng = random.Random(seed)
        self.recurring = 0
        self.one_time = 0

    # --- text -------------------------------------------------------------------------------

    def words(self, lo, hi):
        return " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(lo, hi)))

    def sentence(self):
        s = self.words(6, 16)
        r = self.rng.random()
        if r < 0.12:
            w = s.split(" ")
            i = self.rng.randrange(len(w))
            w[i] = "*" + w[i] + "*"
            s = " ".join(w)
        elif r < 0.16:
            s += " (se [helsedirektoratet.no](https://www.helsedirektoratet.no/))"
        elif r < 0.20:
            s += " – om lag " + str(self.rng.randint(2, 95)) + " prosent"
        return s[0].upper() + s[1:] + "."

    def paragraph(self, lo, hi):
        return " ".join(self.sentence() for _ in range(self.rng.randint(lo, hi)))

    def markdown(self, paragraphs):
        parts = []
        for _ in range(paragraphs):
            if self.rng.random() < 0.15:
                parts.append("\n".join("- " + self.words(3, 9) for _ in range(self.rng.randint(2, 5))))
            else:
                parts.append(self.paragraph(2, 5))
        return "\n\n".join(parts)

    def title(self):
        t = self.words(2, 6)
        return t[0].upper() + t[1:]

    @staticmethod
    def block(text, indent):
        pad = " " * indent
        return "|\n" + "\n".join((pad + line) if line else "" for line in text.split("\n")) + "\n"

    # --- amounts ----------------------------------------------------------------------------

    @staticmethod
    def kr(amount):
        return f"{amount:,}".replace(",", " ")

    def exact(self):
        return self.rng.randint(1, 400) * 5_000

    def cost(self, rates):
        rng = self.rng
        yearly = rng.random() < 0.6
        fields = ["type: " + ("yearly" if yearly else "one_time")]
        kind = rng.random()
        value = 0  # what the cost adds to the totals (0 for an estimate)
        if kind < 0.40 + (0.25 if not yearly else 0):
            a = self.exact()
            fields.append("amount: " + self.kr(a))
            value = a
        elif kind < 0.85:
            fte = rng.choice([0.5, 1, 1.5, 2, 3])
            rate_id, rate_amount = rng.choice(rates)
            fields.append(f"fte: {fte}")
            fields.append("rate: " + rate_id)
            value = int(fte * rate_amount)
        elif kind < 0.90:
            c = rng.randint(1, 6)
            u = rng.randint(1, 40) * 5_000
            fields.append(f"count: {c}")
            fields.append("unit_amount: " + self.kr(u))
            value = c * u
        else:
            lo = self.exact()
            choice = rng.random()
            if choice < 0.6:
                fields.append(f"amount: {{low: {self.kr(lo)}, high: {self.kr(lo * 2)}}}")
            elif choice < 0.8:
                fields.append("fte: {low: 0.5, high: 2}")
                fields.append("rate: " + rng.choice(rates)[0])
            else:
                fields.append("count: {low: 1, high: 3}")
                fields.append("unit_amount: {low: 0, high: " + self.kr(lo) + "}")
        if yearly:
            if rng.random() < 0.3:
                fields.append(f"from: {rng.randint(PERIOD[0], PERIOD[1])}")
            self.recurring += value
        else:
            fields.append(f"year: {rng.randint(PERIOD[0], PERIOD[1])}")
            # Say which budget, so that no one-time cost of 100 000 kr or more is warned about
            # (W019); decided without the generator's randomness, so the plans stay as they were.
            fields.append("budget: " + ("investment" if value >= 100_000 else "operating"))
            self.one_time += value
        if rng.random() < 0.2:
            fields.append("note: " + self.words(2, 5))
        return "{" + ", ".join(fields) + "}"

    # --- files ------------------------------------------------------------------------------

    def write(self, name, text):
        path = os.path.join(self.out, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    def run(self):
        rng, n = self.rng, self.n
        if os.path.isdir(self.out):
            shutil.rmtree(self.out)
        os.makedirs(self.out)

        n_sections = max(4, n // 3)
        n_chapters = max(3, n_sections // 4)
        n_units = 10 + n // 100
        n_services = 16 + n // 500
        n_rates = 3 + n // 2000

        units = [f"enhet-{i:04d}" for i in range(n_units)]
        services = [f"tjeneste-{i:04d}" for i in range(n_services)]
        rates = [(f"sats-{i:03d}", rng.randint(60, 120) * 10_000) for i in range(n_rates)]

        # Chapters and their sections; measures go to sections in reading order.
        chapters = []  # (id, [section ids])
        s = 0
        for c in range(n_chapters):
            left_c = n_chapters - c
            take = (n_sections - s) // left_c
            chapters.append((f"kap-{c:05d}", [f"del-{s + i:05d}" for i in range(take)]))
            s += take
        section_ids = [sid for _, secs in chapters for sid in secs]

        main = [
            "# Synthetic plan for legeplan's benchmark (bench/gen_plan.py); not a real municipality.",
            "legeplan: 1",
            "",
            "plan:",
            "  municipality: Syntetisk kommune",
            f"  title: Plan for legetjenesten med {n} tiltak",
            f"  period: {{from: {PERIOD[0]}, to: {PERIOD[1]}}}",
            "  language: nb",
            "  status: adopted",
            '  version: "1.0"',
            "  date: 2026-10-15",
            "  adopted_by: Syntetisk kommunestyre",
            "  adopted: {date: 2026-11-20, case: PS 45/26}",
            "  summary: " + self.block(self.markdown(2), 4).rstrip("\n"),
            "",
        ]
        includes = []

        body = ["units:"]
        for i, u in enumerate(units):
            body.append(f"  - id: {u}")
            body.append(f"    name: {self.title()}")
            if i > 0 and rng.random() < 0.7:
                body.append(f"    parent: {units[rng.randrange(i)]}")
        body.append("services:")
        for sv in services:
            body.append(f"  - id: {sv}")
            body.append(f"    name: {self.title()}")
            if rng.random() < 0.6:
                body.append("    description: " + self.block(self.sentence(), 6).rstrip("\n"))
        body.append("rates:")
        for rid, amount in rates:
            body.append(f"  - id: {rid}")
            body.append(f"    name: Årsverk {self.words(1, 3)}")
            body.append(f"    amount: {self.kr(amount)}")

        # Chapters, in included files of at most 300 chapters.
        chunk = []
        file_no = 0

        def flush_chapters():
            nonlocal chunk, file_no
            if chunk:
                name = f"chapters-{file_no:03d}.yaml"
                self.write(name, "chapters:\n" + "".join(chunk))
                includes.append(name)
                file_no += 1
                chunk = []

        for ci, (cid, secs) in enumerate(chapters):
            lines = [f"  - id: {cid}\n", f"    title: {self.title()}\n"]
            if ci == 0:
                lines.append("    numbered: false\n")
            if ci == len(chapters) - 1:
                lines.append("    cost_table: true\n")
            lines.append(f"    services: [{rng.choice(services)}]\n")
            lines.append("    text: " + self.block(self.markdown(rng.randint(1, 2)), 6))
            if secs:
                lines.append("    sections:\n")
            for sid in secs:
                lines.append(f"      - id: {sid}\n")
                lines.append(f"        title: {self.title()}\n")
                lines.append(f"        services: [{', '.join(rng.sample(services, 2))}]\n")
                text = self.markdown(rng.randint(2, 4))
                if rng.random() < 0.5:
                    path = f"tekst/{sid}.md"
                    self.write(path, text + "\n")
                    lines.append(f"        text_file: {path}\n")
                else:
                    lines.append("        text: " + self.block(text, 10))
                if rng.random() < 0.02:
                    lines.append("        estimates:\n")
                    lines.append(f"          - {{title: {self.title()}, type: yearly, "
                                 f"amount: {{low: {self.kr(self.exact())}, high: 3 000 000}}}}\n")
            chunk.append("".join(lines))
            if len(chunk) == 300:
                flush_chapters()
        flush_chapters()

        # Measures, in included files of at most 1 000 measures.
        per_section = [0] * len(section_ids)
        for i in range(n):
            per_section[i * len(section_ids) // n] += 1
        chunk_lines = []
        number = 0
        measure_files = 0

        def flush_measures():
            nonlocal chunk_lines, measure_files
            if chunk_lines:
                name = f"measures-{measure_files:03d}.yaml"
                self.write(name, "measures:\n" + "".join(chunk_lines))
                includes.append(name)
                measure_files += 1
                chunk_lines = []

        for si, sid in enumerate(section_ids):
            for _ in range(per_section[si]):
                number += 1
                m = [f"  - id: tiltak-{number:05d}\n", f"    number: {number}\n",
                     f"    section: {sid}\n", f"    title: {self.title()}\n",
                     "    text: " + self.block(self.paragraph(1, 3), 6)]
                resp = rng.sample(units, rng.choice([1, 1, 1, 2]))
                m.append("    responsible: " + (resp[0] if len(resp) == 1 else "[" + ", ".join(resp) + "]") + "\n")
                m.append(f"    services: [{rng.choice(services)}]\n")
                r = rng.random()
                ncost = 0 if r < 0.45 else (1 if r < 0.85 else 2)
                if ncost:
                    m.append("    costs:\n")
                    for _ in range(ncost):
                        m.append("      - " + self.cost(rates) + "\n")
                    m.append("    funding: " + rng.choice(["new_money", "existing_budget", "state_grant"]) + "\n")
                m.append("    priority: " + rng.choice(["high", "medium", "low"]) + "\n")
                m.append("    status: " + rng.choice(["proposed", "planned", "in_progress"]) + "\n")
                if rng.random() < 0.3:
                    m.append(f"    deadline: {rng.randint(PERIOD[0], PERIOD[1])}\n")
                if rng.random() < 0.2:
                    m.append('    basis: ["ASA 4310 punkt ' + str(rng.randint(1, 20)) + '"]\n')
                chunk_lines.append("".join(m))
                if number % 1000 == 0:
                    flush_measures()
        flush_measures()

        # Key figures and appendices stay in the main file.
        body.append("key_figures:")
        for k in range(max(2, n_sections // 3)):
            body.append(f"  - id: tall-{k:05d}")
            body.append(f"    title: {self.title()}")
            body.append(f"    section: {rng.choice(section_ids)}")
            if k % 5 == 4:
                body.append("    table:")
                body.append("      columns: [Tjeneste, Leger, Årsverk]")
                body.append("      rows:")
                for _ in range(rng.randint(2, 6)):
                    body.append(f'        - [{self.title()}, "{rng.randint(1, 300)}", "{rng.randint(1, 99)},{rng.randint(0, 9)}"]')
            else:
                body.append(f"    value: {rng.randint(1, 3000)}")
                body.append(f"    unit: {self.words(1, 2)}")
            body.append("    source: KOSTRA")
            body.append(f"    date: {PERIOD[0] - 1}")
        body.append("appendices:")
        for a in range(max(1, n_chapters // 10)):
            body.append(f"  - id: vedlegg-{a:04d}")
            body.append(f"    title: {self.title()}")
            body.append("    text: " + self.block(self.markdown(rng.randint(2, 5)), 6).rstrip("\n"))
        body.append("assertions:")
        body.append(f"  - measures: {n}")
        body.append(f"  - recurring: {self.kr(self.recurring)}")
        body.append(f"  - one_time: {self.kr(self.one_time)}")
        body.append(f"  - total: {self.kr(self.recurring + self.one_time)}")

        main.append("include: [" + ", ".join(includes) + "]")
        main.append("")
        self.write("plan.yaml", "\n".join(main + body) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("measures", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    Writer(args.measures, args.out, args.seed).run()


if __name__ == "__main__":
    main()

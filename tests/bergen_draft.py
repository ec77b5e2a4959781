"""Edits that make a later draft of Bergen's plan, shared by the tests that compare two drafts
(check_diff.sh, check_lsu_roundtrip.sh): run from a folder holding a copy of plans/bergen."""


def edit(path, old, new):
    """Replaces the first old in the file with new; old must be there."""
    text = open(path, encoding="utf-8").read()
    assert old in text, (path, old)
    open(path, "w", encoding="utf-8").write(text.replace(old, new, 1))


def portal_for_last_measure(tiltak, amount="300 000"):
    """Removes the last measure (37, funksjonelle-epj, no cost) and adds a new 37, a patient
    portal of amount kr a year from 2018."""
    text = open(tiltak, encoding="utf-8").read()
    text = text[:text.index("  - id: funksjonelle-epj")] + """  - id: pasientportal
    number: 37
    section: e-helse
    title: Felles pasientportal
    text: Kommunen innfører en felles pasientportal for timebestilling og meldinger til legene.
    responsible: byradsavd-helse
    costs:
      - {type: yearly, amount: """ + amount + """, from: 2018}
    funding: new_money
    status: proposed
"""
    open(tiltak, "w", encoding="utf-8").write(text)


def version_with_portal(plan, total="18 750 000", recurring="17 450 000"):
    """Version 1.1, with the assertions raised to the new totals (by default those of a portal of
    300 000 kr and a yearly cost 50 000 kr higher)."""
    edit(plan, 'version: "1.0"', 'version: "1.1"')
    edit(plan, "  - total: 18 400 000", "  - total: " + total)
    edit(plan, "  - recurring: 17 100 000", "  - recurring: " + recurring)

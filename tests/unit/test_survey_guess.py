"""The mapping dialog's first guesses: scale, group column, free text, personal columns; and
mappings written as the CLI's YAML and remembered by the file's columns."""

import pytest

from digifelt.core.services import survey_guess as g
from digifelt.core.services.survey_files import Table
from digifelt.core.services.survey_import import load_mapping, plan_import


def table(headers, rows):
    return Table("svar.csv", headers, [(n + 2, [c or None for c in r])
                                       for n, r in enumerate(rows)])


@pytest.mark.parametrize(("values", "scale", "blank"), [
    (["Helt enig", "litt  UENIG", "Helt uenig"],
     ["Helt uenig", "litt UENIG", "Litt enig", "Helt enig"], []),
    (["Helt enig", "Verken enig eller uenig", "Vet ikke"],
     ["Helt uenig", "Litt uenig", "Verken enig eller uenig", "Litt enig", "Helt enig"],
     ["Vet ikke"]),
    (["I stor grad", "I svært liten grad"],
     ["I svært liten grad", "I liten grad", "I stor grad", "I svært stor grad"], []),
    (["1", "5", "3"], ["1", "2", "3", "4", "5"], []),
    (["0", "10"], [str(n) for n in range(11)], []),
    (["5 = Helt enig", "1 = Helt uenig", "3 = Nøytral"],
     ["1 = Helt uenig", "3 = Nøytral", "5 = Helt enig"], []),
    (["Strongly agree", "Disagree"], ["Strongly disagree", "Disagree", "Agree",
                                      "Strongly agree"], []),
    (["Ja", "Nei"], ["Nei", "Ja"], []),
    (["Oslo", "Bergen"], [], []),
    (["2", "7"], [], []),  # numbers not starting at 0 or 1 are not a scale
    ([str(n) for n in range(1, 30)], [], []),
])
def test_the_scale_is_guessed_from_the_values_found(values, scale, blank):
    assert g.guess_scale(values) == (scale, blank)


SCALE = ["Helt uenig", "Litt uenig", "Litt enig", "Helt enig"]


def survey_rows():
    rows = []
    for i in range(14):
        role = "Leder" if i < 3 else ("Ansatt" if i < 11 else "Folkevalgt")
        rows.append([f"2026-03-0{i % 9 + 1} 10:1{i % 10}", f"Ánde Čoavddáš{'ij' * i}",
                     f"person{i}@kommune.no", role, SCALE[i % 4], SCALE[(i + 1) % 4] if i else "",
                     f"Vi trenger bedre opplæring i verktøy nummer {i}" if i % 2 else "",
                     str(1000 + i)])
    return rows


HEADERS = ["Tidspunkt", "Fullt navn", "Kontakt", "Rolle", "Jeg vet hvor strategien er",
           "Vi får opplæring (ŧ, ž)", "Andre kommentarer", "Løpenummer"]


def test_columns_are_guessed_and_personal_ones_pointed_out():
    guess = g.guess_mapping(table(HEADERS, survey_rows()))
    assert guess.scale == SCALE
    roles = {c.header: c.role for c in guess.columns}
    assert roles == {"Tidspunkt": g.SKIP, "Fullt navn": g.SKIP, "Kontakt": g.SKIP,
                     "Rolle": g.GROUP, "Jeg vet hvor strategien er": g.QUESTION,
                     "Vi får opplæring (ŧ, ž)": g.QUESTION, "Andre kommentarer": g.FREE_TEXT,
                     "Løpenummer": g.SKIP}
    personal = {c.header: c.personal for c in guess.columns if c.personal}
    assert personal == {"Fullt navn": "name", "Kontakt": "email"}
    rolle = guess.column("Rolle")
    assert (rolle.distinct, rolle.filled, rolle.samples) == (3, 14,
                                                             ["Leder", "Ansatt", "Folkevalgt"])
    mapping = guess.mapping("Ansatte 2026")
    assert mapping.group_column == "Rolle"
    assert [q.column for q in mapping.questions] == HEADERS[4:6]
    assert [q.column for q in mapping.free_text] == ["Andre kommentarer"]
    plan = plan_import(table(HEADERS, survey_rows()), mapping, "guess", set())
    assert plan.group_sizes == {"Ansatt": 8, "Folkevalgt": 3, "Leder": 3}


def test_names_without_a_telling_header_are_pointed_out_too():
    rows = [[n, "Helt enig"] for n in ("Kari Nordmann", "Máret Sára", "Per Olav Ås",
                                        "Ole Hansen", "Čoavddá Gaup")]
    guess = g.guess_mapping(table(["Deltaker", "Spørsmål"], rows))
    assert guess.column("Deltaker").personal == "name"
    assert guess.column("Deltaker").role == g.SKIP


def test_a_mapping_is_written_as_the_yaml_the_cli_reads_and_remembered_by_columns(tmp_path):
    guess = g.guess_mapping(table(HEADERS, survey_rows()))
    mapping = guess.mapping("Spørreundersøkelse ansatte").model_copy(
        update={"groups": {"Leder": "Ledere"}})
    mapping.questions[0].indicators = ["1.1", "2.1"]
    path = tmp_path / "kart.yaml"
    g.save_mapping(mapping, path)
    text = path.read_text(encoding="utf-8")
    assert "Spørreundersøkelse ansatte" in text
    assert "(ŧ, ž)" in text  # not escaped
    assert load_mapping(path) == mapping

    folder = tmp_path / "remembered"
    assert g.remembered_mapping(folder, HEADERS) is None
    g.remember_mapping(folder, HEADERS, mapping)
    assert g.remembered_mapping(folder, list(HEADERS)) == mapping
    assert g.remembered_mapping(folder, HEADERS[::-1]) is None  # other columns, other file
    g._remembered_path(folder, HEADERS).write_text("questions: [", encoding="utf-8")
    assert g.remembered_mapping(folder, HEADERS) is None  # damaged: not offered


def test_group_values_are_matched_to_the_projects_groups_by_their_plain_form():
    project = ["Ledere", "Ansatte", "Folkevalgte", "Tillitsvalgte", "Čájet"]
    values = ["Leder", "ansatte", "Folkevalgt", "Innbygger", "Ansatte", "Čájet", "Tillit", ""]
    assert g.guess_groups(values, project) == {"Leder": "Ledere", "ansatte": "Ansatte",
                                               "Folkevalgt": "Folkevalgte"}
    # Two groups a step away: no guess, the team chooses.
    assert g.guess_groups(["Lærer"], ["Lærere", "Lærerne"]) == {}

"""Norwegian sentence boundaries: abbreviations, initials, numbers, «…» quotes, line breaks."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digifelt.core.sentences import next_sentence, sentence_at, sentence_spans


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Vi bruker Teams. Elevene liker det. Lærerne er usikre.",
     ["Vi bruker Teams.", "Elevene liker det.", "Lærerne er usikre."]),
    ("Skolen har bl.a. Teams og Showbie. Det fungerer.",
     ["Skolen har bl.a. Teams og Showbie.", "Det fungerer."]),
    ("Vi bruker f.eks. OneNote, dvs. digitale permer. Neste tema.",
     ["Vi bruker f.eks. OneNote, dvs. digitale permer.", "Neste tema."]),
    ("Det er ca. 30 elever i nr. 4 og kl. 10 starter de. Ferdig.",
     ["Det er ca. 30 elever i nr. 4 og kl. 10 starter de.", "Ferdig."]),
    ("Planen gjelder t.o.m. juni, jf. Planen for 2025. Så kom resten.",
     ["Planen gjelder t.o.m. juni, jf. Planen for 2025.", "Så kom resten."]),
    ("Det gjelder evt. Bergen, pga. Kostnader, mht. Personvern. Ok.",
     ["Det gjelder evt. Bergen, pga. Kostnader, mht. Personvern.", "Ok."]),
    ("Lisenser inkl. Office og ekskl. Adobe. Ok.",
     ["Lisenser inkl. Office og ekskl. Adobe.", "Ok."]),
    ("Vi har PC-er, nettbrett osv. på alle trinn. Det er bra.",
     ["Vi har PC-er, nettbrett osv. på alle trinn.", "Det er bra."]),
    ("Vi har PC-er, nettbrett osv. Lærerne er fornøyde.",
     ["Vi har PC-er, nettbrett osv.", "Lærerne er fornøyde."]),
    ("Skjermer, tavler o.l. står i gangen. Ja.", ["Skjermer, tavler o.l. står i gangen.", "Ja."]),
    ("Rektor K. Nordmann sa det. Enig.", ["Rektor K. Nordmann sa det.", "Enig."]),
    ("Ifølge A.B. Hansen er det greit. Ok.", ["Ifølge A.B. Hansen er det greit.", "Ok."]),
    ("Indikator 2.1 er svak. Indikator 3.4 er sterk.",
     ["Indikator 2.1 er svak.", "Indikator 3.4 er sterk."]),
    ("Budsjettet er 1.5 mill. kroner i år. Det er lite.",
     ["Budsjettet er 1.5 mill. kroner i år.", "Det er lite."]),
    ("Budsjettet er 1.5 mill. Det er lite.", ["Budsjettet er 1.5 mill.", "Det er lite."]),
    ("Vi startet 17. mai i 3. trinn. Så ble det sommer.",
     ["Vi startet 17. mai i 3. trinn.", "Så ble det sommer."]),
    ("Rektor sa: «Vi er ikke klare. Vi trenger tid.» Det var tydelig.",
     ["Rektor sa: «Vi er ikke klare. Vi trenger tid.»", "Det var tydelig."]),
    ("«Nei. Aldri.» sa hun og gikk. Så stille.", ["«Nei. Aldri.» sa hun og gikk.", "Så stille."]),
    ("Hun spurte: «Hvem har ansvaret?» Ingen svarte.",
     ["Hun spurte: «Hvem har ansvaret?»", "Ingen svarte."]),
    ("Han sa “Det går bra. Tror jeg.” Så gikk han.",
     ["Han sa “Det går bra. Tror jeg.”", "Så gikk han."]),
    ("Hvorfor?! Fordi. Virkelig? Ja!", ["Hvorfor?!", "Fordi.", "Virkelig?", "Ja!"]),
    ("Vi … eh … bruker det. Men … Neste gang.", ["Vi … eh … bruker det.", "Men …", "Neste gang."]),
    ("de bruker teams. det funker greit. ingen klager.",
     ["de bruker teams.", "det funker greit.", "ingen klager."]),
    ("Første linje uten punktum\nAndre linje. Tredje.\n\n  Fjerde",
     ["Første linje uten punktum", "Andre linje.", "Tredje.", "Fjerde"]),
    ("«Et sitat som aldri lukkes. Neste setning.",
     ["«Et sitat som aldri lukkes.", "Neste setning."]),
    ("Se www.udir.no og v2.0.1 for mer. Ok.", ["Se www.udir.no og v2.0.1 for mer.", "Ok."]),
    ("(Bl.a. i matte.) Så norsk.", ["(Bl.a. i matte.)", "Så norsk."]),
    ("   ", []),
    ("", []),
])
def test_norwegian_sentences(text, expected):
    assert sentences(text) == expected


def test_cursor_inside_right_after_and_between_sentences():
    text = "Første setning. Andre setning.  Tredje."
    second = (16, 30)
    assert text[slice(*second)] == "Andre setning."
    assert sentence_at(text, 20) == second
    assert sentence_at(text, 16) == second
    assert sentence_at(text, 30) == second  # right after the full stop: just typed
    assert sentence_at(text, 31) == second  # in the gap, nearer to the end of the second
    assert sentence_at(text, 0) == (0, 15)
    assert sentence_at(text, 999) == (32, 39)
    assert sentence_at("  \n ", 2) is None


def test_next_sentence_skips_to_the_following_one():
    text = "En. To, bl.a. tre. Fire."
    assert text[slice(*next_sentence(text, 3))] == "To, bl.a. tre."
    assert text[slice(*next_sentence(text, 18))] == "Fire."
    assert next_sentence(text, len(text)) is None


WORDS = st.sampled_from(["Vi", "bruker", "bl.a.", "Teams", "K.", "2.1", "17.", "mai", "osv.",
                         "«Nei.", "Aldri.»", "?", "!", "…", ".", " ", "\n", "ca.", "😀", "æøå"])


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS, max_size=30).map(" ".join) | st.text(max_size=60), st.data())
def test_spans_are_inside_trimmed_ordered_and_hold_the_cursor(text, data):
    spans = sentence_spans(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace()
        assert not text[end - 1].isspace()
        assert not any(c in text[start:end] for c in "\n\r\u2028\u2029")
        previous_end = end
    # Every non-space character belongs to exactly one sentence.
    covered = {i for s, e in spans for i in range(s, e)}
    assert {i for i, c in enumerate(text) if not c.isspace()} <= covered
    pos = data.draw(st.integers(0, len(text)))
    span = sentence_at(text, pos)
    if not spans:
        assert span is None
        return
    assert span in spans
    holding = [s for s in spans if s[0] <= pos <= s[1]]
    if holding:
        assert span == holding[0]
    else:
        distance = min(abs(pos - span[0]), abs(pos - span[1]))
        assert all(distance <= min(abs(pos - s), abs(pos - e)) for s, e in spans)

"""The large demo (200 activities, 26,000 excerpts, 100 attachments) through a bundle and back:
the bulk paths (search index rebuilt once, attachments spooled to the private temp folder)."""

import pytest
from test_bundle_support import bag_is_valid, canonical_content

from digifelt.exports.bundle import Limits, apply_import, export_bundle


@pytest.mark.slow
def test_large_demo_round_trip_is_lossless(tmp_path):
    from digifelt.core.demo import generate_demo
    from digifelt.core.services.check import check_project

    demo = tmp_path / "large.digifelt"
    generate_demo(demo, size="large", seed=1)
    bundle = tmp_path / "large.zip"
    result = export_bundle(demo, bundle)
    assert result.excerpts > 20_000
    bag_is_valid(bundle, tmp_path)
    copy = tmp_path / "copy.digifelt"
    # A small memory budget sends the attachments through the private temp folder.
    imported = apply_import(copy, bundle, limits=Limits(memory_budget=1 << 20))
    assert imported.totals.new > 30_000
    assert canonical_content(copy) == canonical_content(demo)
    assert check_project(copy).ok
    again = apply_import(copy, bundle)
    assert not again.changes_anything

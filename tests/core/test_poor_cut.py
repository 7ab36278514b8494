"""Settings.poor_cut: the absolute poverty cut (issue 10, item 5)."""

from __future__ import annotations

import math

import pytest

from accessmap.core.errors import SettingsError
from accessmap.core.schema import Settings


def test_poor_cut_defaults_to_none_and_round_trips() -> None:
    assert Settings().poor_cut is None
    s = Settings(poverty_column="bim", poor_cut=30.0).validate()
    assert Settings.from_dict(s.to_dict()).poor_cut == 30.0


@pytest.mark.parametrize("bad", ["30", math.nan, math.inf, True])
def test_poor_cut_refuses_non_numbers(bad: object) -> None:
    with pytest.raises(SettingsError, match="poverty cut"):
        Settings(poor_cut=bad).validate()  # type: ignore[arg-type]

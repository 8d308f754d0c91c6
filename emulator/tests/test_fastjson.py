"""fastjson.dumps must give exactly what json.dumps(indent=N) gives."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jetemu import fastjson

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=30,
)


@settings(max_examples=300)
@given(values, st.sampled_from([1, 2, 4]))
def test_same_text_as_json_dumps(value: object, indent: int) -> None:
    assert fastjson.dumps(value, indent) == json.dumps(value, indent=indent)


def test_junos_shapes_and_non_ascii() -> None:
    value = {"software-information": [{"host-name": [{"data": "r1"}], "x": [{"data": [None]}], "é": "ü\n\""}]}
    assert fastjson.dumps(value) == json.dumps(value, indent=4)


def test_unserializable_is_refused() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        fastjson.dumps({"a": object()})

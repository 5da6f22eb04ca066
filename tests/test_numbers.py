"""Vietnamese number parsing and formatting (viet_partydocs.text.numbers)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viet_partydocs.text.numbers import (
    format_number,
    magnitude,
    number_to_words,
    parse_number,
    parse_number_words,
    roman_to_int,
)


@pytest.mark.parametrize(
    "text, value",
    [
        ("2.948", 2948.0),
        ("96,7", 96.7),
        ("1.024", 1024.0),  # grouping, not a decimal point
        ("1.234,5", 1234.5),
        ("104,33", 104.33),
        ("03", 3.0),
        ("0,55", 0.55),
        ("1.300.000", 1300000.0),
        ("9.689", 9689.0),
        ("7.4", 7.4),  # a single dot not followed by three digits: an English-style decimal
        ("1.2345", 1.2345),
        ("1,000,000", 1000000.0),  # English grouping, seen in copied text
        ("-3,5", -3.5),
    ],
)
def test_parse_number_vietnamese_style(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "02133.876.460", "1.23.456", "12,3,4", "5.6.2012", "%", "1.2.3"])
def test_parse_number_rejects_what_is_not_one(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    "words, value",
    [
        ("hai", 2),
        ("ba mươi lăm", 35),
        ("mười", 10),
        ("mười lăm", 15),
        ("hai mươi mốt", 21),
        ("hai mươi tư", 24),
        ("một trăm linh năm", 105),
        ("một trăm lẻ tám", 108),
        ("chín trăm chín mươi chín", 999),
        ("hai nghìn không trăm mười tám", 2018),
        ("ba ngàn", 3000),
        ("năm triệu", 5_000_000),
        ("hai tỷ", 2_000_000_000),
        ("bốn tỉ", 4_000_000_000),
        ("ba nghìn tỷ", 3_000_000_000_000),
        ("Sáu", 6),
    ],
)
def test_parse_number_words(words, value):
    assert parse_number_words(words) == float(value)


@pytest.mark.parametrize("words", ["", "hàng ngàn", "mười năm", "hai nghìn ba", "nghìn", "linh năm", "một trăm năm", "không nghìn"])
def test_parse_number_words_rejects_vague_or_ambiguous(words):
    assert parse_number_words(words) is None


def test_magnitudes():
    assert magnitude("nghìn") == magnitude("ngàn") == 1_000
    assert magnitude("triệu") == 1_000_000
    assert magnitude("tỷ") == magnitude("tỉ") == magnitude("Tỷ") == 1_000_000_000
    assert magnitude("đồng") is None


def test_format_number_examples():
    assert format_number(2948) == "2.948"
    assert format_number(96.7) == "96,7"
    assert format_number(1234.5) == "1.234,5"
    assert format_number(1024) == "1.024"
    assert format_number(2948.0) == "2.948"
    assert format_number(Decimal("104.33")) == "104,33"
    assert format_number(3, decimals=2) == "3,00"
    assert format_number(-1500) == "-1.500"


def test_roman_numerals():
    assert roman_to_int("XII") == 12
    assert roman_to_int("ix") == 9
    assert roman_to_int("XXIII") == 23
    assert roman_to_int("IIII") is None
    assert roman_to_int("") is None


# -- round trips for any number written the Vietnamese way ---------------------------------------

@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_any_integer_round_trips(n):
    text = format_number(n)
    assert parse_number(text) == float(n)
    if n >= 1000:
        assert "." in text and "," not in text


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=-(10**12), max_value=10**12), st.integers(min_value=1, max_value=6))
def test_any_decimal_round_trips(units, places):
    d = Decimal(units).scaleb(-places)  # e.g. 12345 with 2 places = 123.45
    text = format_number(d, decimals=places)
    assert "," in text  # the decimal comma
    assert parse_number(text) == float(d)


@settings(max_examples=500, deadline=None)
@given(st.floats(min_value=0, max_value=1e15, allow_nan=False, allow_infinity=False))
def test_any_float_round_trips(x):
    assert parse_number(format_number(x)) == x


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_any_integer_in_words_round_trips(n):
    assert parse_number_words(number_to_words(n)) == float(n)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from(["nghìn", "ngàn", "triệu", "tỷ", "tỉ"]))
def test_digits_times_magnitude(n, word):
    assert parse_number_words(f"{number_to_words(n)} {word}") == float(n * magnitude(word))

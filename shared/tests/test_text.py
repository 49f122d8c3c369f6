"""SHR-TEXT: normalisation, variant-blind search keys, national codes, passports."""

import pytest

from shared.text import is_valid_national_code, is_valid_passport, national_code_check_digit, normalize, search_key


def test_shr_text_normalize_letters_digits_bidi_keeps_zwnj():
    assert normalize("علي كريمي") == "علی کریمی"
    assert normalize("۱۲۳٤٥") == "12345"
    assert normalize("\u200fمی\u200cخواهم\u200e") == "می\u200cخواهم"


def test_shr_text_search_key_is_blind_to_variants():
    assert search_key("مركز سلول درماني") == search_key("مرکز  سلول‌درمانی")
    assert search_key("Bevacizumab") == search_key("bevacizumab ")
    assert search_key("آگزوزوم") == search_key("اگزوزوم")
    assert search_key("مرکز الف") != search_key("مرکز ب")


@pytest.mark.parametrize("code", ["0084575948", "۰۰۸۴۵۷۵۹۴۸"])
def test_shr_text_valid_national_code(code):
    assert is_valid_national_code(code)


@pytest.mark.parametrize("code", ["0084575947", "1111111111", "0000000000", "123456789", "12345678901", "abcdefghij", ""])
def test_shr_text_invalid_national_code(code):
    assert not is_valid_national_code(code)


def test_shr_text_check_digit_builds_valid_codes():
    for first9 in ("008457594", "123456789", "498765432"):
        assert is_valid_national_code(first9 + str(national_code_check_digit(first9)))


def test_shr_text_passports():
    assert is_valid_passport("X12345678") and is_valid_passport("k9876543")
    assert not is_valid_passport("12") and not is_valid_passport("AB-12345")

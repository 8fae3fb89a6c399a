"""English or not: the script, the message, the page, detection (web/language.py)."""

from __future__ import annotations

import pytest

from newsevents.web.pages.language import Decision, arabic_script_share, decide, primary_code

# The measurement in language.py's docstring: short texts, the hardest case for detection.
ENGLISH = [
    "Gunmen killed two soldiers at a checkpoint near Tikrit on Tuesday.",
    "Albu Kamal: IRGC-backed militias recruit in Deir ez-Zor",
    "Hezbollah and the SDF clashed in al-Hasakah, SOHR said.",
    "Protesters rallied in Sulaymaniyah against unpaid salaries.",
    "Airstrike hits Idlib market",
    "Turkish drones struck PKK positions in Qandil and Sinjar.",
    "Iraqi forces said an IED hit a convoy on the Baghdad-Kirkuk road, wounding three.",
    "Ahmed al-Sharaa met Erdogan in Ankara.",
]
OTHERS = [
    ("قتل مسلحون جنديين عند حاجز قرب تكريت يوم الثلاثاء.", "ar", "script"),
    ("غارة جوية على سوق في إدلب", "ar", "script"),
    ("قالت مصادر أمنية إن عبوة ناسفة انفجرت في الموصل.", "ar", "script"),
    ("نیروهای امنیتی در زاهدان به معترضان تیراندازی کردند.", "fa", "script"),
    ("حمله پهپادی به پایگاه نظامی در کرمانشاه", "fa", "script"),
    # Sorani Kurdish: detection has no Sorani, the script tells it is not English.
    ("هێزەکانی پێشمەرگە لە کەرکووک هێرشیان کرایە سەر.", "ar-script", "script"),
    ("خۆپیشاندەران لە سلێمانی کۆبوونەوە", "ar-script", "script"),
    ("Hêzên tirk êrîşî gundekî li Amêdiyê kirin.", "ku", "detected"),
    ("Li Qamişlo xwepêşandan hat kirin.", "ku", "detected"),
    ("Silahlı kişiler Tikrit yakınlarında bir kontrol noktasına saldırdı.", "tr", "detected"),
    ("İdlib'de pazar yerine hava saldırısı düzenlendi", "tr", "detected"),
    ("Des hommes armés ont attaqué un poste de contrôle près de Tikrit mardi.", "fr", "detected"),
]


@pytest.mark.parametrize("text", ENGLISH)
def test_short_english_texts_full_of_foreign_names_are_english(text: str) -> None:
    assert decide(text, None) == Decision("en", "detected")


@pytest.mark.parametrize(("text", "language", "source"), OTHERS)
def test_other_languages_are_not_english(text: str, language: str, source: str) -> None:
    decision = decide(text, None)
    assert decision == Decision(language, source)
    assert not decision.english


def test_arabic_script_wins_over_a_claim_of_english() -> None:
    """A page template's lang="en" over an Arabic article, or a producer's default."""
    arabic = OTHERS[0][0]
    assert decide(arabic, "en", "en") == Decision("ar", "script")
    assert decide(arabic, None, "ar-SY") == Decision("ar", "script")


def test_an_english_text_quoting_arabic_stays_english() -> None:
    text = 'The banner read "الموت لأمريكا" as hundreds marched through Baghdad on Friday.'
    assert arabic_script_share(text) < 0.5
    assert decide(text, "en") == Decision("en", "message")


def test_the_message_then_the_page_decide_before_detection() -> None:
    turkish = "Silahlı kişiler Tikrit yakınlarında bir kontrol noktasına saldırdı."
    assert decide(turkish, "en") == Decision("en", "message")  # the producer's word
    assert decide(ENGLISH[0], None, "tr-TR") == Decision("tr", "page")
    assert decide(ENGLISH[0], "en-GB", "tr") == Decision("en", "message")


@pytest.mark.parametrize(
    ("tag", "code"), [("en-GB", "en"), ("EN", "en"), ("eng", "en"), ("ar_SY", "ar"), ("fa", "fa")]
)
def test_primary_codes(tag: str, code: str) -> None:
    assert primary_code(tag) == code

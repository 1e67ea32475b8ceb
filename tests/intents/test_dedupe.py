from gigguard.intents.dedupe import duplicate_pairs, letters


def test_letters_keep_only_what_makes_the_message() -> None:
    assert letters("Hi!! Can we talk on WhatsApp? 😀 +91 98") == "hi can we talk on whatsapp"


def test_a_template_with_a_word_swapped_is_a_near_duplicate() -> None:
    texts = [
        "Hello sir, I will design your logo in 24 hours with unlimited revisions, please check my gig",
        "Hello sir, I will design your logo in 48 hours with unlimited revisions, please check my gig!",
        "Thanks for the order, the first draft of the banner is attached, tell me what you think",
    ]
    assert duplicate_pairs(texts) == [(0, 1)]


def test_pairs_against_another_set_cross_the_sets() -> None:
    held = ["Can you send me the files on Monday morning please, the client is waiting for them"]
    training = [
        "Can you send me the files on Monday morning please, the client is waiting for them.",
        "Completely different words about a mobile app and its login screen bugs today",
    ]
    assert duplicate_pairs(held, training) == [(0, 0)]
    assert duplicate_pairs(held, training[1:]) == []

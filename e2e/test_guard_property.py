"""The send guard as an invariant, tried by random edit sequences in every composer shape (the six
npm editors, the DOM-rebuilding one, a React-controlled textarea, a contenteditable, a same-origin
iframe's composer and shadow-root composers): whatever the seller types,
deletes, undoes, redoes, cuts, pastes, composes with an input method or fixes, and however soon
after the last key they press Enter or click Send, the page's own send never posts a draft that
has an error-level finding (nothing here ever clicks "Send anyway").

Each composer gets the same seeded sequences (GIGGUARD_E2E_SEED picks others); a failure prints
the seed and the steps, so it can be replayed."""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

SEED = int(os.environ.get("GIGGUARD_E2E_SEED", "20261204"))
SEQUENCES = 2  # per composer
STEPS = 9  # per sequence

# What gets typed: details and invitations the platforms ban, and plain words around them.
VIOLATING = [
    " my email is jane.doe@gmail.com",
    " call me on +1 415 555 0123",
    " add me on WhatsApp",
    " pay me on PayPal instead",
    " skype: jane.design",
]
PLAIN = [" Hi Jane,", " the logo is ready", " thanks!", " I can start tomorrow.", " ok"]


@dataclass(frozen=True)
class Composer:
    url: str
    field: str  # where the seller types
    send_button: str
    platform: str
    frame: str | None = None  # the same-origin iframe the composer lives in

    def scope(self, page: Page) -> Any:
        return page.frame_locator(self.frame) if self.frame else page


EDITORS = ["lexical", "tiptap", "slate", "quill", "draft", "ckeditor", "rebuilding"]
COMPOSERS = (
    {
        name: Composer(
            f"https://www.fiverr.com/inbox/editor-{name}",
            "[data-testid='message-input']",
            "[data-testid='send-message-button']",
            "fiverr",
        )
        for name in EDITORS
    }
    | {
        "react-textarea": Composer(
            "https://www.fiverr.com/inbox/buyer_jane",
            "textarea",
            "[data-testid='send-message-button']",
            "fiverr",
        ),
        "contenteditable": Composer(
            "https://www.upwork.com/ab/messages/rooms/room_42",
            "[data-test='editor']",
            "[data-test='send-button']",
            "upwork",
        ),
        "iframe": Composer(
            "https://www.upwork.com/nx/messages/embedded",
            "textarea",
            "[data-test='send-button']",
            "upwork",
            frame="[data-test='composer-frame']",
        ),
    }
    | {
        f"shadow-{kind}": Composer(
            f"https://www.fiverr.com/inbox/shadow-{kind}",
            "chat-composer [data-testid='message-input']",
            "chat-composer [data-testid='send-message-button']",
            "fiverr",
        )
        for kind in ("textarea", "editable")
    }
)


def steps(rng: random.Random) -> list[tuple[str, Any]]:
    """A random edit sequence: mostly typing, with every other kind of edit mixed in, and send
    attempts at random moments (right after a key, too)."""
    kinds = [
        "type",
        "type",
        "type",
        "backspace",
        "delete",
        "undo",
        "redo",
        "cut-paste",
        "ime",
        "fix",
        "send",
        "click-send",
    ]
    sequence: list[tuple[str, Any]] = [("type", rng.choice(VIOLATING))]
    for _ in range(STEPS - 2):
        kind = rng.choice(kinds)
        if kind == "type":
            sequence.append((kind, rng.choice(VIOLATING + PLAIN)))
        elif kind in ("backspace", "delete", "cut-paste"):
            sequence.append((kind, rng.randint(1, 6)))
        elif kind == "ime":
            sequence.append((kind, rng.choice(["メール", "微信", "ok"])))
        else:
            sequence.append((kind, None))
    sequence.append(("send", None))
    return sequence


# Whether the keyboard is in the field, looking through shadow roots.
FOCUSED = """(el) => {
  let active = document.activeElement;
  while (active && active.shadowRoot && active.shadowRoot.activeElement) {
    active = active.shadowRoot.activeElement;
  }
  return el.contains(active);
}"""


def run_step(
    page: Page, composer: Composer, ui: Any, top: Any, cdp: Any, kind: str, arg: Any
) -> None:
    field = composer.scope(page).locator(composer.field)
    keyboard = page.keyboard
    if top.banner().is_visible():  # the banner and the card are in the top page, even for a frame
        top.action("dismiss").click()
    if not field.evaluate(FOCUSED):
        field.focus()  # not a click: an open card may lie over the field
        keyboard.press("Control+End")
    if kind == "type":
        keyboard.type(arg)
    elif kind == "backspace":
        for _ in range(arg):
            keyboard.press("Backspace")
    elif kind == "delete":
        for _ in range(arg):
            keyboard.press("ArrowLeft")
        for _ in range(arg // 2 + 1):
            keyboard.press("Delete")
    elif kind == "undo":
        keyboard.press("Control+z")
    elif kind == "redo":
        keyboard.press("Control+Shift+z")
    elif kind == "cut-paste":
        for _ in range(arg):
            keyboard.press("Shift+ArrowLeft")
        keyboard.press("Control+x")
        keyboard.press("Control+End")
        keyboard.press("Control+v")
    elif kind == "ime":  # an input method: a composition, updated, then committed
        for text in (arg[:1], arg):
            cdp.send(
                "Input.imeSetComposition",
                {"text": text, "selectionStart": len(text), "selectionEnd": len(text)},
            )
        cdp.send("Input.insertText", {"text": arg})
    elif kind == "fix":
        apply_a_fix(ui, top)
    elif kind == "send":
        keyboard.press("Enter")
    elif kind == "click-send":
        composer.scope(page).locator(composer.send_button).click()
    else:
        raise ValueError(f"unknown step {kind!r}")


def apply_a_fix(ui: Any, top: Any) -> None:
    """The card of the first finding, and its fix if there is one (there may be none yet)."""
    if ui.badge().is_visible() and ui.badge().get_attribute("data-state") == "findings":
        ui.badge().click()
        fix = top.action("apply-finding")
        if fix.count():
            fix.first.click()


@pytest.mark.parametrize("name", list(COMPOSERS))
def test_the_page_never_sends_a_draft_with_an_error(
    page: Page, name: str, service: Any, gg: Any, sent: Any
) -> None:
    composer = COMPOSERS[name]
    if name in EDITORS and name not in ("rebuilding",):
        bundle = Path(__file__).resolve().parent / "editors" / "dist" / f"{name}.js"
        assert bundle.is_file(), (
            f"{bundle} is missing: run `npm ci && npm run build` in e2e/editors"
        )
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    cdp = page.context.new_cdp_session(page)
    ui, top = gg.UI(composer.scope(page)), gg.UI(page)
    rng = random.Random(f"{SEED}:{name}")
    for number in range(SEQUENCES):
        sequence = steps(rng)
        page.goto(composer.url)
        composer.scope(page).locator(composer.field).click()
        for kind, arg in sequence:
            run_step(page, composer, ui, top, cdp, kind, arg)
        # The last send settles: held (a banner) or posted (the composer empties).
        expect(ui.badge()).to_have_attribute("data-pending", "false")
        for text in sent.texts():
            errors = [
                f["rule"]
                for f in gg.lint(service, text, composer.platform)["findings"]
                if f["severity"] == "error"
            ]
            assert not errors, (
                f"{name}: the page sent a draft with {errors} (seed {SEED}, sequence {number}: {sequence})"
            )
    # Every sequence starts with a violation: the guard always has work to do. (With the guard
    # switched off, every composer here fails within its first sequence.)

"""Platforms and the policy pages contact-detail findings cite (see shared POLICIES.md)."""

from __future__ import annotations

from gigguard.findings import Policy

CONTACT_POLICIES: dict[str, Policy] = {
    "fiverr": Policy(
        "fiverr",
        "Fiverr Help Center: Communication",
        "https://help.fiverr.com/hc/en-us/articles/115002965347",
    ),
    "upwork": Policy(
        "upwork",
        "Upwork User Agreement §7.2: Not Sharing Contact Details",
        "https://www.upwork.com/legal",
    ),
    "freelancer": Policy(
        "freelancer",
        "Freelancer.com User Agreement",
        "https://www.freelancer.com/about/terms",
    ),
    "peopleperhour": Policy(
        "peopleperhour",
        "PeoplePerHour: Can I take communication off the site?",
        "https://support.peopleperhour.com/hc/en-us/articles/17825988320785",
    ),
    "99designs": Policy(
        "99designs",
        "99designs Non-Circumvention Policy",
        "https://support.99designs.com/hc/en-us/articles/360022405192",
    ),
    "guru": Policy("guru", "Guru Terms of Service", "https://www.guru.com/terms"),
}

PLATFORMS: tuple[str, ...] = tuple(CONTACT_POLICIES)
DEFAULT_PLATFORM = "fiverr"

"""Rule packs: YAML files under rules/ that turn detections into platform-aware findings.

    rules/common/<rule>.yml          every platform's rules (no policy URLs of their own)
    rules/<platform>/pack.yml        the platform: title, words for templates, policy pages
    rules/<platform>/<rule>.yml      overrides: only the keys that differ from common/<rule>.yml,
                                     or a rule of the platform's own

A rule's id is its file name. A rule's `type` picks the matcher (one module each in matchers/):
`detector` takes what an engine detector found, `pattern` matches team-written RE2 patterns,
`cooccurrence` flags a sentence in which every term group has a hit and no `unless` term does.
"""

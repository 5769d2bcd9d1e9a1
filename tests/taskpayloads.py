"""The rule for background-task payloads (docs/deploy.md, "Tasks that finish"): ids and short
keys only. A task never gets an e-mail body, a story or any other free text; it reads and
renders what it needs itself. ``tests/conftest.py`` checks every enqueue of the whole suite."""

PROJECT_PACKAGES = ("samenspel.", "toolkit.", "learning.", "casebank.")
MAX_KEY_LENGTH = 254  # the longest e-mail address; bodies and stories are longer or multi-line


def payload_problems(args, kwargs):
    """What in ``args``/``kwargs`` breaks the rule (empty when the payload is fine)."""
    problems = []
    for name, value in [*enumerate(args), *kwargs.items()]:
        if value is None or isinstance(value, bool | int):
            continue
        if not isinstance(value, str):
            problems.append(f"{name}: {type(value).__name__} is not an id or a key")
        elif "\n" in value or len(value) > MAX_KEY_LENGTH:
            problems.append(f"{name}: free text ({len(value)} characters)")
    return problems

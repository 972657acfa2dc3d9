"""Small helpers that keep generated sentences grammatical: counts and articles."""

from __future__ import annotations

import re

# Words spelled with a vowel letter that start with a consonant sound, and the reverse.
_CONSONANT_SOUND = re.compile(
    r"(?:uni(?![mn])|use|usa|usu|one|once|eu|ur[aei]|u[bcfgklmrstv][aeiou])", re.I
)
_VOWEL_SOUND = re.compile(r"(?:hour|honest|honou?r|heir)", re.I)
# Letters whose name starts with a vowel sound when read out in an abbreviation (an API).
_VOWEL_LETTERS = set("AEFHILMNORSX")


def count(n: int, noun: str, plural: str | None = None) -> str:
    """`1 model`, `2 models` (or `plural` where adding an s is wrong)."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def article(word: str) -> str:
    """`a` or `an` for `word` as it is read aloud (code spans and dotted names by their
    first part: an `APIError`, a `petstore.APIError`, an `order`)."""
    bare = word.strip("`*_\"'([ ")
    if not bare:
        return "a"
    first = re.split(r"[^A-Za-z0-9]", bare, maxsplit=1)[0] or bare
    if first[0].isdigit():
        return "an" if first[0] == "8" or first.startswith(("11", "18")) else "a"
    letters = first[
        : next((i for i, c in enumerate(first[1:], 1) if c.islower()), len(first))
    ]
    if len(letters) > 1 and letters.isupper() and not first[len(letters) :].islower():
        return "an" if letters[0] in _VOWEL_LETTERS else "a"  # an abbreviation: an HTTP
    if len(first) > 1 and first.isupper():
        return "an" if first[0] in _VOWEL_LETTERS else "a"
    if _VOWEL_SOUND.match(first):
        return "an"
    if _CONSONANT_SOUND.match(first):
        return "a"
    return "an" if first[0].lower() in "aeiou" else "a"


_ARTICLE = re.compile(r"(?<![\w`.-])(a|an|A|An) (`[^`\n]+`|[\w][\w.-]*)")
_ONE_PLURAL = re.compile(r"(?<![\w.,/-])1 ([a-z]{3,}s)\b")
# Words ending in s that are singular.
_SINGULAR_S = {
    "class",
    "status",
    "bus",
    "alias",
    "access",
    "process",
    "address",
    "less",
}


def problems(text: str) -> list[str]:
    """Grammar slips in prose (code blocks and table rows skipped): a/an before a word
    that needs the other, and "1 <plural>"."""
    found = []
    in_code = False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            in_code = not in_code
            continue
        if in_code or line.lstrip().startswith("|"):
            continue
        for m in _ARTICLE.finditer(line):
            wanted = article(m.group(2))
            if wanted != m.group(1).lower():
                found.append(
                    f"{m.group(1)} {m.group(2)!s}: want {wanted!r} in: {line.strip()}"
                )
        for m in _ONE_PLURAL.finditer(line):
            if m.group(1) not in _SINGULAR_S and not m.group(1).endswith("ss"):
                found.append(f"1 {m.group(1)}: want the singular in: {line.strip()}")
    return found

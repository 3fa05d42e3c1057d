#!/usr/bin/env python3
"""Checks that every exercise answer Scenarios/workshop/README.md states is the one the page shows.

The answers on a workshop page are computed by CareSim from the page's own cells; the README states
them for trainers who read before they build. This reads each built page's embedded data and the
README, and fails if an exercise's stated answer (English or Dutch) differs from the page's, or if
an exercise is missing from the README.

Usage: python3 Tests/browser/check-workshop-answers.py PAGES_FOLDER README.md
  (PAGES_FOLDER from `caresim workshop --all Scenarios/workshop --out PAGES_FOLDER`)
"""

import json
import os
import re
import sys


def page_data(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    match = re.search(r'<script type="application/json" id="workshop-data">(.*?)</script>', text, re.S)
    return json.loads(match.group(1)) if match else None


def stated(readme, title, label):
    """The answer the README states under the heading `### title`."""
    section = re.search(r"^### " + re.escape(title) + r"\n(.*?)(?=^### |^## |\Z)", readme, re.S | re.M)
    if not section:
        return None
    answer = re.search(r"^\*\*" + re.escape(label) + r":\*\* (.*)$", section.group(1), re.M)
    return answer.group(1).strip() if answer else None


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    folder, readme_path = sys.argv[1], sys.argv[2]
    with open(readme_path, encoding="utf-8") as handle:
        readme = handle.read()
    problems = []
    checked = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".html") or name == "index.html":
            continue
        data = page_data(os.path.join(folder, name))
        if data is None:
            problems.append(f"{name}: no embedded workshop data")
            continue
        for exercise in data.get("exercises", []):
            for language, label in (("en", "Answer (computed by CareSim)"), ("nl", "Antwoord (berekend door CareSim)")):
                title = exercise["title"][language]
                expected = exercise["answer"][language]
                found = stated(readme, title, label)
                checked += 1
                if found is None:
                    problems.append(f"{name}: the README states no answer under '### {title}'")
                elif found != expected:
                    problems.append(f"{name}: '{title}' ({language})\n    README: {found}\n    page:   {expected}")
    if problems:
        print("workshop answers differ from the README:")
        for problem in problems:
            print("  - " + problem)
        sys.exit(1)
    print(f"workshop answers: {checked} stated answers match their pages")


if __name__ == "__main__":
    main()

"""A git merge driver for Qt's .ts translation sources: the union of both sides' messages.

Two branches that each add strings (and their translations) touch the same XML file in the same places, which
a line merge cannot resolve. This driver keeps every message of both sides: a message only one side has is kept,
and where both have it, a finished translation wins over an unfinished one, plural forms over a single form (ours
wins when both are finished).
Run `packaging/update_translations.py` after the merge to drop what the merged code no longer uses.

Set up once per clone (`.gitattributes` already names the driver):

    git config merge.qt-ts.driver "python3 packaging/merge_translations.py %O %A %B"
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _key(message: ET.Element) -> tuple[str, str]:
    return (message.findtext("source") or "", message.findtext("comment") or "")


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
        return False
    return bool((translation.text or "").strip()) or len(translation) > 0


def merge(ours: ET.ElementTree, theirs: ET.ElementTree) -> ET.ElementTree:
    root = ours.getroot()
    contexts = {(context.findtext("name") or ""): context for context in root.iter("context")}
    for their_context in theirs.getroot().iter("context"):
        name = their_context.findtext("name") or ""
        context = contexts.get(name)
        if context is None:
            root.append(their_context)
            contexts[name] = their_context
            continue
        messages = {_key(message): message for message in context.iter("message")}
        for their_message in their_context.iter("message"):
            mine = messages.get(_key(their_message))
            if mine is None:
                context.append(their_message)
                messages[_key(their_message)] = their_message
            elif (not _finished(mine) and _finished(their_message)) or (
                    their_message.get("numerus") == "yes" and mine.get("numerus") != "yes"):  # plural forms win
                context.remove(mine)
                context.append(their_message)
                messages[_key(their_message)] = their_message
    return ours


def main(argv: list[str]) -> int:
    _base, ours_path, theirs_path = argv[:3]
    try:
        merged = merge(ET.parse(ours_path), ET.parse(theirs_path))
    except ET.ParseError as error:  # a side with conflict markers or broken XML: let git report a conflict
        print(f"merge_translations: {error}", file=sys.stderr)
        return 1
    ET.indent(merged, space="    ")
    body = ET.tostring(merged.getroot(), encoding="unicode")
    Path(ours_path).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                               encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Adds translations to Shop.Web/Languages/ShopText.{de,fr}.resx from a tab-separated file:
one line per text, `English<TAB>German<TAB>French`. A text already there is left as it is (and reported when its
translation differs). Usage: tools/add-texts.py texts.tsv"""
import sys, os, re, html
from xml.sax.saxutils import escape

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Shop.Web", "Languages")
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if l.strip() and not l.startswith("#")]
for i, lang in ((1, "de"), (2, "fr")):
    path = os.path.join(root, f"ShopText.{lang}.resx")
    text = open(path, encoding="utf-8").read()
    # The resource build compares names without case: "Staff" and "staff" are one.
    have = {html.unescape(m.group(1)).lower(): html.unescape(m.group(2))
            for m in re.finditer(r'<data name="(.*?)" xml:space="preserve"><value>(.*?)</value></data>', text, re.S)}
    added = []
    for row in rows:
        if len(row) != 3: sys.exit(f"not three columns: {row}")
        key, value = row[0], row[i]
        if key.lower() in have:
            if have[key.lower()] != value: print(f"{lang}: kept '{key}' = '{have[key.lower()]}' (not '{value}')")
            continue
        have[key.lower()] = value
        added.append(f'  <data name="{escape(key, {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(value)}</value></data>\n')
    text = text.replace("</root>", "".join(added) + "</root>")
    open(path, "w", encoding="utf-8").write(text)
    print(f"{lang}: {len(added)} added")

#!/usr/bin/env python3
"""Checks the event cases of Tests/DyadAppTests/EventCases/<lang>.tsv against a built `dyad`,
with the same rules as the Swift test, so a data change can be tried without rebuilding.
Usage: scripts/check-event-cases.py [--bin PATH] [LANG ...]   (DYAD_DATA_DIR is passed through)"""
import json, os, subprocess, sys

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = sys.argv[1:]
binary = os.path.join(here, ".build/release/dyad")
if args[:1] == ["--bin"]:
    binary, args = args[1], args[2:]
cases_dir = os.path.join(here, "Tests/DyadAppTests/EventCases")
langs = args or sorted(f[:-4] for f in os.listdir(cases_dir) if f.endswith(".tsv"))
failures = total = 0
for lang in langs:
    for line in open(os.path.join(cases_dir, lang + ".tsv"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        f = line.split("\t")
        typ, text = f[0], f[1]
        want = dict(kv.split("=", 1) for kv in (f[2] if len(f) > 2 else "").split(";") if "=" in kv)
        out = subprocess.run([binary, "extract", "--lang", lang, "--date", "2024-06-15", "-"], input=text,
                             capture_output=True, text=True)
        total += 1
        events = json.loads(out.stdout)["events"] if out.stdout.strip() else []
        ofType = [e for e in events if e["type"] == typ]
        problems = []
        if not ofType:
            problems.append(f"no {typ} in {[e['type'] for e in events]}")
        else:
            e = ofType[0]
            attrs = e.get("attributes") or {}
            codes = {p["country"] for p in (e.get("actor"), e.get("target")) if p and p.get("country")} | set(attrs.get("parties") or [])
            date = e.get("date")
            if isinstance(date, dict):
                date = date.get("start")
            for k, v in want.items():
                if k == "status": got = e["status"]
                elif k in ("actor", "target"): got = (e.get(k) or {}).get("country")
                elif k == "date": got = date
                elif k == "subtype": got = e.get("subtype")
                elif k == "parties":
                    if not set(v.split(",")) <= codes: problems.append(f"parties {sorted(codes)}, want {v}")
                    continue
                else:
                    got = attrs.get(k)
                    if isinstance(got, bool): got = "true" if got else "false"
                    elif isinstance(got, float) and got.is_integer(): got = int(got)
                    got = None if got is None else str(got)
                if got != v: problems.append(f"{k}: {got!r}, want {v!r}")
        if problems:
            failures += 1
            print(f"FAIL {lang} {typ}: {text}\n     " + "; ".join(problems))
print(f"{total - failures}/{total} cases pass")
sys.exit(1 if failures else 0)

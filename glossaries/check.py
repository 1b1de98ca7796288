#!/usr/bin/env python3
"""Validate the aligncheck glossaries in this folder (see README.md, "Validation rules").

Usage:
    python3 glossaries/check.py                 # all *.json files beside this script
    python3 glossaries/check.py a.json b.json   # only these (ids and forms are still checked across them)
    python3 glossaries/check.py --no-icu        # skip the ICU traditional->simplified checks
    python3 glossaries/check.py --overlaps      # also list source forms contained in another entry's form

Exit status 0 when there is no ERROR (WARNs are for a terminologist to read, not failures).

The ICU checks run `java` with the icu4j jar from the local Maven repository (~/.m2), the same
library the matcher uses; they are skipped with a WARN when java or the jar is missing.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

FIELDS = ["id", "type", "zh-Hans", "zh-Hant", "ja", "english", "variants", "wrong", "description", "note"]
LISTS = ["zh-Hans", "zh-Hant", "ja", "variants", "wrong"]
SOURCE = ["zh-Hans", "zh-Hant", "ja"]
TYPES = {"person", "organization", "place", "title", "other"}
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SEPARATORS = re.compile(r"[·・･‧•\s]")  # the matcher ignores these in source text
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

errors = []
warnings = []


def err(where, msg):
    errors.append(f"ERROR {where}: {msg}")


def warn(where, msg):
    warnings.append(f"WARN  {where}: {msg}")


def norm_src(s):
    return SEPARATORS.sub("", s)


def auto_accepted(form):
    """Forms the matcher accepts without listing them: possessives and the reversed two-word order."""
    out = {form, form + "'s", form + "’s"}
    words = form.split()
    if len(words) == 2:
        rev = f"{words[1]} {words[0]}"
        out |= {rev, rev + "'s", rev + "’s"}
    return out


def load(path):
    where = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        err(where, f"does not parse as JSON: {e}")
        return None
    if not isinstance(doc, dict):
        err(where, "top level must be an object")
        return None
    for key in ("name", "description", "entries"):
        if key not in doc:
            err(where, f"missing top-level field '{key}'")
    extra = set(doc) - {"name", "description", "entries"}
    if extra:
        err(where, f"unknown top-level fields {sorted(extra)}")
    if os.path.splitext(where)[0] != doc.get("name"):
        warn(where, f"name '{doc.get('name')}' differs from the file name")
    if not isinstance(doc.get("entries"), list):
        err(where, "'entries' must be an array")
        return None
    return doc


def check_entry(where, e):
    if not isinstance(e, dict):
        err(where, "entry is not an object")
        return False
    eid = e.get("id")
    w = f"{where} {eid}"
    extra = set(e) - set(FIELDS)
    if extra:
        err(w, f"unknown fields {sorted(extra)}")
    for key in ("id", "type", "english"):
        if not isinstance(e.get(key), str) or not e.get(key).strip():
            err(w, f"'{key}' is required and must be a non-empty string")
    if isinstance(eid, str) and not ID_RE.match(eid):
        err(w, "id must be lower-case ascii letters/digits separated by single dashes")
    if e.get("type") not in TYPES:
        err(w, f"type must be one of {sorted(TYPES)}")
    for key in ("description", "note"):
        if key in e and not isinstance(e[key], str):
            err(w, f"'{key}' must be a string")
    if not e.get("description"):
        warn(w, "no description")
    for key in LISTS:
        v = e.get(key, [])
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            err(w, f"'{key}' must be an array of strings")
            return False
        for x in v:
            if x != x.strip() or not x:
                err(w, f"'{key}' has an empty form or one with surrounding blanks: {x!r}")
        if len(set(v)) != len(v):
            err(w, f"'{key}' lists a form twice")
    strings = [e.get("english", "")] + [x for k in LISTS for x in e.get(k, [])]
    for x in strings:
        if "  " in x:
            err(w, f"double blank in {x!r}")
    src = [x for k in SOURCE for x in e.get(k, [])]
    if not src:
        err(w, "needs at least one source form (zh-Hans, zh-Hant or ja)")
    for x in src:
        if not CJK.search(x):
            warn(w, f"source form without any CJK character: {x!r}")
        if len(norm_src(x)) < 2:
            err(w, f"source form of one character is never unambiguous: {x!r}")
    for x in e.get("variants", []) + e.get("wrong", []) + [e.get("english", "")]:
        if CJK.search(x):
            err(w, f"English form with CJK characters: {x!r}")
    accepted = [e.get("english", "")] + e.get("variants", [])
    acc_fold = {a.casefold() for f in accepted for a in auto_accepted(f)}
    if e.get("english") in e.get("variants", []):
        err(w, "a variant repeats the canonical form")
    if e.get("type") == "title":
        folded = [a.casefold() for a in accepted]
        if len(set(folded)) != len(folded):
            warn(w, "accepted forms that differ only by case (title matching ignores case)")
    for bad in e.get("wrong", []):
        if bad.casefold() in acc_fold:
            err(w, f"wrong form {bad!r} is also an accepted form")
            continue
        pat = re.compile(r"(?<![\w-])" + re.escape(bad.casefold()) + r"(?![\w-])")
        for a in accepted:
            if pat.search(a.casefold()):
                err(w, f"wrong form {bad!r} occurs as words inside the accepted form {a!r}")
    return True


def icu_map(strings):
    """Traditional-Simplified through icu4j, as the matcher does; None when unavailable."""
    jars = sorted(glob.glob(os.path.expanduser("~/.m2/repository/com/ibm/icu/icu4j/*/icu4j-*.jar")))
    jars = [j for j in jars if not j.endswith(("-sources.jar", "-javadoc.jar"))]
    if not jars:
        warn("icu", "no icu4j jar under ~/.m2 (run 'mvn -q dependency:resolve' once): ICU checks skipped")
        return None
    src = ("import com.ibm.icu.text.Transliterator; import java.io.*; import java.nio.charset.StandardCharsets;\n"
           "public class T2S { public static void main(String[] a) throws Exception {\n"
           " Transliterator t = Transliterator.getInstance(\"Traditional-Simplified\");\n"
           " BufferedReader r = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));\n"
           " PrintStream o = new PrintStream(System.out, true, \"UTF-8\"); String l;\n"
           " while ((l = r.readLine()) != null) o.println(t.transliterate(l)); } }\n")
    with tempfile.TemporaryDirectory() as d:
        jf = os.path.join(d, "T2S.java")
        with open(jf, "w", encoding="utf-8") as f:
            f.write(src)
        try:
            p = subprocess.run(["java", "-cp", jars[-1], jf], input="\n".join(strings) + "\n",
                               capture_output=True, text=True, encoding="utf-8", timeout=300)
        except (OSError, subprocess.TimeoutExpired) as ex:
            warn("icu", f"could not run java: {ex}: ICU checks skipped")
            return None
    out = p.stdout.split("\n")[:len(strings)]
    if p.returncode != 0 or len(out) != len(strings):
        warn("icu", f"java failed ({p.stderr.strip()[:300]}): ICU checks skipped")
        return None
    return dict(zip(strings, out))


def main(argv):
    use_icu = "--no-icu" not in argv
    overlaps = "--overlaps" in argv
    files = [a for a in argv if not a.startswith("--")]
    here = os.path.dirname(os.path.abspath(__file__))
    if not files:
        files = sorted(glob.glob(os.path.join(here, "*.json")))
    entries = []  # (file, entry)
    counts = {}
    for path in files:
        doc = load(path)
        if doc is None:
            continue
        where = os.path.basename(path)
        for e in doc["entries"]:
            if check_entry(where, e):
                entries.append((where, e))
                counts.setdefault(where, {}).setdefault(e.get("type"), 0)
                counts[where][e.get("type")] += 1

    ids = {}
    for where, e in entries:
        if e.get("id") in ids:
            err(f"{where} {e.get('id')}", f"id already used in {ids[e['id']]}")
        ids.setdefault(e.get("id"), where)

    # every source form (separators removed) belongs to one entry only, whatever its script
    owner = {}
    for where, e in entries:
        for form in {norm_src(x) for k in SOURCE for x in e.get(k, [])}:
            if form in owner and owner[form] != e["id"]:
                err(f"{where} {e['id']}", f"source form {form!r} is also a form of {owner[form]}")
            owner.setdefault(form, e["id"])

    if use_icu:
        allforms = sorted({norm_src(x) for _, e in entries for k in SOURCE for x in e.get(k, [])})
        m = icu_map(allforms)
        if m is not None:
            simp_owner = {}
            for where, e in entries:
                w = f"{where} {e['id']}"
                for x in e.get("zh-Hans", []):
                    if m[norm_src(x)] != norm_src(x):
                        warn(w, f"zh-Hans form {x!r} has characters ICU simplifies: {m[norm_src(x)]!r}")
                mine = {m[norm_src(x)] for k in SOURCE for x in e.get(k, [])}
                for s in mine:
                    if s in simp_owner and simp_owner[s] != e["id"]:
                        err(w, f"after ICU simplification, source form {s!r} is also a form of {simp_owner[s]}")
                    simp_owner.setdefault(s, e["id"])

    if overlaps:
        forms = [(norm_src(x), e["id"]) for _, e in entries for k in SOURCE for x in e.get(k, [])]
        seen = set()
        for a, ida in forms:
            for b, idb in forms:
                if ida != idb and a != b and a in b and (a, b) not in seen:
                    seen.add((a, b))
                    print(f"INFO  overlap: {a!r} ({ida}) is inside {b!r} ({idb})")

    for line in warnings:
        print(line)
    for line in errors:
        print(line)
    total = 0
    for where in sorted(counts):
        n = sum(counts[where].values())
        total += n
        by_type = ", ".join(f"{t} {c}" for t, c in sorted(counts[where].items()))
        print(f"{where}: {n} entries ({by_type})")
    print(f"total: {total} entries in {len(counts)} files; {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

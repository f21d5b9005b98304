#!/usr/bin/env python3
"""Validate the evaluation cases under testdata/cases/ and the inputs under testdata/bad/.

usage: python3 testdata/check_gold.py [CASES_DIR]

For every case folder it checks that:
- there are 2-4 article files, each with a closed header carrying id, outlet,
  published (ISO date) and title, ids unique across all cases, bodies of 250-600 words;
- gold.json has exactly the keys of FORMATS.md section 3, its "articles" equal the header ids;
- enumerations (kind, mode, figure kind, qualifier, finding type) are valid;
- every anchor (attribution, figure, ignore, finding side, trap side) occurs in the
  normalised body of its article (norm() of ../shared/spec/reference_score.py);
- attribution anchors have 2-8 words and occur exactly once in their article;
- figure anchors occur as whole-word runs, listed in document order per article;
  RANGE figures carry no value, all others carry a number;
- no figure anchor lies inside an ignore anchor of the same article (the scorer would drop it);
- no article shares a run of 12 words with a seed article (../shared/seeds), when the seeds exist.
It also checks the robustness inputs in testdata/bad/ (see bad/README.md).
Exit status 0 when everything passes, 1 otherwise.
"""
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"

try:  # use the scorer's own normaliser when the shared spec is beside the repo
    sys.path.insert(0, str(SHARED / "spec"))
    from reference_score import norm  # noqa: E402
except ImportError:  # identical copy, so the check also runs from a lone clone
    QUOTES = "\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a`\u00b4"
    DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"

    def norm(s):
        if s is None:
            return ""
        s = s.lower()
        for q in QUOTES:
            s = s.replace(q, "")
        for d in DASHES:
            s = s.replace(d, "-")
        return re.sub(r"\s+", " ", s).strip()

KINDS = {"NAMED_PERSON", "NAMED_SPOKESPERSON", "ANONYMOUS", "INSTITUTION", "MEDIA"}
MODES = {"DIRECT", "INDIRECT", "MIXED"}
FIG_KINDS = {"COUNT", "MONEY", "PERCENT", "DURATION", "ORDINAL"}  # the kinds gold lists
QUALIFIERS = {"EXACT", "APPROXIMATE", "LOWER_BOUND", "UPPER_BOUND", "RANGE"}
FINDING_TYPES = {"NUMERIC_CONFLICT", "ACCOUNT_DISPUTE", "OMISSION", "QUOTE_MISMATCH"}
GOLD_KEYS = {"articles", "attributions", "figures", "ignore", "findings", "traps"}
HEADER_KEYS = ("id", "outlet", "published", "title")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def split_header(text):
    """Return (header dict or None, body). None header with body=None means unterminated."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n")
    if not text.startswith("---\n"):
        return None, text
    end = text.find("\n---\n", 3)
    if end < 0:
        return None, None
    header = {}
    for line in text[4:end].split("\n"):
        if ":" in line:
            k, v = line.split(":", 1)
            header[k.strip().lower()] = v.strip()
    return header, text[end + 5:]


def whole_word_positions(anchor, body):
    a, t = norm(anchor), norm(body)
    return [m.start() for m in re.finditer(r"(?<![0-9a-z])" + re.escape(a) + r"(?![0-9a-z])", t)]


def seed_grams():
    seeds = SHARED / "seeds"
    grams = set()
    if not seeds.is_dir():
        return grams
    for f in seeds.iterdir():
        if f.suffix == ".txt":
            w = re.findall(r"[a-z0-9]+", f.read_text(encoding="utf-8", errors="replace").lower())
            grams.update(" ".join(w[i:i + 12]) for i in range(len(w) - 11))
    return grams


def anchors_of(side):
    a = side.get("anchor")
    return a if isinstance(a, list) else [a]


def check_case(case, bodies_by_id, grams):
    name = case.name
    files = sorted(p for p in case.iterdir() if p.suffix == ".txt")
    if not 2 <= len(files) <= 4:
        err(name, f"{len(files)} article files, expected 2-4")
    bodies = {}
    for p in files:
        where = f"{name}/{p.name}"
        header, body = split_header(p.read_text(encoding="utf-8"))
        if header is None:
            err(where, "missing or unterminated header")
            continue
        for k in HEADER_KEYS:
            if not header.get(k):
                err(where, f"header lacks '{k}'")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", header.get("published", "")):
            err(where, "published is not an ISO date")
        aid = header.get("id")
        if aid in bodies_by_id:
            err(where, f"duplicate article id {aid!r}")
        bodies_by_id[aid] = body
        bodies[aid] = body
        n = len(body.split())
        if not 250 <= n <= 600:
            err(where, f"body has {n} words, expected 250-600")
        if grams:
            w = re.findall(r"[a-z0-9]+", body.lower())
            shared = [" ".join(w[i:i + 12]) for i in range(len(w) - 11) if " ".join(w[i:i + 12]) in grams]
            if shared:
                err(where, f"shares 12-word runs with a seed article: {shared[0]!r}")

    gpath = case / "gold.json"
    if not gpath.exists():
        err(name, "gold.json missing")
        return
    gold = json.loads(gpath.read_text(encoding="utf-8"))
    if set(gold) != GOLD_KEYS:
        err(name, f"gold keys {sorted(gold)} != {sorted(GOLD_KEYS)}")
    if sorted(gold.get("articles", [])) != sorted(bodies):
        err(name, f"gold articles {gold.get('articles')} != header ids {sorted(bodies)}")

    def in_body(where, article, anchor):
        if article not in bodies:
            err(where, f"unknown article {article!r}")
            return False
        if not isinstance(anchor, str) or not norm(anchor):
            err(where, f"empty or non-string anchor {anchor!r}")
            return False
        if norm(anchor) not in norm(bodies[article]):
            err(where, f"anchor {anchor!r} not in body of {article}")
            return False
        return True

    for i, a in enumerate(gold.get("attributions", [])):
        where = f"{name} attribution[{i}] {a.get('anchor')!r}"
        if in_body(where, a.get("article"), a.get("anchor")):
            n = norm(bodies[a["article"]]).count(norm(a["anchor"]))
            if n != 1:
                err(where, f"anchor occurs {n} times in its article, expected once")
        if not 2 <= len(norm(a.get("anchor", "")).split()) <= 8:
            err(where, "anchor should have 2-8 words")
        if a.get("kind") not in KINDS:
            err(where, f"bad kind {a.get('kind')!r}")
        if a.get("mode") not in MODES:
            err(where, f"bad mode {a.get('mode')!r}")
        if not isinstance(a.get("source"), list):
            err(where, "source must be a list")
        elif a["kind"] == "ANONYMOUS" and a["source"]:
            err(where, "ANONYMOUS sources carry no tokens in these cases")
        elif a["kind"] != "ANONYMOUS" and not a["source"]:
            err(where, "named or institutional source without tokens")
        if "optional" in a and a["optional"] is not True:
            err(where, "optional must be true when present")

    ign = gold.get("ignore", [])
    for i, g in enumerate(ign):
        in_body(f"{name} ignore[{i}]", g.get("article"), g.get("anchor"))

    cursor = {}
    for i, f in enumerate(gold.get("figures", [])):
        where = f"{name} figure[{i}] {f.get('anchor')!r}"
        art = f.get("article")
        if not in_body(where, art, f.get("anchor")):
            continue
        pos = [p for p in whole_word_positions(f["anchor"], bodies[art]) if p >= cursor.get(art, 0)]
        if not pos:
            err(where, "no whole-word occurrence at or after the previous figure (order or anchor wrong)")
        else:
            cursor[art] = pos[0] + 1
        if f.get("kind") not in FIG_KINDS:
            err(where, f"bad figure kind {f.get('kind')!r}")
        if f.get("qualifier") not in QUALIFIERS:
            err(where, f"bad qualifier {f.get('qualifier')!r}")
        if f.get("qualifier") == "RANGE":
            if "value" in f:
                err(where, "RANGE figures carry no value in these cases")
        elif not isinstance(f.get("value"), (int, float)):
            err(where, "value missing or not a number")
        if not f.get("subject"):
            err(where, "subject tokens missing")
        for g in ign:
            if g["article"] == art and norm(f["anchor"]) in norm(g["anchor"]):
                err(where, f"figure anchor lies inside ignore anchor {g['anchor']!r}: the scorer would drop it")

    for section in ("findings", "traps"):
        for i, x in enumerate(gold.get(section, [])):
            where = f"{name} {section}[{i}]"
            if section == "findings" and x.get("type") not in FINDING_TYPES:
                err(where, f"bad finding type {x.get('type')!r}")
            sides = x.get("sides", [])
            if len(sides) < 2:
                err(where, "needs at least two sides")
            for s in sides:
                for anc in anchors_of(s):
                    in_body(where, s.get("article"), anc)
            if not x.get("note"):
                err(where, "note missing")


def check_bad(bad):
    def need(cond, msg):
        if not cond:
            err("bad", msg)
    if not bad.is_dir():
        err("bad", "folder missing")
        return
    need((bad / "README.md").exists(), "README.md missing")
    need((bad / "empty.txt").stat().st_size == 0, "empty.txt is not empty")
    need(b"\x00" in (bad / "binary.txt").read_bytes(), "binary.txt has no NUL byte")
    raw = (bad / "invalid-utf8.txt").read_bytes()
    try:
        raw.decode("utf-8")
        err("bad", "invalid-utf8.txt decodes as UTF-8")
    except UnicodeDecodeError:
        pass
    h, body = split_header((bad / "unterminated-header.txt").read_text(encoding="utf-8"))
    need(h is None and body is None, "unterminated-header.txt has a closed header")
    ids = [split_header((bad / f).read_text(encoding="utf-8"))[0].get("id") for f in ("dup-a.txt", "dup-b.txt")]
    need(ids == ["duplicate-story", "duplicate-story"], f"dup ids are {ids}")
    raw = (bad / "good-bom-crlf.txt").read_bytes()
    need(raw.startswith(b"\xef\xbb\xbf"), "good-bom-crlf.txt lacks the BOM")
    need(b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), "good-bom-crlf.txt is not CRLF throughout")
    for f in ("good-plain.txt", "good-bom-crlf.txt"):
        h, body = split_header((bad / f).read_bytes().decode("utf-8"))
        need(h is not None and h.get("id") and body and body.strip(), f"{f} does not parse")


def main():
    cases = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "cases"
    grams = seed_grams()
    bodies_by_id = {}
    case_dirs = sorted(p for p in cases.iterdir() if p.is_dir())
    if not case_dirs:
        err(str(cases), "no case folders")
    for case in case_dirs:
        check_case(case, bodies_by_id, grams)
    try:
        check_bad(HERE / "bad")
    except (OSError, UnicodeDecodeError, AttributeError) as e:
        err("bad", f"cannot check: {e}")
    for e in errors:
        print("FAIL", e)
    print(f"{len(case_dirs)} cases, {len(bodies_by_id)} articles, "
          f"{'seed overlap checked' if grams else 'seeds not found, overlap not checked'}: "
          f"{'OK' if not errors else str(len(errors)) + ' problem(s)'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""Why guard matches registry names with Aho-Corasick: pyahocorasick vs spaCy's PhraseMatcher.

Both get the same names (account names and aliases, contact names, product names) from a
synthetic registry (bench/synth.py) and scan the same synthetic mail bodies, English and
Chinese. Aho-Corasick is measured as guard uses it: build_index() to build, and
guard.detect.names.find_names() to scan (normalisation, automaton, word-boundary and case
checks). The PhraseMatcher is spaCy's usual set-up: spacy.blank("en") tokenizer, attr="LOWER",
and each scan tokenizes the text first (it cannot match without a Doc). Each build runs in a
fresh process so its memory is its own.

    .venv/bin/python bench/matcher.py                 # 10k and 100k names (~2 min)
    .venv/bin/python bench/matcher.py --quick         # 10k names, less text
    .venv/bin/python bench/matcher.py --patterns 2000 --text-kb 20
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from email import message_from_bytes
from email.policy import default
from pathlib import Path

try:
    from bench import synth
except ImportError:  # run as a script: python bench/matcher.py
    import synth

HERE = Path(__file__).resolve()
NAMES_PER_ACCOUNT = 3.1  # indexed names per synthetic account (name, aliases, contacts), measured
PRODUCT_NAMES = 750      # indexed names of the 200 synthetic products
_clock = time.process_time  # CPU seconds: the machine may be shared


def _rss_kib(field: str = "VmRSS") -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def registry_names(registry) -> list[str]:
    """The names build_index puts in its automaton, as the registry writes them."""
    from guard.detect.normalize import normalize_name
    from guard.registry.index import _indexable

    out: dict[str, None] = {}
    for p in registry.products:
        for n in (p.sku, *p.names):
            out[n] = None
    for a in registry.accounts:
        for n in (a.name, *a.aliases):
            out[n] = None
        for c in a.contacts:
            if c.name and _indexable(c.name, normalize_name(c.name), "contact"):
                out[c.name] = None
    return list(out)


def _aho(registry, names: list[str]):
    from guard.detect.names import find_names
    from guard.registry.index import build_index

    index = build_index(registry)
    return index, len(index.automaton or ()), lambda text: len(find_names(text, index))


def _aho_raw(index, texts: list[str]) -> float:
    """MB/s of the automaton alone on lower-cased text: what normalisation and checks cost on top."""
    automaton = index.automaton
    lowered = [x.lower() for x in texts]
    t = _clock()
    for x in lowered:
        for _ in automaton.iter(x):
            pass
    return sum(len(x.encode()) for x in texts) / 1e6 / (_clock() - t)


def _spacy(registry, names: list[str]):
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("en")  # already loaded once by worker(): the memory counted is the matcher's
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for i in range(0, len(names), 5000):
        matcher.add("NAME", list(nlp.tokenizer.pipe(names[i:i + 5000])))
    return (nlp, matcher), len(names), lambda text: len(matcher(nlp.make_doc(text)))


def worker(engine: str, registry_path: Path, corpus_path: Path) -> dict:
    from guard.registry.load import load_registry

    registry = load_registry(registry_path)
    names = registry_names(registry)
    corpus = json.loads(corpus_path.read_text(encoding="utf-8"))
    if engine == "spacy":
        import spacy

        spacy.blank("en")
    gc.collect()
    before = _rss_kib()
    t = _clock()
    keep, patterns, scan = (_aho if engine == "aho" else _spacy)(registry, names)
    build_s = _clock() - t
    gc.collect()
    out = {"engine": engine, "patterns": patterns, "build_s": build_s, "mem_mib": (_rss_kib() - before) / 1024}
    for lang, texts in corpus.items():
        scan(texts[0])  # warm up
        size = sum(len(x.encode()) for x in texts)
        t = _clock()
        hits = sum(scan(x) for x in texts)
        out[lang] = {"mb_s": size / 1e6 / (_clock() - t), "hits": hits, "mb": size / 1e6}
        if engine == "aho":
            out[lang]["raw_mb_s"] = _aho_raw(keep, texts)
    del keep
    return out


def _bodies(registry_text: str, kib: int) -> dict[str, list[str]]:
    """About `kib` KiB each of English and of Chinese mail bodies naming this registry's accounts."""
    from guard.registry.load import load_registry_text

    registry = load_registry_text(registry_text, "synthetic")
    corpus: dict[str, list[str]] = {"en": [], "zh": []}
    sizes = dict.fromkeys(corpus, 0)
    batch, seed = 400, 7
    while min(sizes.values()) < kib * 1024:
        for m in synth.messages(registry, batch, seed=seed):
            lang = "zh" if m.lang == "zh" else "en" if m.lang == "en" else None
            if lang and sizes[lang] < kib * 1024:
                body = message_from_bytes(m.raw, policy=default).get_content()
                corpus[lang].append(body)
                sizes[lang] += len(body.encode())
        seed += 1
    return corpus


def _registry_for(target: int) -> tuple[int, str]:
    """A synthetic registry with about `target` names (contact names repeat more in big ones)."""
    from guard.registry.load import load_registry_text

    accounts = max(2, round((target - PRODUCT_NAMES) / NAMES_PER_ACCOUNT))
    text = synth.registry_toml(accounts)
    have = len(registry_names(load_registry_text(text, "synthetic")))
    if abs(have - target) > target * 0.05:
        accounts = max(2, round(accounts * (target - PRODUCT_NAMES) / max(1, have - PRODUCT_NAMES)))
        text = synth.registry_toml(accounts)
    return accounts, text


def _run(engine: str, registry: Path, corpus: Path) -> dict:
    proc = subprocess.run([sys.executable, str(HERE), "--worker", engine, str(registry), str(corpus)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"Error: the {engine} benchmark worker failed:\n{proc.stderr.strip()[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _table(rows: list[dict]) -> str:
    head = ("matcher", "patterns", "build s", "memory MiB", "EN MB/s", "EN hits", "ZH MB/s", "ZH hits")
    label = {"aho": "pyahocorasick (guard)", "spacy": "spaCy PhraseMatcher"}
    lines = [(label[r["engine"]], f"{r['patterns']:,}", f"{r['build_s']:.2f}", f"{r['mem_mib']:.0f}",
              f"{r['en']['mb_s']:.2f}", f"{r['en']['hits']:,}", f"{r['zh']['mb_s']:.2f}", f"{r['zh']['hits']:,}")
             for r in rows]
    widths = [max(len(h), *(len(x[i]) for x in lines)) for i, h in enumerate(head)]
    fmt = "  ".join(f"{{:{'<' if i == 0 else '>'}{w}}}" for i, w in enumerate(widths))
    return "\n".join([fmt.format(*head), fmt.format(*("-" * w for w in widths)), *(fmt.format(*x) for x in lines)])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Compare pyahocorasick (as guard uses it) with spaCy's PhraseMatcher "
                                             "on registry names in mail text; prints a table.")
    ap.add_argument("--patterns", default=None,
                    help="numbers of names to match, comma-separated (default 10000,100000; --quick: 10000)")
    ap.add_argument("--text-kb", type=int, default=None,
                    help="KiB of English and of Chinese text to scan (default 600; --quick: 150)")
    ap.add_argument("--quick", action="store_true", help="10k names and less text (~30 s)")
    ap.add_argument("--worker", nargs=3, metavar=("ENGINE", "REGISTRY", "CORPUS"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        engine, reg, corpus = args.worker
        print(json.dumps(worker(engine, Path(reg), Path(corpus))))
        return
    try:
        targets = [int(x) for x in (args.patterns or ("10000" if args.quick else "10000,100000")).split(",")]
    except ValueError:
        ap.error("--patterns takes numbers such as 10000,100000")
    kib = args.text_kb or (150 if args.quick else 600)
    rows = []
    with tempfile.TemporaryDirectory(prefix="guard-matcher-") as tmp:
        for target in targets:
            accounts, text = _registry_for(target)
            reg, corpus = Path(tmp) / f"registry-{accounts}.toml", Path(tmp) / f"corpus-{accounts}.json"
            reg.write_text(text, encoding="utf-8")
            corpus.write_text(json.dumps(_bodies(text, kib), ensure_ascii=False), encoding="utf-8")
            print(f"  ~{target:,} names ({accounts:,} accounts): measuring...", file=sys.stderr, flush=True)
            rows += [_run("aho", reg, corpus), _run("spacy", reg, corpus)]
    print(f"Registry-name matching: {kib} KiB each of English and Chinese synthetic mail bodies; "
          f"CPU seconds; load average {os.getloadavg()[0]:.1f}")
    print(_table(rows))
    for r in rows:
        if r["engine"] == "aho":
            print(f"pyahocorasick automaton alone at {r['patterns']:,} names (lower-cased text, no normalisation "
                  f"or checks): EN {r['en']['raw_mb_s']:.0f} MB/s, ZH {r['zh']['raw_mb_s']:.0f} MB/s")
    print("hits: pyahocorasick = names guard accepts after boundary and case checks; spaCy = raw phrase matches.\n"
          "spaCy's English tokenizer does not split Chinese, so CJK names inside Chinese text are not found.")


if __name__ == "__main__":
    main()

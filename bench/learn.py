"""`guard registry learn` measured: precision and recall against the registry an archive was made
from, time per 1,000 messages, peak memory, and the detection scores of the learnt draft
against the original registry's on a labelled corpus of the same trade.

    python bench/learn.py --accounts 60 --work /tmp/learnbench
    python bench/learn.py --accounts 400 --noise 1200 --formats mbox   # speed and memory at scale
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from learn_archive import build, write_archive  # noqa: E402
from learn_corpus import build_corpus  # noqa: E402
from learn_score import account_map, score  # noqa: E402

from guard.engine import Engine  # noqa: E402
from guard.evaluation import Label, Outcome, Scores, read_labels  # noqa: E402
from guard.registry.load import load_registry  # noqa: E402

SOURCES = {"mbox": "Sent.mbox", "maildir": "Sent.maildir", "eml": "Sent.eml"}


def run_learn(source: Path, out: Path) -> tuple[float, int]:
    """Seconds and peak RSS (KiB) of one `guard registry learn` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from guard.cli import main; main()", "registry", "learn", str(source), "--out", str(out)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - t0
    return seconds, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def detection(corpus: Path, registry, id_map: dict[str, str] | None = None) -> dict:
    """SPEC section 5 scores of `registry` on the corpus; id_map maps its ids to the labels' ids."""
    engine = Engine(registry)
    outcomes = []
    t0 = time.perf_counter()
    for label in read_labels(corpus):
        v = engine.check_bytes((corpus / label.message).read_bytes()).verdict
        accounts = frozenset((id_map or {}).get(a, a) for a in v.accounts)
        outcomes.append(Outcome(Label(label.message, label.expect, label.accounts), v.verdict, accounts))
    f = Scores(outcomes, time.perf_counter() - t0).figures
    return {k: f[k] for k in ("stop_recall", "catch_recall", "false_alarm_rate", "over_stop_rate", "attribution")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--accounts", type=int, default=60)
    ap.add_argument("--noise", type=int, default=120)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--work", type=Path, default=Path("/tmp/guard-learn-bench"))
    ap.add_argument("--formats", default="mbox,maildir,eml")
    args = ap.parse_args()
    registry, messages = build(args.accounts, args.noise, args.seed)
    write_archive(args.work, registry, messages)
    truth = load_registry(args.work / "registry.toml")
    report: dict = {"messages": len(messages), "accounts": len(truth.accounts)}
    draft = None
    for fmt in args.formats.split(","):
        out = args.work / f"draft-{fmt}.toml"
        seconds, rss = run_learn(args.work / SOURCES[fmt], out)
        draft = load_registry(out)
        report[fmt] = {"scores": score(truth, draft), "seconds": round(seconds, 2),
                       "seconds_per_1000": round(seconds * 1000 / len(messages), 1), "peak_rss_mib": round(rss / 1024)}
    corpus = args.work / "corpus"
    build_corpus(truth, corpus)
    report["detection_original"] = detection(corpus, truth)
    report["detection_learnt"] = detection(corpus, draft, account_map(truth, draft))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()

"""Regenerate the bikes corpus: python src/gen.py  (from DIR)."""
import importlib, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lib import Builder

B = Builder()
for name in sorted(f[:-3] for f in os.listdir(HERE) if f.startswith("b") and f.endswith(".py") and f[1:-3].isdigit()):
    importlib.import_module(name).build(B)
shutil.copyfile(os.path.join(HERE, "registry.toml"), os.path.join(ROOT, "registry.toml"))
B.write(ROOT)
print(len(B.msgs), "messages")

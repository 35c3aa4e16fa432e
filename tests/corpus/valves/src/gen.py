import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import glob
from lib import *
import regdata
for f in glob.glob(os.path.join(MSGDIR, "*.eml")):
    os.remove(f)
regdata.write_registry(os.path.join(ROOT, "registry.toml"))
import m1
m1.build()
for mod in ("m2", "m3", "m4"):
    if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), mod + ".py")):
        __import__(mod).build()
write_labels()
print(len(LABELS))

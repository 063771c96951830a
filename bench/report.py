"""Turns the raw results of bench/run.sh into the tables of BENCHMARKS.md (between its markers)."""
import csv
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys

work, mode, target = sys.argv[1], sys.argv[2], sys.argv[3]
INPUTS = [("seam", "Seam, whole API (`@seamapi/types` 1.977.0)"), ("spec", "the seed spec (`seam-seed.yaml`, one endpoint)"), ("github", "GitHub (`@octokit/openapi` 23.0.2)")]


def rows(name):
    path = os.path.join(work, name)
    return list(csv.reader(open(path))) if os.path.exists(path) else []


runs = {}
for name, kind, run, seconds, kb in rows("runs.csv"):
    if run == "0":
        continue  # the warm-up
    runs.setdefault((name, kind), []).append((float(seconds), int(kb)))
sizes = {(n, k): (int(f), int(l)) for n, k, f, l in rows("sizes.csv")}
compiles = {(n, k): (int(ms), ok) for n, k, ms, ok in rows("compile.csv")}
heaps = {(n, k): mb for n, k, mb in rows("heap.csv")}
noop = [int(r[0]) for r in rows("noop.csv") if r and r[0].isdigit()]


def spread(values, fmt):
    return f"{fmt(statistics.median(values))} ({fmt(min(values))}–{fmt(max(values))})"


def secs(v):
    return f"{v:.2f} s"


def mb(v):
    return f"{v / 1024:.0f} MB"


def timings(name):
    phases = {"parse": [], "model": [], "emit": [], "write": [], "render": []}
    floor = []
    for f in os.listdir(work):
        text = open(os.path.join(work, f), errors="replace").read() if f.endswith(".log") else ""
        if f.startswith(f"{name}-ours-") and not f.endswith("-0.log"):
            m = re.search(r"parse (\d+) ms, model (\d+) ms, emit (\d+) ms, write (\d+) ms(?: \(rendering and writing took (\d+) ms)?", text)
            if m:
                for key, value in zip(phases, m.groups()):
                    if value is not None:
                        phases[key].append(int(value))
        if f.startswith(f"{name}-floor-") and not f.endswith("-0.log"):
            m = re.search(r"in (\d+) ms", text)
            if m:
                floor.append(int(m.group(1)))
    return phases, floor


def operations(name):
    for f in sorted(os.listdir(work)):
        if f.startswith(f"{name}-ours-") and f.endswith(".log"):
            m = re.search(r"typewright: (\d+) operations", open(os.path.join(work, f)).read())
            if m:
                return m.group(1)
    return "?"


def mark(ok):
    return "met" if ok else "**missed**"


settings = ["| input | ours, `typewright` script | ours, `java -jar` | peer, `java -jar` | peer, `java " + "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar` | ours / peer, each as run | ours / peer, same settings |",
            "|---|---|---|---|---|---|---|"]
heap_rows = ["| input | smallest heap, ours | smallest heap, peer | ours / peer |", "|---|---|---|---|"]
gen = ["| input | operations | wall time, ours | wall time, peer | ours / peer | peak RSS, ours | peak RSS, peer | ours / peer | files ours / peer | lines ours / peer | lines ratio |",
       "|---|---|---|---|---|---|---|---|---|---|---|"]
compile_rows = ["| input | javac, ours | compiles? | javac, peer | compiles? |", "|---|---|---|---|---|"]
breakdown = ["| input | parse | model | emit, rendering beside it | write, after the last file was made | rendering and writing, CPU on the pool | ours in-process | floor in-process | × floor | ours process / floor process |", "|---|---|---|---|---|---|---|---|---|---|"]
targets = []
for name, label in INPUTS:
    ours, peer = runs.get((name, "ours"), []), runs.get((name, "peer"), [])
    if not ours or not peer:
        continue
    wall = statistics.median(s for s, _ in ours) / statistics.median(s for s, _ in peer)
    mem = statistics.median(k for _, k in ours) / statistics.median(k for _, k in peer)
    (of, ol), (pf, pl) = sizes.get((name, "ours"), (0, 0)), sizes.get((name, "peer"), (0, 0))
    lines = ol / pl if pl else 0
    gen.append(f"| {label} | {operations(name)} | {spread([s for s, _ in ours], secs)} | {spread([s for s, _ in peer], secs)} | {wall:.2f} | "
               f"{spread([k for _, k in ours], mb)} | {spread([k for _, k in peer], mb)} | {mem:.2f} | {of:,} / {pf:,} | {ol:,} / {pl:,} | {lines:.2f} |")
    jar, peerflags = runs.get((name, "jar"), []), runs.get((name, "peerflags"), [])
    if jar and peerflags:
        med = lambda r: statistics.median(s for s, _ in r)
        settings.append(f"| {label} | {spread([s for s, _ in ours], secs)} | {spread([s for s, _ in jar], secs)} | {spread([s for s, _ in peer], secs)} | "
                        f"{spread([s for s, _ in peerflags], secs)} | {wall:.2f} | {med(ours) / med(peerflags):.2f} (script / peer with the same settings); {med(jar) / med(peer):.2f} (both `java -jar`) |")
    oh, ph = heaps.get((name, "ours")), heaps.get((name, "peer"))
    heap_ratio = None
    if oh and ph:
        heap_ratio = int(oh) / int(ph) if oh.isdigit() and ph.isdigit() else None
        heap_rows.append(f"| {label} | {oh} MB | {ph} MB | {heap_ratio:.2f} |" if heap_ratio else f"| {label} | {oh} | {ph} | |")
    (oms, ook), (pms, pok) = compiles.get((name, "ours"), (0, "?")), compiles.get((name, "peer"), (0, "?"))
    compile_rows.append(f"| {label} | {oms / 1000:.1f} s | {ook} | {pms / 1000:.1f} s | {pok} |")
    phases, floor = timings(name)
    if phases["parse"]:
        med = {k: statistics.median(v) if v else 0 for k, v in phases.items()}
        total = med["parse"] + med["model"] + med["emit"] + med["write"]
        floor_ms = statistics.median(floor) if floor else None
        floor_wall = runs.get((name, "floor"))
        process = statistics.median(s for s, _ in ours) / statistics.median(s for s, _ in floor_wall) if floor_wall else None
        breakdown.append(f"| {label} | {med['parse']:.0f} ms | {med['model']:.0f} ms | {med['emit']:.0f} ms | {med['write']:.0f} ms | {med['render']:.0f} ms | {total:.0f} ms | "
                         + (f"{floor_ms:.0f} ms | {total / floor_ms:.1f} | {process:.1f} |" if floor_ms else "n/a (YAML) | | |"))
    if name == "seam":
        noop_ms = statistics.median(noop) if noop else None
        targets = [f"- wall time at most 1/5 of the peer's: {wall:.2f} of it, {mark(wall <= 0.2)}",
                   f"- smallest working heap at most 1/3 of the peer's: "
                   + (f"{heap_ratio:.2f} of it ({oh} MB against {ph} MB), {mark(heap_ratio <= 1 / 3)}" if heap_ratio else "not measured"),
                   f"- lines at most 1/10 of the peer's: {lines:.2f} of them, {mark(lines <= 0.1)}",
                   f"- `javac` of the generated client at most half of its time when the issue was filed: {oms / 1000:.1f} s here; "
                   f"compared on one machine with the client of that day, above the tables",
                   f"- a no-op `mvn generate-sources` under 100 ms of plugin time: "
                   + (f"{noop_ms:.0f} ms ({min(noop)}–{max(noop)} ms over {len(noop)} runs), {mark(noop_ms < 100)}" if noop_ms is not None else "not measured"),
                   f"- peak RSS, for the record: {mem:.2f} of the peer's",
                   f"- compiles where the peer does not: ours {compiles.get(('seam', 'ours'), (0, '?'))[1]}, peer {compiles.get(('seam', 'peer'), (0, '?'))[1]}"]

jmh = json.load(open(os.path.join(work, "jmh.json"))) if os.path.exists(os.path.join(work, "jmh.json")) else []
scores = {r["benchmark"].rsplit(".", 2)[-2] + "." + r["benchmark"].rsplit(".", 1)[-1]: (r["primaryMetric"]["score"], r["primaryMetric"]["scoreError"], r["primaryMetric"]["scoreUnit"]) for r in jmh}
runtime = ["| benchmark | ours | floor (hand-written Jackson) | peer (OpenAPI Generator) | ours / floor | ours / peer |", "|---|---|---|---|---|---|"]
for label, prefix in [("read the documented `client_session`", "ModelBenchmark.read"), ("write a `clientSessions().get` request", "ModelBenchmark.write"), ("whole `clientSessions().get` call, loopback", "CallBenchmark.")]:
    o = scores.get(prefix + "Ours") or scores.get(prefix + "ours")
    f = scores.get(prefix + "Floor") or scores.get(prefix + "floor")
    p = scores.get(prefix + "Peer")
    if not o or not f:
        continue
    show = lambda s: f"{s[0]:,.1f} ± {s[1]:,.1f} {s[2]}" if s else "n/a"
    runtime.append(f"| {label} | {show(o)} | {show(f)} | {show(p)} | {o[0] / f[0]:.2f} | {(o[0] / p[0]) if p else float('nan'):.2f} |".replace("| nan |", "| n/a |"))

java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
header = (f"Run {datetime.date.today().isoformat()} in {mode} mode (`bench/run.sh{' --quick' if mode == 'quick' else ''}`) on {os.cpu_count()} cores ({cpu}), "
          f"{java}; peer: `org.openapitools:openapi-generator-cli` 7.25.0, `generate -g java --library native`. "
          f"Generation figures are whole processes as a user runs them (ours through the `typewright` script, the peer with `java -jar`), alternating ours and the peer, after one warm-up run each: median (min–max).")

section = "\n".join([header, "", *gen, "", "The same runs by JVM settings: the script's settings (serial collector, quick compiler only; the script adds a class-data archive) given to both, and neither:", "", *settings,
                     "", "The smallest `-Xmx` with which a generation still writes every file, by bisection to 4 MB (ours through the script):", "", *heap_rows,
                     "", "Compiling the generated sources (`javac` with the runtime, Jackson and the peer's own dependencies on the classpath):", "", *compile_rows,
                     "", "Where our time goes (in-process medians; the floor is a fresh JVM reading the same JSON into a Jackson tree):", "", *breakdown,
                     "", "Targets on the whole Seam API:", "", *targets, "", "Runtime (JMH, average time per operation):", "", *runtime])
text = open(target).read()
begin, end = "<!-- bench:begin -->", "<!-- bench:end -->"
if begin in text:
    text = text[: text.index(begin) + len(begin)] + "\n" + section + "\n" + text[text.index(end):]
else:
    text += f"\n{begin}\n{section}\n{end}\n"
open(target, "w").write(text)

#!/usr/bin/env python3
# Per stage of Spark event logs (bench/run-spark.sh with EVENTS=DIR): tasks, task CPU (Executor CPU
# Time), the largest task's CPU (skew), run time, GC, shuffle bytes and rows written, shuffle read,
# and disk spills, then the totals. Usage: bench/spark-stages.py EVENTLOG...
import json, sys, collections
# Per stage of a Spark event log: tasks, task CPU, run time, GC, shuffle written/read, spills, max task CPU.
for path in sys.argv[1:]:
    st = collections.defaultdict(lambda: collections.Counter())
    names = {}
    maxcpu = collections.Counter()
    for line in open(path):
        try:
            e = json.loads(line)
        except json.JSONDecodeError:
            # A run still in progress (or killed) leaves its last line cut off: report what it has.
            print(f"{path}: a line cut off (run in progress or killed); read up to it", file=sys.stderr)
            break
        ev = e.get("Event")
        if ev == "SparkListenerTaskEnd":
            s = e["Stage ID"]; m = e.get("Task Metrics") or {}
            c = st[s]
            c["tasks"] += 1
            cpu = m.get("Executor CPU Time", 0) / 1e9
            c["cpu"] += cpu
            maxcpu[s] = max(maxcpu[s], cpu)
            c["run"] += m.get("Executor Run Time", 0) / 1e3
            c["gc"] += m.get("JVM GC Time", 0) / 1e3
            w = m.get("Shuffle Write Metrics", {}); r = m.get("Shuffle Read Metrics", {})
            c["wB"] += w.get("Shuffle Bytes Written", 0); c["wR"] += w.get("Shuffle Records Written", 0)
            c["rB"] += r.get("Remote Bytes Read", 0) + r.get("Local Bytes Read", 0)
            c["mspill"] += m.get("Memory Bytes Spilled", 0); c["dspill"] += m.get("Disk Bytes Spilled", 0)
            c["outR"] += (m.get("Output Metrics") or {}).get("Records Written", 0)
        elif ev == "SparkListenerStageCompleted":
            i = e["Stage Info"]; names[i["Stage ID"]] = i["Stage Name"][:60]
    print("==", path)
    tot = collections.Counter()
    print(f"{'stage':>5} {'tasks':>5} {'cpu s':>8} {'maxcpu':>7} {'run s':>8} {'gc s':>7} {'shufW MB':>9} {'rows W':>11} {'shufR MB':>9} {'spillD MB':>9}  name")
    for s in sorted(st):
        c = st[s]; tot.update(c)
        print(f"{s:>5} {c['tasks']:>5} {c['cpu']:>8.1f} {maxcpu[s]:>7.1f} {c['run']:>8.1f} {c['gc']:>7.1f} {c['wB']/1e6:>9.1f} {c['wR']:>11} {c['rB']/1e6:>9.1f} {c['dspill']/1e6:>9.1f}  {names.get(s,'')}")
    print(f"{'all':>5} {tot['tasks']:>5} {tot['cpu']:>8.1f} {'':>7} {tot['run']:>8.1f} {tot['gc']:>7.1f} {tot['wB']/1e6:>9.1f} {tot['wR']:>11} {tot['rB']/1e6:>9.1f} {tot['dspill']/1e6:>9.1f}")

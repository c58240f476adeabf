"""1,000 viewers join and leave stream:1 over 10 s; check the viewer-count bars.

Each viewer connects at a random time in [0, JOIN_S] s and leaves at a random
time in [JOIN_S, JOIN_S + LEAVE_S] s; STAY of them stay to the end. A watcher
connected before anyone and after everyone stays. Every connection counts the
viewer_count_updated frames it receives. The bars:
  - updates per connection: max <= MAX_UPDATES (4/s over the 10 s of churn, +2);
  - the last count the watcher was pushed, its get_viewer_count reply, and
    /api/status all equal the number still connected (STAY viewers + watcher).
Prints one summary line; exits 1 if a bar fails, 2 on a setup error.
Run by scripts/viewers-scenario.sh (which starts the release server).
"""
import argparse, asyncio, json, random, statistics, sys, time, urllib.request

import websockets

CHANNEL = "stream:1"


async def read_counts(ws, box, until):
    """Reads frames until `until` (monotonic), counting viewer_count_updated."""
    while True:
        left = until - time.monotonic()
        if left <= 0:
            return
        try:
            frame = await asyncio.wait_for(ws.recv(), left)
        except asyncio.TimeoutError:
            return
        e = json.loads(frame)
        if e.get("type") == "viewer_count_updated" and e.get("channel") == CHANNEL:
            box["updates"] += 1
            box["last"] = e["count"]
            box["times"].append(time.monotonic())


async def viewer(url, name, t0, join_at, leave_at, box, errors):
    await asyncio.sleep(max(0, t0 + join_at - time.monotonic()))
    try:
        async with websockets.connect(f"{url}/ws/{name}?channels={CHANNEL}", open_timeout=10,
                                      ping_interval=None, max_queue=None) as ws:
            welcome = json.loads(await asyncio.wait_for(ws.recv(), 10))
            if welcome.get("type") != "welcome":
                raise RuntimeError(f"first frame {welcome}")
            box["joined"] = True
            await read_counts(ws, box, t0 + leave_at)
    except Exception as e:  # noqa: BLE001 - reported and counted as a failure
        errors.append(f"{name} at {time.monotonic() - t0:.2f} s: {type(e).__name__}: {e}")


def http_json(base, path):
    with urllib.request.urlopen(base + path, timeout=5) as r:
        return json.loads(r.read())


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True, help="ws://127.0.0.1:PORT")
    ap.add_argument("--viewers", type=int, default=1000)
    ap.add_argument("--stay", type=int, default=50)
    ap.add_argument("--join-s", type=float, default=5.0)
    ap.add_argument("--leave-s", type=float, default=5.0)
    ap.add_argument("--settle-s", type=float, default=1.5)
    ap.add_argument("--max-updates", type=int, default=42)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    base = "http" + a.url[2:]
    rng = random.Random(a.seed)
    end = a.join_s + a.leave_s

    watcher = {"updates": 0, "last": None, "times": []}
    errors: list[str] = []
    ws = await websockets.connect(f"{a.url}/ws/watcher?channels={CHANNEL}", ping_interval=None, max_queue=None)
    if json.loads(await ws.recv()).get("type") != "welcome":
        print("setup: watcher got no welcome"); sys.exit(2)
    t0 = time.monotonic()
    boxes, tasks = [], []
    stayers = set(rng.sample(range(a.viewers), a.stay))
    for i in range(a.viewers):
        join_at = rng.uniform(0, a.join_s)
        leave_at = end + a.settle_s + 3 if i in stayers else rng.uniform(a.join_s, end)
        box = {"updates": 0, "last": None, "times": [], "joined": False, "stays": i in stayers}
        boxes.append(box)
        tasks.append(asyncio.create_task(viewer(a.url, f"v{i}", t0, join_at, leave_at, box, errors)))
    # The watcher reads through the churn and the settle time.
    await read_counts(ws, watcher, t0 + end + a.settle_s)
    await ws.send(json.dumps({"type": "get_viewer_count", "channel": CHANNEL, "ref": "final"}))
    queried = None
    while queried is None:
        e = json.loads(await asyncio.wait_for(ws.recv(), 5))
        if e.get("type") == "viewer_count" and e.get("ref") == "final":
            queried = e["count"]
        elif e.get("type") == "viewer_count_updated":
            watcher["updates"] += 1; watcher["last"] = e["count"]
    status = http_json(base, "/api/status")["viewers"].get(CHANNEL)
    expected = sum(1 for b in boxes if b["stays"] and b["joined"]) + 1
    await asyncio.gather(*tasks)
    await ws.close()

    per_conn = [b["updates"] for b in boxes] + [watcher["updates"]]
    gaps = []
    for b in boxes + [watcher]:
        gaps += [y - x for x, y in zip(b["times"], b["times"][1:])]
    max_u, mean_u = max(per_conn), statistics.mean(per_conn)
    min_gap = min(gaps) if gaps else float("nan")
    ok = (not errors and max_u <= a.max_updates
          and watcher["last"] == expected and queried == expected and status == expected)
    print(f"{'PASS' if ok else 'FAIL'} viewers={a.viewers} stay={a.stay} connect_errors={len(errors)} "
          f"updates_per_conn max={max_u} mean={mean_u:.1f} (bar <= {a.max_updates}) "
          f"watcher_updates={watcher['updates']} min_gap_ms={min_gap * 1000:.0f} "
          f"final: pushed={watcher['last']} queried={queried} status={status} expected={expected}")
    for e in errors[:5]:
        print("  error:", e)
    sys.exit(0 if ok else 1)


asyncio.run(main())

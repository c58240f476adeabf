/// `GET /`: the built-in web client (SPEC §7), one self-contained page with
/// no external resources. `/?user=alice&channel=stream:1` joins at once.
enum WebClientPage {
    static let html: [UInt8] = Array(#"""
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>SafeStream</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>
body{font:15px system-ui,sans-serif;margin:0;background:#111;color:#eee}
header{display:flex;flex-wrap:wrap;gap:.6em;align-items:center;padding:.6em 1em;background:#222}
header input{padding:.3em;width:9em}
#log{height:calc(100vh - 8em);overflow-y:auto;padding:.5em 1em}
.msg{margin:.2em 0}.toxic{color:#f88}.toxic::after{content:" ⚠ flagged";font-size:.75em;color:#f55}
.gift{color:#fd6;animation:pop .6s ease-out}.sys{color:#888}
@keyframes pop{from{transform:scale(1.6);opacity:0}to{transform:scale(1);opacity:1}}
.badge{font-size:.7em;background:#446;border-radius:3px;padding:0 .35em;margin-right:.35em;text-transform:uppercase}
.badge.host{background:#a33}.badge.winner{background:#a80}
.user{font-weight:600;margin-right:.3em}
form{display:flex;gap:.5em;padding:.5em 1em}#text{flex:1;padding:.45em}
#typing{height:1.2em;padding:0 1em;color:#999;font-size:.85em}
</style></head><body>
<header><b>SafeStream</b>
<input id="name" aria-label="your name" placeholder="your name" value="viewer">
<input id="channel" aria-label="channel" value="lobby"><button id="join">Join</button>
<span id="viewers" title="viewers">👀 0</span>
<button id="like" title="like this channel">❤ <span id="likes">0</span></button>
<span id="status" class="sys">not connected</span></header>
<div id="log" aria-live="polite"></div>
<div id="typing"></div>
<form id="f"><input id="text" placeholder="say something" autocomplete="off"><button>Send</button></form>
<script>
"use strict";
let ws, channel = "lobby", typingSent = 0;
const $ = id => document.getElementById(id), log = $("log");
function line(cls) { const d = document.createElement("div"); d.className = "msg " + cls; log.appendChild(d);
  log.scrollTop = log.scrollHeight; return d; }
function text(cls, t) { line(cls).textContent = t; }
function send(op) { if (ws && ws.readyState === 1) ws.send(JSON.stringify(op)); }
function join() {
  if (ws) ws.close();
  const name = $("name").value.trim(); channel = $("channel").value.trim() || "lobby";
  const proto = location.protocol === "https:" ? "wss://" : "ws://";
  ws = new WebSocket(proto + location.host + "/ws/" + encodeURIComponent(name) + "?channels=" + encodeURIComponent(channel));
  $("status").textContent = "connecting…";
  ws.onmessage = e => {
    render(JSON.parse(e.data));
  };
  ws.onclose = () => { $("status").textContent = "disconnected"; };
}
function render(m) {
    switch (m.type) {
    case "welcome": $("status").textContent = "joined as " + m.user; text("sys", "joined " + m.channels.join(", ") + " as " + m.user);
      send({type: "get_viewer_count", channel});
      fetch("/api/messages?limit=50&channel=" + encodeURIComponent(channel)).then(r => r.json())
        .then(h => { for (const ev of h.messages || []) render(ev); }).catch(() => {});
      fetch("/api/status").then(r => r.json())
        .then(st => { $("likes").textContent = (st.likes || {})[channel] || 0; }).catch(() => {});
      break;
    case "chat": { const d = line(m.toxic ? "toxic" : "");
      for (const b of m.badges || []) { const s = document.createElement("span"); s.className = "badge " + b; s.textContent = b; d.appendChild(s); }
      const u = document.createElement("span"); u.className = "user"; u.textContent = m.user + ":"; d.appendChild(u);
      d.appendChild(document.createTextNode(m.message)); break; }
    case "gift": text("gift", "🎁 " + m.from + " sent gift #" + m.gift_id + " ×" + m.amount); break;
    case "viewer_count": case "viewer_count_updated": if (m.channel === channel) $("viewers").textContent = "👀 " + m.count; break;
    case "like_update": if (m.channel === channel) $("likes").textContent = m.total_likes; break;
    case "typing_status": if (m.channel === channel) $("typing").textContent = m.users.length ? m.users.join(", ") + " typing…" : ""; break;
    case "chat_window": text("sys", m.open ? "chat is open" : "chat is closed"); break;
    case "error": text("sys", "⚠ " + m.message); break;
    }
}
$("join").onclick = join;
$("like").onclick = () => send({type: "like", channel});
$("text").oninput = () => { const now = Date.now(); if (now - typingSent > 2000) { typingSent = now; send({type: "typing_start", channel}); } };
$("f").onsubmit = e => { e.preventDefault(); const t = $("text");
  if (t.value) { send({type: "chat", message: t.value, channel}); t.value = ""; typingSent = 0; } };
const q = new URLSearchParams(location.search);
if (q.get("user")) { $("name").value = q.get("user"); if (q.get("channel")) $("channel").value = q.get("channel"); join(); }
</script></body></html>
"""#.utf8)
}

/// `GET /`: the built-in web client (SPEC §7), one self-contained page.
enum WebClientPage {
    static let html: [UInt8] = Array(#"""
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>SafeStream</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>
body{font:15px system-ui,sans-serif;margin:0;background:#111;color:#eee}
header{display:flex;gap:1em;align-items:center;padding:.6em 1em;background:#222}
#log{height:calc(100vh - 7em);overflow-y:auto;padding:.5em 1em}
.msg{margin:.15em 0}.toxic{color:#f77}.gift{color:#fd6}.sys{color:#888}
.badge{font-size:.7em;background:#446;border-radius:3px;padding:0 .3em;margin-right:.3em}
form{display:flex;gap:.5em;padding:.5em 1em}input{flex:1;padding:.4em}
</style></head><body>
<header><b>SafeStream</b><input id="name" placeholder="your name" value="viewer">
<input id="channel" value="lobby" style="max-width:10em"><button id="join">Join</button>
<span id="viewers"></span><span id="likes"></span><span id="typing"></span></header>
<div id="log"></div>
<form id="f"><input id="text" placeholder="say something" autocomplete="off"><button>Send</button></form>
<script>
let ws;const log=document.getElementById('log');
function line(cls,text){const d=document.createElement('div');d.className='msg '+cls;d.textContent=text;log.appendChild(d);log.scrollTop=log.scrollHeight;return d}
document.getElementById('join').onclick=()=>{
  if(ws)ws.close();const name=document.getElementById('name').value,ch=document.getElementById('channel').value;
  ws=new WebSocket((location.protocol==='https:'?'wss://':'ws://')+location.host+'/ws/'+encodeURIComponent(name)+'?channels='+encodeURIComponent(ch));
  ws.onmessage=e=>{const m=JSON.parse(e.data);
    if(m.type==='chat'){const d=line(m.toxic?'toxic':'','');for(const b of m.badges||[]){const s=document.createElement('span');s.className='badge';s.textContent=b;d.appendChild(s)}
      d.appendChild(document.createTextNode(m.user+': '+m.message+(m.toxic?' ⚠':'')))}
    else if(m.type==='gift')line('gift','🎁 '+m.from+' sent gift #'+m.gift_id+' ×'+m.amount);
    else if(m.type==='viewer_count_updated')document.getElementById('viewers').textContent='👀 '+m.count;
    else if(m.type==='like_update')document.getElementById('likes').textContent='❤ '+m.total_likes;
    else if(m.type==='typing_status')document.getElementById('typing').textContent=m.users.length?m.users.join(', ')+' typing…':'';
    else if(m.type==='error')line('sys','error: '+m.message);
    else if(m.type==='welcome')line('sys','joined as '+m.user);};
  ws.onclose=()=>line('sys','disconnected');};
document.getElementById('f').onsubmit=e=>{e.preventDefault();const t=document.getElementById('text');
  if(ws&&t.value){ws.send(JSON.stringify({type:'chat',message:t.value}));t.value=''}};
</script></body></html>
"""#.utf8)
}

#!/usr/bin/env python3
"""Writes the seed corpora in Tests/Fuzz/Corpus/<target>/ (docs/FUZZING.md).

The seeds are hand-written here rather than typed into files because most
are binary (masked WebSocket frames) or signed (JWTs made with PyJWT, the
library our clients use: `pip install pyjwt`). Re-running it rewrites the
same files; libFuzzer's own finds stay in .build/fuzz/corpus-<target>/.

    python3 Tests/Fuzz/make_seeds.py

http and websocket seeds start with one control byte (FuzzInput in
Tests/Fuzz/Shared): '0' feeds one byte per read, '1' everything in one
read, '2' small uneven reads, '3' large uneven reads; 'a' and 'b' are '1'
and '2' with option 0 (tight limits: 96-byte heads, 48-byte bodies,
3 headers; a 64-byte WebSocket message cap).
"""
import os
import shutil
import struct

import jwt  # PyJWT

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Corpus")
# Same secret and clock as Tests/Fuzz/jwt/FuzzTarget.swift.
SECRET = "fuzz-secret-0123456789abcdef-32b"
NOW = 1_700_000_000


def write(target, name, data):
    directory = os.path.join(ROOT, target)
    os.makedirs(directory, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(directory, name), "wb") as f:
        f.write(data)


def reset(target):
    shutil.rmtree(os.path.join(ROOT, target), ignore_errors=True)


# --- http ------------------------------------------------------------------

UPGRADE = (
    "GET /ws/alice?token=abc.def.ghi&channels=lobby,post:123&since=17 HTTP/1.1\r\n"
    "Host: chat.example.com\r\n"
    "Upgrade: websocket\r\n"
    "Connection: keep-alive, Upgrade\r\n"
    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
    "Sec-WebSocket-Version: 13\r\n"
    "Origin: https://chat.example.com\r\n\r\n"
)


def http_seeds():
    reset("http")
    w = lambda name, control, text: write("http", name, control.encode() + (text.encode("latin-1") if isinstance(text, str) else text))
    w("get-root", "1", "GET / HTTP/1.1\r\nHost: localhost:8080\r\nUser-Agent: curl/8.5.0\r\nAccept: */*\r\n\r\n")
    w("upgrade", "1", UPGRADE)
    w("upgrade-bytewise", "0", UPGRADE)
    # Frame bytes right behind the head: they stay buffered for the WebSocket reader.
    w("upgrade-then-frame", "2", UPGRADE.encode() + bytes([0x81, 0x82, 1, 2, 3, 4, ord("h") ^ 1, ord("i") ^ 2]))
    body = '{"channel":"lobby","event":"gift.received","payload":{"from":"bot","amount":3}}'
    w("post-content-length", "3", f"POST /internal/publish HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n{body}")
    gift = '{"from":"bot","gift_id":123,"amount":3}'
    w("post-gift-bearer", "2", "POST /api/gift HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer a.b.c\r\n"
      f"Content-Type: application/json\r\nContent-Length: {len(gift)}\r\n\r\n{gift}")
    w("chunked", "2", "POST /api/like HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
      "7\r\n{\"chann\r\nA;name=value;flag\r\nel\":\"lobby\r\n2\r\n\"}\r\n0\r\nX-Trailer: done\r\n\r\n")
    w("chunked-bytewise", "0", "POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
    w("chunked-bare-lf", "1", "POST /p HTTP/1.1\nTransfer-Encoding: Chunked\n\n3\nabc\n0\n\n")
    w("pipelined", "3", "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
      "GET /api/status HTTP/1.1\r\nHost: x\r\n\r\n"
      "GET /api/messages?channel=lobby&limit=10&before=99 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    w("pipelined-with-bodies", "2", "POST /api/like HTTP/1.1\r\nContent-Length: 19\r\n\r\n{\"channel\":\"lobby\"}"
      "POST /api/messages/17/like HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}\r\n"
      "GET /metrics HTTP/1.1\r\n\r\n")
    # Over 4 KiB of keep-alive traffic, so the parser compacts its buffer mid-stream.
    w("pipelined-5k", "2", "".join(f"GET /api/messages?channel=lobby&before={i} HTTP/1.1\r\nHost: x\r\n\r\n" for i in range(90)))
    w("http10-keep-alive", "1", "GET /api/presence?users=alice,bob HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n")
    w("expect-continue", "2", "POST /api/gift HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n{ }\n")
    w("bare-lf", "1", "GET /api/streams?location=down+town HTTP/1.1\nHost: x\n\n")
    w("leading-crlf", "1", "\r\n\r\nGET / HTTP/1.1\r\n\r\n")
    w("query-escapes", "1", "GET /api/messages?channel=lob%62y&&limit=%zz&before=&x=%E2%82%AC&bad=%C3+%28 HTTP/1.1\r\n\r\n")
    w("content-length-list", "1", "POST /p HTTP/1.1\r\nContent-Length: 3, 03\r\nContent-Length: 3\r\n\r\nabc")
    w("content-length-conflict", "1", "POST /p HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd")
    w("smuggling-cl-te", "1", "POST /p HTTP/1.1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
    w("te-gzip-chunked", "1", "POST /p HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n")
    w("obs-fold", "1", "GET / HTTP/1.1\r\nX-Long: a\r\n  continued\r\n\r\n")
    w("space-before-colon", "1", "GET / HTTP/1.1\r\nHost : x\r\n\r\n")
    w("bare-cr", "1", "GET / HTTP/1.1\r\nX: a\rb\r\n\r\n")
    w("http2", "1", "GET / HTTP/2.0\r\n\r\n")
    w("obs-text-value", "1", "GET / HTTP/1.1\r\nX-Name: Jos\xe9 M\xfcller\r\nConnection: close, keep-alive\r\n\r\n")
    w("incomplete", "2", "GET /ws/bob HTTP/1.1\r\nHost: x\r\nUpgr")
    w("tight-many-headers", "a", "GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n")
    w("tight-body-too-large", "a", "POST / HTTP/1.1\r\nContent-Length: 49\r\n\r\n" + "x" * 49)
    w("tight-head-too-large", "b", "GET /" + "a" * 100 + " HTTP/1.1\r\n\r\n")
    w("tight-chunked-over-cap", "b", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n20\r\n" + "y" * 32 + "\r\n11\r\n" + "z" * 17 + "\r\n0\r\n\r\n")


# --- websocket -------------------------------------------------------------

def frame(opcode, payload=b"", fin=True, key=b"\x37\xfa\x21\x3d", masked=True, rsv=0, length_form=None):
    if isinstance(payload, str):
        payload = payload.encode("utf-8")
    first = (0x80 if fin else 0) | rsv | opcode
    n = len(payload)
    form = length_form or ("7" if n < 126 else "16" if n < 65536 else "64")
    mask_bit = 0x80 if masked else 0
    if form == "7":
        header = bytes([first, mask_bit | n])
    elif form == "16":
        header = bytes([first, mask_bit | 126]) + struct.pack(">H", n)
    else:
        header = bytes([first, mask_bit | 127]) + struct.pack(">Q", n)
    if not masked:
        return header + payload
    return header + key + bytes(b ^ key[i % 4] for i, b in enumerate(payload))


def websocket_seeds():
    reset("websocket")
    w = lambda name, control, data: write("websocket", name, control.encode() + data)
    chat = '{"type":"chat","channel":"lobby","message":"hi everyone","ref":1}'
    w("text-hi", "1", frame(1, "hi"))
    w("text-chat-op", "2", frame(1, chat))
    w("text-chat-op-bytewise", "0", frame(1, chat, key=b"\x00\x01\x02\x03"))
    w("binary", "1", frame(2, bytes(range(40))))
    w("ping-pong", "2", frame(9, "keepalive") + frame(10, ""))
    w("close-1000", "1", frame(8, struct.pack(">H", 1000) + "bye".encode()))
    w("close-empty", "1", frame(8))
    w("close-4001", "3", frame(8, struct.pack(">H", 4001) + "token expired".encode()))
    # "héllo 😀" split inside the é and inside the emoji, with a ping between fragments.
    text = "héllo 😀 wörld".encode()
    w("fragmented-text", "2", frame(1, text[:2], fin=False) + frame(9, "p") + frame(0, text[2:9], fin=False) + frame(0, text[9:]))
    w("fragmented-binary", "3", frame(2, b"\x00" * 10, fin=False) + frame(0, b"\xff" * 10, fin=False) + frame(0, b"", fin=True))
    w("length-16", "3", frame(1, "a" * 200))
    w("length-64-non-minimal", "2", frame(1, "small", length_form="64"))
    w("several-in-one-read", "1", frame(1, '{"type":"ping"}') + frame(1, '{"type":"like","channel":"lobby"}') + frame(9) + frame(8, struct.pack(">H", 1001)))
    w("many-small-bytewise", "0", b"".join(frame(1, str(i), key=bytes([i, i + 1, i + 2, i + 3])) for i in range(8)))
    # Over 4 KiB of chat in one connection, so the reader compacts its inbox mid-stream.
    w("chat-5k", "3", b"".join(frame(1, '{"type":"chat","message":"message %d"}' % i, key=bytes([i, 7, 7, i])) for i in range(110)))
    w("empty-text", "1", frame(1, ""))
    w("invalid-utf8", "1", frame(1, b"ok \xc3\x28 bad"))
    w("invalid-utf8-overlong", "2", frame(1, b"\xc0\xaf"))
    w("surrogate", "1", frame(1, b"\xed\xa0\x80"))
    w("truncated-utf8-at-end", "1", frame(1, "€".encode()[:2]))
    w("close-1005", "1", frame(8, struct.pack(">H", 1005)))
    w("close-1-byte", "1", frame(8, b"\x03"))
    w("close-bad-reason", "1", frame(8, struct.pack(">H", 1000) + b"\xff"))
    w("rsv1", "1", frame(1, "x", rsv=0x40))
    w("reserved-opcode", "1", frame(3, "x"))
    w("unmasked", "1", frame(1, "x", masked=False))
    w("continuation-first", "1", frame(0, "x"))
    w("text-inside-fragmented", "1", frame(1, "a", fin=False) + frame(1, "b"))
    w("fragmented-ping", "1", frame(9, "x", fin=False))
    w("long-ping", "1", frame(9, "x" * 126))
    w("length-64-msb", "1", bytes([0x82, 0xFF, 0x80, 0, 0, 0, 0, 0, 0, 0]) + b"\x00" * 4)
    w("huge-declared-length", "2", bytes([0x82, 0xFF, 0, 0, 0, 1, 0, 0, 0, 0, 1, 2, 3, 4]) + b"partial")
    w("tight-too-big", "a", frame(1, "x" * 65))
    w("tight-fragments-too-big", "b", frame(2, b"x" * 40, fin=False) + frame(0, b"y" * 30))
    w("tight-exactly-cap", "a", frame(2, b"x" * 32, fin=False) + frame(0, b"y" * 32))


# --- json ------------------------------------------------------------------

def json_seeds():
    reset("json")
    w = lambda name, text: write("json", name, text)
    w("chat", '{"type":"chat","message":"hi"}')
    w("chat-channel-ref", '{"type":"chat","channel":"post:123","message":"hello \\"world\\"","ref":42}')
    w("direct", '{"type":"direct","to":"bob","message":"psst \\u00e9\\u20ac\\ud83d\\ude00"}')
    w("subscribe", '{"type":"subscribe","channel":"stream:7"}')
    w("presence", '{"type":"get_presence","users":["alice","bob","carol"]}')
    w("presence-update", '{"type":"presence_update","status":"away"}')
    w("stream-start", '{"type":"stream_start","channel":"stream:42","location":"downtown"}')
    w("like-message", '{"type":"like_message","id":9007199254740993}')
    w("ping", '{"type":"ping"}')
    w("gift-api", '{"from":"bot","gift_id":123,"amount":3,"channel":"lobby"}')
    w("event-chat", '{"type":"chat","id":17,"channel":"lobby","user":"alice","message":"hi","toxic":false,"score":0.02,"badges":["host"],"ts":"2024-05-01T12:00:00.000Z"}')
    w("status", '{"connections":3,"viewers":{"lobby":2},"likes":{"lobby":5},"chat_open":true,"uptime_s":12.5,"version":"0.1.0"}')
    w("numbers", '[0,-0,1.0,-1.5e-7,1E+2,123456789012345678901234567890,-9223372036854775808,9223372036854775807,9223372036854775808,1e308,5e-324,0.1,2.5e-8,9007199254740992.0]')
    w("whitespace", ' \t\r\n{ "a" : [ 1 , { } , [ ] , null , true , false ] } \n')
    w("escapes", '"\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0000 \\u001f \\u2028 \\uFFFF"')
    w("duplicate-keys", '{"a":1,"a":2,"a":{"a":[]}}')
    w("nested-64", "[" * 64 + "]" * 64)
    w("nested-65", "[" * 65 + "]" * 65)
    w("nested-objects", '{"a":' * 30 + "0" + "}" * 30)
    w("utf8-raw", '{"message":"¡Hola! ¿Qué tal? 你好 🎉 Привет"}')
    w("trailing-comma", '{"a":1,}')
    w("leading-zero", "[01]")
    w("lone-surrogate", '"\\ud800"')
    w("bad-utf8", b'"\xc3\x28"')
    w("control-char", '"a\tb"')
    w("after-document", '{"a":1} x')
    w("overflow", "[1e400]")
    w("unterminated", '{"type":"chat","message":"hi')
    w("literals", "[true,false,null,nul]")


# --- jwt -------------------------------------------------------------------

def jwt_seeds():
    reset("jwt")
    w = lambda name, text: write("jwt", name, text)
    enc = lambda claims, **kw: jwt.encode(claims, kw.pop("key", SECRET), algorithm=kw.pop("algorithm", "HS256"), **kw)
    w("alice", enc({"sub": "alice", "exp": NOW + 3600}))
    w("full-claims", enc({"sub": "bob", "nbf": NOW - 10, "exp": NOW + 3600.5, "avatar": "https://example.com/b.png",
                          "badges": ["host", "winner"], "room": "lobby"}))
    w("no-exp", enc({"sub": "carol", "badges": []}))
    w("expired", enc({"sub": "alice", "exp": NOW - 31}))
    w("expired-within-leeway", enc({"sub": "alice", "exp": NOW - 29}))
    w("not-yet-valid", enc({"sub": "alice", "nbf": NOW + 3600}))
    w("fractional-times", enc({"sub": "alice", "nbf": NOW + 29.9, "exp": NOW + 0.25}))
    w("huge-exp", enc({"sub": "alice", "exp": 1e300}))
    w("wrong-types", enc({"sub": 7, "exp": "tomorrow", "badges": "host"}))
    w("null-claim", enc({"sub": None}))
    w("unicode-sub", enc({"sub": "ÿøü-用户-🎉", "exp": NOW + 60}))
    w("extra-header", enc({"sub": "alice"}, headers={"kid": "key-1", "typ": "JWT"}))
    w("crit-header", enc({"sub": "alice"}, headers={"crit": ["exp"]}))
    w("other-secret", enc({"sub": "alice"}, key="not-the-secret"))
    w("hs512", enc({"sub": "alice"}, algorithm="HS512"))
    w("alg-none", jwt.encode({"sub": "alice"}, None, algorithm="none"))
    w("two-segments", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9")
    w("four-segments", enc({"sub": "alice"}) + ".x")
    w("padded", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2ln==")
    w("empty-segments", "..")
    w("base64-standard", "aGVsbG8gd29ybGQ=")
    w("base64-url-chars", "-_-_")
    w("header-array", "WzFd.e30.")
    # Structured mode: header JSON, newline, payload JSON; the target encodes and signs them.
    w("json-alice", '{"alg":"HS256","typ":"JWT"}\n{"sub":"alice","exp":1700003600,"badges":["host"]}')
    w("json-edges", '{"alg":"HS256"}\n{"sub":"a","exp":1699999970,"nbf":1700000030.0,"avatar":"","badges":[]}')
    w("json-extremes", '{"alg":"HS256","kid":null}\n{"exp":-9223372036854775808,"nbf":-1e308}')
    w("json-duplicates", '{"alg":"none","alg":"HS256"}\n{"sub":"x","sub":"alice","exp":null}')


# --- moderation ------------------------------------------------------------

def moderation_seeds():
    reset("moderation")
    w = lambda name, text: write("moderation", name, text)
    w("clean-en", "hi everyone, great stream tonight!")
    w("insult-en", "you are such an idiot")
    w("leet", "y0u 4r3 4n 1d10t")
    w("separators", "f.u.c.k off")
    w("repeats", "shiiiiiiit happens")
    w("mixed-case", "You IDIOT, ShUt Up")
    w("fullwidth", "ｙｏｕ ａｒｅ ａｎ ｉｄｉｏｔ")
    w("lookalikes", "уоu аrе аn іdіоt")  # Cyrillic letters
    w("zero-width", "id\u200bi\u200dot and b\u200ci\ufefftch")
    w("accents", "ïdíöt and shît")
    w("combining", "i\u0301dio\u0308t")
    w("scunthorpe", "Scunthorpe, assassin, cocktail, classic, Essex, shiitake")
    w("spanish", "eres un idiota, cállate imbécil")
    w("french", "ta gueule, connard")
    w("german", "du bist ein Arschloch, halt die Klappe")
    w("portuguese", "seu idiota, vai se ferrar, otário")
    w("threat", "I will find you and hurt you")
    w("emoji", "🤬🤬 you 💩 🖕")
    w("rtl", "أنت غبي")
    w("cjk", "你是白痴")
    w("empty", "")
    w("spaces-only", " \t\n ")
    w("invalid-utf8", b"id\xffiot \xc3\x28 sh\xe2\x82it")
    w("long", "you are an idiot " * 30)
    w("url", "check https://example.com/sh1t?x=fuck#idiot")
    # Context rules of the lexicon model (docs/MODERATION.md).
    w("quoted", 'he called me "an idiot" lol')
    w("talk-about-moderation", "is 'idiot' a banned word? why do people say kys")
    w("game-threat", "I'll kill you next round, gg")
    w("death-wish", "it would be better if you were dead")
    w("innocent-phrases", "summa cum laude, homo sapiens, Moby Dick, Pussy Riot, spic and span")
    w("split-word", "fu ck you, s h i t")


if __name__ == "__main__":
    http_seeds()
    websocket_seeds()
    json_seeds()
    jwt_seeds()
    moderation_seeds()
    for target in sorted(os.listdir(ROOT)):
        print(target, len(os.listdir(os.path.join(ROOT, target))))

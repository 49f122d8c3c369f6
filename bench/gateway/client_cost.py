"""CPU time of one HTTP/1.1 keep-alive round trip to a service, by client stack (the gateway's floor).

Starts one offlabel process (SQLite in a temporary folder), then sends GET /healthz N times in
sequence on one connection with: the httpx client as the gateway uses it, httpcore's pool alone,
and a bare asyncio stream (uvloop in every case, as under uvicorn). Prints CPU microseconds of
*this* process per request, which is what each stack would cost the gateway.

    .venv/bin/python bench/gateway/client_cost.py [--requests 3000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import httpcore
import httpx
import uvloop

sys.modules.setdefault("sniffio", None)  # as gateway.proxy does  # type: ignore[arg-type]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def measure(url: str, host: str, port: int, n: int) -> dict[str, float]:
    out: dict[str, float] = {}
    async with httpx.AsyncClient(trust_env=False) as client:
        for _ in range(100):
            await client.get(url)
        t = time.process_time()
        for _ in range(n):
            r = await client.send(client.build_request("GET", url), stream=True)
            b"".join([c async for c in r.aiter_raw()])
            await r.aclose()
        out["httpx.AsyncClient (as the gateway sends)"] = (time.process_time() - t) / n * 1e6
    async with httpcore.AsyncConnectionPool() as pool:
        for _ in range(100):
            await pool.request("GET", url)
        t = time.process_time()
        for _ in range(n):
            await pool.request("GET", url)
        out["httpcore.AsyncConnectionPool"] = (time.process_time() - t) / n * 1e6
    reader, writer = await asyncio.open_connection(host, port)
    request = f"GET /healthz HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode()
    t = time.process_time()
    for _ in range(n):
        writer.write(request)
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length"))
        await reader.readexactly(length)
    out["asyncio stream, hand-parsed"] = (time.process_time() - t) / n * 1e6
    writer.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=3000)
    args = ap.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "REGPLAT_DATA_DIR": data, "OFFLABEL_PORT": str(port), "OFFLABEL_LOG_LEVEL": "WARNING"}
        proc = subprocess.Popen([sys.executable, "-m", "offlabel"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            url = f"http://127.0.0.1:{port}/healthz"
            for _ in range(300):
                try:
                    urllib.request.urlopen(url, timeout=1)
                    break
                except OSError:
                    time.sleep(0.1)
            results = uvloop.run(measure(url, "127.0.0.1", port, args.requests))
        finally:
            proc.terminate()
            proc.wait()
    print(f"CPU per request of the client process ({args.requests} sequential GET /healthz, one keep-alive connection, uvloop):")
    for name, us in results.items():
        print(f"  {name:<44} {us:8.0f} us")


if __name__ == "__main__":
    main()

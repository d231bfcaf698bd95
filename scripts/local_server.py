"""Serve a built site with nginx under a URL path, with the example host configuration in
deploy/nginx.conf (for tests, audits and benchmarks)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
HOST_CONFIG = Path(__file__).resolve().parent.parent / "deploy" / "nginx.conf"

# What the example config says a host changes, and what it becomes here.
EXAMPLE_FOLDER = "/srv/aachen/site/"
EXAMPLE_PATH = "/integration/"
EXAMPLE_LISTEN = "listen 80;"

# Around the host's configuration: a private nginx that a normal user may run.
WRAPPER = """
worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
{user}
events {{ worker_connections 128; }}
http {{
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log {tmp}/access.log;
  client_body_temp_path {tmp}/body;
  proxy_temp_path {tmp}/proxy;
  fastcgi_temp_path {tmp}/fastcgi;
  uwsgi_temp_path {tmp}/uwsgi;
  scgi_temp_path {tmp}/scgi;
  include {tmp}/site.conf;
}}
"""


def host_config(site: Path, path: str, port: int) -> str:
    """deploy/nginx.conf, changed as its comments tell a host to (comments stay as they are)."""
    changes = {EXAMPLE_FOLDER: f"{site.resolve()}/", EXAMPLE_PATH: path, EXAMPLE_LISTEN: f"listen 127.0.0.1:{port};"}
    used = dict.fromkeys(changes, 0)
    lines = []
    for line in HOST_CONFIG.read_text(encoding="utf-8").splitlines():
        if not line.lstrip().startswith("#"):
            for example, replacement in changes.items():
                used[example] += line.count(example)
                line = line.replace(example, replacement)
        lines.append(line)
    unused = [example for example, count in used.items() if not count]
    if unused:
        raise RuntimeError(f"deploy/nginx.conf no longer contains {', '.join(unused)}; update scripts/local_server.py")
    return "\n".join(lines) + "\n"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def nginx(site: Path, path: str = "/", port: int | None = None) -> Iterator[str]:
    """Serve ``site`` at http://127.0.0.1:<port><path>; yields that address. The same ``port`` again
    is the same origin for the browser (its saved data, its service worker)."""
    assert path.startswith("/") and path.endswith("/")
    port = port or free_port()
    with tempfile.TemporaryDirectory(prefix="nginx-") as tmp:
        # As root, nginx's workers would run as "nobody", who cannot read a private temp folder.
        user = "user root;" if os.geteuid() == 0 else ""
        (Path(tmp) / "site.conf").write_text(host_config(site, path, port), encoding="utf-8")
        config = Path(tmp) / "nginx.conf"
        config.write_text(WRAPPER.format(tmp=tmp, user=user), encoding="utf-8")
        process = subprocess.Popen([NGINX, "-c", str(config), "-p", tmp, "-e", f"{tmp}/error.log"], stderr=subprocess.PIPE)
        try:
            _wait_for(port, process)
            yield f"http://127.0.0.1:{port}{path}"
        finally:
            process.terminate()
            process.wait(timeout=10)


def _wait_for(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"nginx did not start: {process.stderr.read().decode()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("nginx did not start within 10 seconds")

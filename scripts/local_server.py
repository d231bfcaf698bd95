"""Serve a built site with nginx under a URL path, as a host would (for tests, audits and benchmarks)."""

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

CONFIG = """
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
  gzip on;
  gzip_types text/css application/javascript application/json image/svg+xml;
  server {{
    listen 127.0.0.1:{port};
    location {path} {{
      alias {site}/;
      index index.html;
      error_page 404 {path}404.html;
    }}
  }}
}}
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def nginx(site: Path, path: str = "/") -> Iterator[str]:
    """Serve ``site`` at http://127.0.0.1:<port><path>; yields that address."""
    assert path.startswith("/") and path.endswith("/")
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="nginx-") as tmp:
        # As root, nginx's workers would run as "nobody", who cannot read a private temp folder.
        user = "user root;" if os.geteuid() == 0 else ""
        config = Path(tmp) / "nginx.conf"
        config.write_text(CONFIG.format(tmp=tmp, user=user, port=port, path=path, site=site.resolve()), encoding="utf-8")
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

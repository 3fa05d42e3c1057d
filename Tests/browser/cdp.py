"""A minimal Chrome DevTools Protocol client: Python 3 standard library only, no Selenium.

Import it from other scripts (the report checker, a future workshop-page test):

    from cdp import Chromium
    with Chromium() as browser:
        page = browser.page()
        page.call("Page.enable")
        page.navigate("file:///tmp/report.html")
        print(page.evaluate("document.title"))

`Chromium` starts headless Chromium as root-safe (`--no-sandbox`) with a throw-away profile and
`--remote-debugging-port=0`, reads the chosen port from `DevToolsActivePort`, and connects a
`Session` to the first page target over a hand-written RFC 6455 WebSocket client. A session
keeps every event it receives in `events`, so callers can inspect console messages, exceptions
and network requests after the fact. Following the recipe in /work/shared/recipes/components.md.
"""

import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import tempfile
import time
import urllib.request


class WebSocket:
    """An RFC 6455 client for one text-message connection: masked frames out, any frames in."""

    def __init__(self, url, timeout=30):
        if not url.startswith("ws://"):
            raise ValueError(f"only ws:// URLs are supported, got {url}")
        hostport, path = url[len("ws://"):].split("/", 1)
        host, port = hostport.rsplit(":", 1)
        self.sock = socket.create_connection((host, int(port)), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (f"GET /{path} HTTP/1.1\r\nHost: {hostport}\r\nUpgrade: websocket\r\n"
             f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
             "Sec-WebSocket-Version: 13\r\n\r\n").encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(1)
            if not chunk:
                raise ConnectionError("DevTools closed the connection during the handshake")
            response += chunk
        status = response.split(b"\r\n")[0]
        if b" 101 " not in status:
            raise ConnectionError(f"WebSocket handshake refused: {status!r}")

    def _read(self, n):
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise EOFError("DevTools closed the connection")
            data += chunk
        return data

    def send(self, text):
        data = text.encode()
        n = len(data)
        header = bytes([0x81])  # FIN + text frame
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
        self.sock.sendall(header + mask + masked)

    def receive(self, timeout=None):
        """The next complete text message; control frames (ping, close) are handled here."""
        self.sock.settimeout(timeout)
        message = b""
        while True:
            b0, b1 = self._read(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            if b1 & 0x80:  # servers do not mask, but be lenient
                mask = self._read(4)
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(self._read(n)))
            else:
                payload = self._read(n)
            opcode = b0 & 0x0F
            if opcode == 0x8:
                raise EOFError("DevTools closed the connection")
            if opcode in (0x9, 0xA):  # ping / pong: not sent by DevTools in practice
                continue
            message += payload
            if b0 & 0x80:
                return message.decode()

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


class Session:
    """A DevTools session on one target: commands by name, events kept in `events`."""

    def __init__(self, websocket):
        self.ws = websocket
        self.next_id = 0
        self.events = []

    def call(self, method, timeout=60, **params):
        """Sends a command and returns its result; events that arrive meanwhile are kept."""
        self.next_id += 1
        my_id = self.next_id
        self.ws.send(json.dumps({"id": my_id, "method": method, "params": params}))
        deadline = time.time() + timeout
        while True:
            remaining = deadline - time.time()
            if remaining <= 0:
                raise TimeoutError(f"{method} did not answer within {timeout} s")
            message = json.loads(self.ws.receive(timeout=remaining))
            if message.get("id") == my_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)

    def wait_event(self, name, timeout=30, since=0):
        """Waits for an event called `name` (at index `since` or later in `events`)."""
        for event in self.events[since:]:
            if event["method"] == name:
                return event
        deadline = time.time() + timeout
        while True:
            remaining = deadline - time.time()
            if remaining <= 0:
                raise TimeoutError(f"no {name} event within {timeout} s")
            message = json.loads(self.ws.receive(timeout=remaining))
            if "method" in message:
                self.events.append(message)
                if message["method"] == name:
                    return message

    def evaluate(self, expression, await_promise=False, timeout=60):
        """The value of a JavaScript expression in the page; raises if it throws."""
        result = self.call("Runtime.evaluate", timeout=timeout, expression=expression,
                           returnByValue=True, awaitPromise=await_promise)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise RuntimeError(f"JavaScript error: {text}")
        return result["result"].get("value")

    def navigate(self, url, timeout=30):
        """Loads `url` and waits for its load event (Page.enable must have been called)."""
        since = len(self.events)
        result = self.call("Page.navigate", url=url)
        if result.get("errorText"):
            raise RuntimeError(f"could not load {url}: {result['errorText']}")
        self.wait_event("Page.loadEventFired", timeout=timeout, since=since)

    def settle(self, seconds=0.3):
        """Lets late events (console messages, requests after load) arrive."""
        self.evaluate(f"new Promise(r => setTimeout(r, {int(seconds * 1000)}))",
                      await_promise=True)

    def screenshot_png(self, full_page=True):
        """A PNG of the page, all of it if `full_page`."""
        params = {"format": "png"}
        if full_page:
            metrics = self.call("Page.getLayoutMetrics")
            size = metrics.get("cssContentSize") or metrics["contentSize"]
            params.update(captureBeyondViewport=True,
                          clip={"x": 0, "y": 0, "width": size["width"],
                                "height": size["height"], "scale": 1})
        return base64.b64decode(self.call("Page.captureScreenshot", **params)["data"])

    def pdf(self, **params):
        """The page printed to PDF; `params` go to Page.printToPDF."""
        return base64.b64decode(self.call("Page.printToPDF", timeout=120, **params)["data"])


def find_chromium():
    """The Chromium binary: $CHROMIUM, or the first of the usual names on PATH."""
    if os.environ.get("CHROMIUM"):
        return os.environ["CHROMIUM"]
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    raise FileNotFoundError("no Chromium found; run Tests/browser/install-chromium.sh "
                            "or set CHROMIUM")


class Chromium:
    """Headless Chromium with a throw-away profile, stopped and cleaned up on exit."""

    def __init__(self, binary=None, window=(1200, 900), extra_args=()):
        self.binary = binary or find_chromium()
        self.window = window
        self.extra_args = list(extra_args)
        self.process = None
        self.profile = None
        self.port = None
        self.sessions = []

    def __enter__(self):
        self.profile = tempfile.mkdtemp(prefix="caresim-cdp-")
        args = [self.binary, "--headless", "--no-sandbox", "--remote-debugging-port=0",
                f"--user-data-dir={self.profile}", f"--window-size={self.window[0]},{self.window[1]}",
                "--no-first-run", "--no-default-browser-check", "--disable-gpu",
                "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--metrics-recording-only",
                "--hide-scrollbars", "--mute-audio", *self.extra_args, "about:blank"]
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = os.path.join(self.profile, "DevToolsActivePort")
        deadline = time.time() + 30
        while True:
            if self.process.poll() is not None:
                self.__exit__(None, None, None)
                raise RuntimeError(f"Chromium exited with status {self.process.returncode}")
            if os.path.exists(port_file):
                with open(port_file) as f:
                    text = f.read().split()
                if text:
                    self.port = int(text[0])
                    break
            if time.time() > deadline:
                self.__exit__(None, None, None)
                raise TimeoutError("Chromium did not open its DevTools port within 30 s")
            time.sleep(0.05)
        return self

    def page(self):
        """A session on the browser's first page target."""
        deadline = time.time() + 15
        while True:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/json/list") as response:
                targets = json.load(response)
            pages = [t for t in targets if t.get("type") == "page"]
            if pages:
                session = Session(WebSocket(pages[0]["webSocketDebuggerUrl"]))
                self.sessions.append(session)
                return session
            if time.time() > deadline:
                raise TimeoutError("Chromium has no page target")
            time.sleep(0.1)

    def __exit__(self, *exc):
        if self.process is not None:
            for session in self.sessions:
                try:
                    session.call("Browser.close", timeout=5)
                except Exception:
                    pass
                session.ws.close()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.profile:
            shutil.rmtree(self.profile, ignore_errors=True)
        return False

"""The mail faults: the provider down for a while (every send fails), and the provider accepting
a mail while the worker dies before the outbox records it (a fake Brevo kills the worker)."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from faults.harness import (
    MAIL_DIR,
    WORKER_ENV,
    Result,
    kill,
    queue_empty,
    verdict,
    wait_for,
    worker,
)


def mails_enqueue(count: int, template: str) -> list[str]:
    """`count` mails to distinct made-up recipients, each queued as the site queues one."""
    from django.db import transaction

    from outbox.models import Mail
    from outbox.services import mail_enqueue

    Mail.objects.all().delete()
    recipients = [f"gruender{n}@faults.invalid" for n in range(count)]
    for address in recipients:
        with transaction.atomic():
            mail_enqueue(template=template, to=address, language="de", subject="Test", text="T")
    return recipients


def mail_outage(count: int = 200, outage_seconds: int = 20) -> Result:
    """Every send fails for a while; afterwards every mail has reached its recipient once
    (counted in the files the mail backend writes). Fails if the outbox does not retry."""
    from outbox.models import Mail

    queue_empty()
    with worker(MAIL_FAIL_RATE="1.0"):
        recipients = mails_enqueue(count, "faults/outage")
        time.sleep(outage_seconds)
        sent_during = Mail.objects.filter(status=Mail.Status.SENT).count()
        tried = Mail.objects.filter(attempts__gt=0).count()
    print(f"  outage: {tried} of {count} mails tried, {sent_during} sent", flush=True)
    started = time.monotonic()
    with worker(MAIL_FAIL_RATE="0"):
        done = wait_for(
            lambda: not Mail.objects.exclude(status=Mail.Status.SENT).exists(), seconds=120
        )
    recovered = time.monotonic() - started
    delivered = Counter(
        line.split(":", 1)[1].strip()
        for path in MAIL_DIR.glob("*.log")
        for line in path.read_text().splitlines()
        if line.startswith("To: ")
    )
    once = all(delivered[address] == 1 for address in recipients)
    return verdict(
        Result(
            "mail outage",
            f"{count} mails through a {outage_seconds} s outage: all sent after it, each once",
            done and tried > 0 and sent_during == 0 and once and len(delivered) == count,
            f"{tried} tried and {sent_during} sent during it; "
            f"{'all' if done else 'NOT all'} sent {recovered:.0f} s after; "
            f"{sum(delivered.values())} deliveries to {len(delivered)} of {count} recipients",
        )
    )


class FakeBrevo(ThreadingHTTPServer):
    """Brevo's send endpoint (POST /v3/smtp/email) as its documentation describes it: 201 with
    a messageId; a request whose idempotencyKey it has processed is refused with 400
    duplicate_parameter and not sent. While `victim` holds a worker, the next mail it accepts
    is its last: it kills that worker's process group before answering."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _BrevoHandler)
        self.lock = threading.Lock()
        self.delivered: Counter[str] = Counter()  # deliveries per outbox mail id
        self.keys: set[str] = set()
        self.refused = 0
        self.victim = None
        self.killed: list[str] = []
        self.delay = 0.0  # seconds each accepted mail takes, as a slow provider's would

    def handle_error(self, request, client_address) -> None:
        pass  # a worker killed mid-request leaves a broken pipe: expected here

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v3/"


class _BrevoHandler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:
        server: FakeBrevo = self.server
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        headers = {k.lower(): v for k, v in body.get("headers", {}).items()}
        mail_id = json.loads(headers["x-mailin-custom"])["mail_id"]
        key = headers.get("idempotencykey")
        with server.lock:
            if key and key in server.keys:
                server.refused += 1
                return self._answer(400, {"code": "duplicate_parameter", "message": "used"})
            if key:
                server.keys.add(key)
            server.delivered[mail_id] += 1  # accepted: it will reach the recipient
            delay = server.delay
            victim, server.victim = server.victim, None
            if victim is not None:
                kill(victim)  # before the answer: the worker can never record "sent"
                server.killed.append(mail_id)
                return None
        time.sleep(delay)
        return self._answer(201, {"messageId": f"<{uuid.uuid4()}@fake-brevo.invalid>"})

    def _answer(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def _crash_run(count: int, crashes: int, **extra_env: str) -> dict:
    from outbox.models import Mail

    queue_empty()
    brevo = FakeBrevo()
    threading.Thread(target=brevo.serve_forever, daemon=True).start()
    env = {
        "EMAIL_PROVIDER": "brevo",
        "EMAIL_API_KEY": "faults",
        "FAULTS_BREVO_URL": brevo.url,
        "OUTBOX_SENDING_STALE_SECONDS": "5",
        **extra_env,
    }
    mails_enqueue(count, "faults/crash")
    for _ in range(crashes):
        with worker(**env) as process:
            brevo.victim = process
            wait_for(lambda p=process: p.poll() is not None, seconds=90)
    killed_at = time.monotonic()
    with worker(**env):
        done = wait_for(
            lambda: not Mail.objects.exclude(status=Mail.Status.SENT).exists(), seconds=180
        )
    brevo.shutdown()
    delivered = brevo.delivered
    return {
        "done": done,
        "recovered": time.monotonic() - killed_at,
        "kills": len(brevo.killed),
        "deliveries": sum(delivered.values()),
        "mails": len(delivered),
        "duplicates": sum(delivered.values()) - len(delivered),
        "refused": brevo.refused,
        "unknown_id": Mail.objects.filter(status=Mail.Status.SENT, esp_message_id="").count(),
    }


def mail_crash(count: int = 40, crashes: int = 3) -> list[Result]:
    """Brevo accepts a mail and the worker dies before recording it, `crashes` times; the outbox
    sends it again. Without the key (measured first) each crash costs up to one duplicate per
    mail in flight; with it, Brevo drops every repeat and the outbox records it as sent."""
    workers = int(WORKER_ENV["Q_WORKERS"])  # mails one cluster can have in flight
    results = []
    for label, env in (("without key", {"FAULTS_BROKEN": "no-key"}), ("with key", {})):
        got = _crash_run(count, crashes, **env)
        print(f"  {label}: {got}", flush=True)
        every = got["done"] and got["mails"] == count and got["kills"] == crashes
        if label == "without key":  # the bound: at most one more per mail in flight at a kill
            ok = every and crashes <= got["duplicates"] <= crashes * workers
            checked = f"bound: {crashes} <= duplicates <= {crashes} kills x {workers} in flight"
        else:
            ok = every and got["duplicates"] == 0 and got["refused"] >= crashes
            checked = "no duplicate; Brevo's refusals of repeats recorded as sent"
        results.append(
            verdict(
                Result(
                    f"mail accepted, worker killed ({label})",
                    f"{count} mails, {crashes} kills after acceptance; all sent; {checked}",
                    ok,
                    f"{got['deliveries']} deliveries of {got['mails']} mails: "
                    f"{got['duplicates']} duplicates, {got['refused']} repeats refused; "
                    f"{'all' if got['done'] else 'NOT all'} sent "
                    f"{got['recovered']:.0f} s after the last kill; "
                    f"{got['unknown_id']} sent without a provider id",
                )
            )
        )
    return results

"""Running the per-input job: in this process (-j 1 or one input) or in a pool of worker processes.

The pool is hand-rolled rather than concurrent.futures so that one stuck or dead worker can be killed
and replaced without losing the others: each worker has its own pipe and runs one input at a time.
"""
from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from .config import RunConfig
from .convert import DocumentTimeout, Outcome, Settings, failed, job
from .inputs import Source
from .report import quiet_libraries

Early = Callable[[Source], "Outcome | None"]


def outcomes(sources: Sequence[Source], config: RunConfig, early: Early) -> Iterator[Outcome]:
    """One Outcome per source, in input order (or as they complete with --unordered)."""
    size = min(config.jobs, len(sources))
    if size <= 1:
        yield from in_process(sources, config, early)
        return
    warm_up()
    pool = Pool(config.settings, size, config.timeout)
    try:
        yield from pool.run(sources, early, config.ordered)
    finally:
        pool.close()


def in_process(sources: Sequence[Source], config: RunConfig, early: Early) -> Iterator[Outcome]:
    """Run every job here, one after the other, each under the time limit."""
    for source in sources:
        yield early(source) or timed_job(source, config.settings, config.timeout)


def timed_job(source: Source, settings: Settings, timeout: float) -> Outcome:
    """job() with a SIGALRM time limit (where the platform and thread allow one)."""
    usable = timeout > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        return job(source, settings)

    def expire(_signum: int, _frame: Any) -> None:
        raise DocumentTimeout(timeout_message(timeout))

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return job(source, settings)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def timeout_message(timeout: float) -> str:
    """The failure message of an input that ran out of time."""
    return f"took longer than {timeout:g} s (--timeout); stopped"


def warm_up() -> None:
    """Import the extraction stack before forking, so every worker (and replacement) starts warm."""
    import trafilatura.core  # noqa: F401  (the body stage's engine: the heaviest import, shared by every fork)

    import extractor.body
    import extractor.htmlpath
    import extractor.load
    import extractor.pipeline
    import extractor.render
    import extractor.text_sections  # noqa: F401  (the HTML path reads link-less teaser cards with the text grammar)
    from extractor.patterns import warm_gates

    warm_gates()


def worker_main(conn: Any, settings: Settings) -> None:
    """A worker: receive (index, source), send back (index, outcome), until None or the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's business
    quiet_libraries()  # (a spawned worker does not inherit the parent's logging setup)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, source = message
        conn.send((index, job(source, settings)))


class Worker:
    """One worker process, its pipe and the input it is busy with."""

    def __init__(self, context: Any, settings: Settings) -> None:
        """Start the process."""
        self.conn, child = context.Pipe()
        self.process = context.Process(target=worker_main, args=(child, settings), daemon=True)
        self.process.start()
        child.close()
        self.index: int | None = None
        self.deadline = float("inf")

    def send(self, index: int, source: Source, timeout: float) -> None:
        """Give the worker one input."""
        self.index, self.deadline = index, time.monotonic() + timeout if timeout > 0 else float("inf")
        self.conn.send((index, source))

    def stop(self, kill: bool = False) -> None:
        """Ask the worker to finish (or kill it) and reap it."""
        with contextlib.suppress(OSError, ValueError):
            if kill:
                self.process.kill()
            else:
                self.conn.send(None)
        self.process.join(0.5 if kill else 2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(1)
        self.conn.close()


class Pool:
    """N workers; a stuck one is killed and a dead one replaced, and its input is reported as failed."""

    def __init__(self, settings: Settings, size: int, timeout: float) -> None:
        """Fork the workers (`spawn` where fork is not available)."""
        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.settings, self.timeout = settings, timeout
        self.workers = [Worker(self.context, settings) for _ in range(size)]

    def run(self, sources: Sequence[Source], early: Early, ordered: bool) -> Iterator[Outcome]:
        """Dispatch, collect and yield; at most `window` inputs run ahead of the next one to print."""
        done: dict[int, Outcome] = {}
        pending, emitted, window = 0, 0, len(self.workers) * 16
        while emitted < len(sources):
            for worker in self.workers:
                while worker.index is None and pending < len(sources) and (
                        not ordered or pending < emitted + window):
                    first = early(sources[pending])
                    if first is not None:
                        done[pending] = first
                    else:
                        worker.send(pending, in_parent(sources[pending], self.settings), self.timeout)
                    pending += 1
            if (emitted not in done) if ordered else not done:
                done.update(self.collect(sources))
            if ordered:
                while emitted in done:
                    yield done.pop(emitted)
                    emitted += 1
            else:
                for index in sorted(done):
                    yield done.pop(index)
                    emitted += 1

    def collect(self, sources: Sequence[Source]) -> dict[int, Outcome]:
        """Wait for at least one worker to finish, die or run out of time; return what came back."""
        from multiprocessing.connection import wait

        busy = [w for w in self.workers if w.index is not None]
        if not busy:
            return {}
        delay = max(0.0, min(w.deadline for w in busy) - time.monotonic())
        handles = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        ready = set(wait(handles, None if delay == float("inf") else delay))
        results: dict[int, Outcome] = {}
        for worker in busy:
            index = worker.index
            assert index is not None
            if worker.conn in ready or worker.process.sentinel in ready:
                got = self.receive(worker)
                results[index] = got if got else self.replace(worker, sources[index], died(worker))
            elif time.monotonic() >= worker.deadline:
                results[index] = self.replace(worker, sources[index], timeout_message(self.timeout), kill=True)
        return results

    def receive(self, worker: Worker) -> Outcome | None:
        """The worker's result, or None when it died before sending one."""
        try:
            if worker.conn.poll():
                _, outcome = worker.conn.recv()
                worker.index = None
                return outcome
        except (EOFError, OSError):
            pass
        return None

    def replace(self, worker: Worker, source: Source, message: str, kill: bool = False) -> Outcome:
        """Stop a dead or stuck worker, start a fresh one in its place, and fail its input."""
        worker.stop(kill=True)
        self.workers[self.workers.index(worker)] = Worker(self.context, self.settings)
        kind = "Timeout" if kill else "WorkerDied"
        return failed(source, self.settings, kind, message)

    def close(self) -> None:
        """Stop every worker."""
        for worker in self.workers:
            worker.stop(kill=worker.index is not None)


def died(worker: Worker) -> str:
    """Why a worker is gone: its exit code or the signal that killed it."""
    worker.process.join(1)
    code = worker.process.exitcode
    if code is not None and code < 0:
        with contextlib.suppress(ValueError):
            return f"the worker process was killed by {signal.Signals(-code).name} while on this input"
    return f"the worker process died (exit code {code}) while on this input"


def in_parent(source: Source, settings: Settings) -> Source:
    """Read stdin here, since a worker cannot: the bytes travel with the Source."""
    if source.path is not None or source.error or source.data is not None:
        return source
    from .inputs import read_source

    try:
        return replace(source, data=read_source(source, 0))
    except OSError as exc:
        return replace(source, error=(type(exc).__name__, exc.strerror or str(exc)))


def default_jobs() -> int:
    """The CPU count available to this process."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1

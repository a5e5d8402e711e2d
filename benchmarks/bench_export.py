"""Export of a 20-item approved record to XML + PDF (goal: <= 1 s), plus verify and signing for reference.

Prints the first run (which pays one-time costs: font registration, the XSD compile, pyHanko's
import) and the median and worst of the runs after it; then the whole `minutes-desk export`
command from process start, as a user waits for it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from minutes_desk.export import SigningKey, export_record, verify_file  # noqa: E402
from tests.export.conftest import P12_PASSWORD, make_p12  # noqa: E402
from tests.export import samples  # noqa: E402

RUNS = 7
GOAL_S = 1.0


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def report(label: str, first: float, times: list[float], goal: float | None = None) -> None:
    verdict = "" if goal is None else ("  OK" if max(times) <= goal else f"  OVER GOAL ({goal:.1f} s)")
    print(f"{label:<38} first {first * 1000:7.1f} ms   median {statistics.median(times) * 1000:7.1f} ms"
          f"   worst {max(times) * 1000:7.1f} ms{verdict}")


def main() -> None:
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    meeting = samples.approved(20)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        xml, pdf, signed = out / "p.xml", out / "p.pdf", out / "s.pdf"
        key = SigningKey(make_p12(out / "c.p12"), P12_PASSWORD)

        def export() -> None:
            export_record(meeting, xml=xml, pdf_path=pdf)

        first = timed(export)
        report("export 20 items -> XML + PDF/A", first, [timed(export) for _ in range(RUNS)], GOAL_S)
        print(f"  ({pdf.stat().st_size // 1024} kB PDF, {xml.stat().st_size // 1024} kB XML)")
        first = timed(lambda: verify_file(pdf))
        report("verify PDF (unsigned)", first, [timed(lambda: verify_file(pdf)) for _ in range(RUNS)])
        first = timed(lambda: verify_file(xml))
        report("verify XML", first, [timed(lambda: verify_file(xml)) for _ in range(RUNS)])

        def sign() -> None:
            export_record(meeting, pdf_path=signed, sign=key)

        first = timed(sign)
        report("export 20 items -> signed PDF", first, [timed(sign) for _ in range(3)])
        first = timed(lambda: verify_file(signed))
        report("verify signed PDF", first, [timed(lambda: verify_file(signed)) for _ in range(3)])

        env = dict(os.environ, MINUTES_DESK_DB=str(out / "bench.sqlite"), MINUTES_DESK_DATA_DIR=str(out / "data"))
        os.environ.update(env)
        from minutes_desk.store import Store

        with Store.open() as store:
            meeting_id = store.add_meeting(samples.draft(20))
            store.approve(meeting_id, ["Camilla Broo"], "Anna Söderström", date="2019-10-11")
        command = [sys.executable, "-m", "minutes_desk", "export", str(meeting_id), "--xml", str(xml), "--pdf", str(pdf)]

        def cli() -> None:
            subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)

        first = timed(cli)
        report("minutes-desk export (whole process)", first, [timed(cli) for _ in range(3)])
        print("  (Python start, every CLI module's imports, the store and the export; ~0.6 s of it is")
        print("   importing reportlab, pypdf and lxml, paid once per process)")


if __name__ == "__main__":
    main()

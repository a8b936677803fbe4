"""Executes notebooks headlessly with nbclient and checks them: no error output, at least one chart (image/png).

Usage: /usr/bin/python3 execute.py OUTDIR NOTEBOOK... (notebooks/run calls it with every notebook in order).
A kernel that never answers at start (a known quirk of the Java kernel) is retried; a cell error is not.
"""
import asyncio
import os
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, DeadKernelError

KERNEL = "paivand-java17"
START_ATTEMPTS = 4
# The Java kernel binds its sockets before it installs its message handlers; a request in between kills its shell
# thread and it never answers. Waiting this long after the process starts, before the first request, avoids that.
KERNEL_SETTLE_SECONDS = 10


class PatientClient(NotebookClient):
    async def async_start_new_kernel(self, **kwargs):
        await super().async_start_new_kernel(**kwargs)
        await asyncio.sleep(KERNEL_SETTLE_SECONDS)


def execute(path, outdir):
    started = time.monotonic()
    for attempt in range(1, START_ATTEMPTS + 1):
        notebook = nbformat.read(path, as_version=4)
        client = PatientClient(notebook, kernel_name=KERNEL, timeout=900, startup_timeout=120,
                                resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
        try:
            client.execute()
            break
        except CellExecutionError as error:
            save(notebook, path, outdir)
            return [f"cell error: {first_line(str(error))}"], time.monotonic() - started
        except (RuntimeError, DeadKernelError, TimeoutError) as error:
            if attempt == START_ATTEMPTS or not is_start_failure(error):
                save(notebook, path, outdir)
                return [f"kernel failure: {first_line(str(error))}"], time.monotonic() - started
            print(f"  kernel did not start ({first_line(str(error))}); retrying", file=sys.stderr)
    save(notebook, path, outdir)
    return problems(notebook), time.monotonic() - started


def is_start_failure(error):
    text = str(error)
    return "didn't respond" in text or "Kernel died before replying" in text or "startup" in text.lower()


def problems(notebook):
    found = []
    images = 0
    for index, cell in enumerate(notebook.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                found.append(f"cell {index}: {output.get('ename')}: {output.get('evalue')}")
            if output.get("output_type") == "stream" and output.get("name") == "stderr" \
                    and ("Exception" in output.get("text", "") or "ERROR" in output.get("text", "")):
                found.append(f"cell {index}: error on stderr: {first_line(output['text'])}")
            if "image/png" in output.get("data", {}):
                images += 1
    if images == 0:
        found.append("no chart: the notebook shows no image/png")
    return found


def save(notebook, path, outdir):
    nbformat.write(notebook, os.path.join(outdir, os.path.basename(path)))


def first_line(text):
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else text[:300]


def main():
    outdir, paths = sys.argv[1], sys.argv[2:]
    os.makedirs(outdir, exist_ok=True)
    failed = 0
    for path in paths:
        print(f"notebook {os.path.basename(path)} ...", file=sys.stderr, flush=True)
        found, seconds = execute(path, outdir)
        status = "ok" if not found else "FAILED"
        print(f"notebook {os.path.basename(path)}: {status} in {seconds:.0f} s", flush=True)
        for problem in found:
            print(f"  {problem}", flush=True)
        failed += bool(found)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

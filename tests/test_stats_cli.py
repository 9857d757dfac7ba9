"""`clubapp stats` prints the figures of the service (see test_stats.py for the hand-worked network)."""

from __future__ import annotations

import json
import subprocess
import sys

from stats_network import build_network


def test_stats_command_prints_the_same_figures_as_json(services, world):
    build_network(services, world)
    services.store.dispose()
    result = subprocess.run([sys.executable, "-m", "clubapp.cli.main", "stats", "--data-dir",
                             str(services.store.data_dir.root), "--by", "sector", "--json"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["overall"]["identified"] == 7  # the command line sees every club on the computer
    assert {r["key"] for r in figures["rows"]} == {"education", "health", "transport.road"}
    assert figures["overall"]["fix_rate"]["numerator"] == 2

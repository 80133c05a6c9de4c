"""Shared fixtures: the seed corpus is read from ../shared/seeds, never copied into the project."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


@cache
def _seed_facts(name: str) -> tuple[dict, ...]:
    from extract.pipeline import extract_path

    return tuple(extract_path(SEEDS / name))


@pytest.fixture(scope="session")
def seeds() -> Path:
    """The seed corpus folder; skipped only outside CI when ../shared is absent."""
    if not SEEDS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"seed corpus missing at {SEEDS} (required in CI)")
        pytest.skip(f"seed corpus not present at {SEEDS}")
    return SEEDS


@pytest.fixture(scope="session")
def seed_facts(seeds):
    """A function name-prefix → the facts extracted from that seed file (cached per session)."""

    def get(prefix: str) -> list[dict]:
        name = next(p.name for p in sorted(seeds.glob(f"{prefix}*")))
        return list(_seed_facts(name))

    return get


def facts_of(facts, type_: str, **fields) -> list[dict]:
    """The facts of a type whose fields equal the given values."""
    return [f for f in facts if f["type"] == type_ and all(f.get(k) == v for k, v in fields.items())]


@pytest.fixture(scope="module")
def _ladybug(tmp_path_factory):
    """One LadybugDB database per test module (creating the schema costs a few tenths of a second)."""
    from graph.store_ladybug import LadybugStore

    s = LadybugStore(tmp_path_factory.mktemp("ladybug") / "db")
    yield s
    s.close()


@pytest.fixture
def ladybug_store(_ladybug):
    """The module's LadybugDB store, emptied."""
    _ladybug.wipe()
    return _ladybug

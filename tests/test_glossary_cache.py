"""The glossary cache: read back only what the same files and code would build, and never fail a run.

Each property of :mod:`tools.glossary.cache` has its test: a second run reads
the entry; any change of a glossary file, of its name, of the file list, of
the package's code or version builds anew; a damaged entry is ignored and
replaced; runs writing at once leave one whole entry; a folder that cannot
be written costs nothing but time; old entries are pruned.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
from pathlib import Path

import pytest
from glossaries import DGSN_TERMS, glossary_po

import tools
from tools.errors import InputError
from tools.glossary import cache
from tools.glossary.cache import BuiltGlossary

#: A title (its forms are generated: وزيرة الخارجية, وزراء الخارجية...), the
#: DGSN terms, and an empty entry for lint to report.
BODY = DGSN_TERMS + """
msgctxt "title"
msgid "وزير الخارجية"
msgstr "Foreign Minister"

msgid "سفير"
msgstr ""
"""
#: Texts with terms as written, forms of them and proclitics.
TEXTS = (
    "قالت وزيرة الخارجية إن المديرية العامة للأمن الوطني أوقفت المشتبه به",
    "اجتمع وزراء الخارجية في المملكة المتحدة، وللمديرية العامة للأمن الوطني بيان",
    "وزير خارجية فرنسا ووزيرها",
)


def write(folder: Path, name: str = "terms.po", body: str = BODY) -> Path:
    path = folder / name
    path.write_text(glossary_po(body), encoding="utf-8")
    return path


def described(built: BuiltGlossary) -> tuple[object, ...]:
    """What a check sees of a built glossary: its terms and entries, what the matcher finds, lint."""
    found = [
        [(m.term.source, m.span, None if m.form is None else m.form.describe()) for m in built.matcher.find(text)]
        for text in TEXTS
    ]
    return built.glossary, found, built.lint


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("glossary-*.pickle"))


#: Whether a missing entry is built in a child process (``cache._built_apart``).
BUILDS_APART = sys.platform.startswith("linux")


class Builds:
    """Counts the glossaries built anew (not read from the cache), in this process or a child.

    On Linux an entry is built in a forked child (see ``cache._built_apart``):
    each build appends a line to a file, which the child shares.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch, log: Path):
        self.log = log
        real = cache.build

        def counted(files: list[Path]) -> BuiltGlossary:
            with open(log, "a", encoding="utf-8") as handle:
                handle.write(f"{os.getpid()}\n")
            return real(files)

        monkeypatch.setattr(cache, "build", counted)

    def pids(self) -> list[int]:
        """The process of each build, in order."""
        return [int(line) for line in self.log.read_text(encoding="utf-8").splitlines()] if self.log.exists() else []

    @property
    def count(self) -> int:
        return len(self.pids())


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Builds:
    return Builds(monkeypatch, tmp_path / "builds.log")


def test_second_load_reads_the_entry_and_finds_the_same(tmp_path: Path, builds: Builds) -> None:
    glossary = write(tmp_path)
    first = cache.load([glossary], tmp_path / "cache")
    second = cache.load([glossary], tmp_path / "cache")
    assert builds.count == 1
    assert len(entries(tmp_path / "cache")) == 1
    assert described(first) == described(second) == described(cache.build([glossary]))
    assert second.lint, "the empty entry is reported by lint, from the cache too"
    assert (tmp_path / "cache" / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")


def change_byte(glossary: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    glossary.write_text(glossary_po(BODY.replace("Foreign Minister", "Foreign minister")), encoding="utf-8")
    return [glossary]


def same_content_other_name(glossary: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    other = glossary.with_name("other.po")
    other.write_bytes(glossary.read_bytes())
    return [other]  # findings name the file: another name is another glossary


def one_more_file(glossary: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    return [glossary, write(glossary.parent, "more.po", 'msgid "قمة"\nmsgstr "summit"\n')]


def code_changed(glossary: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    monkeypatch.setattr(cache, "_code_fingerprint", lambda: "edited")
    return [glossary]


def version_changed(glossary: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    monkeypatch.setattr(tools, "__version__", tools.__version__ + ".post1")
    return [glossary]


@pytest.mark.parametrize(
    "change", [change_byte, same_content_other_name, one_more_file, code_changed, version_changed]
)
def test_any_change_builds_anew(tmp_path: Path, builds: Builds, monkeypatch: pytest.MonkeyPatch, change) -> None:
    glossary = write(tmp_path)
    cache.load([glossary], tmp_path / "cache")
    files = change(glossary, monkeypatch)
    changed = cache.load(files, tmp_path / "cache")
    assert builds.count == 2
    assert described(changed) == described(cache.build(files))


def truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def flipped(data: bytes) -> bytes:
    return data[:-10] + bytes([data[-10] ^ 1]) + data[-9:]


def empty(data: bytes) -> bytes:
    return b""


def other_magic(data: bytes) -> bytes:
    return b"X" + data[1:]


def well_formed_but_not_a_glossary(data: bytes) -> bytes:
    import hashlib

    body = pickle.dumps({"not": "a glossary"})
    return cache._MAGIC + hashlib.sha256(body).digest() + body


def well_formed_but_unreadable(data: bytes) -> bytes:
    import hashlib

    body = b"\x80\x05garbage that is no pickle"
    return cache._MAGIC + hashlib.sha256(body).digest() + body


@pytest.mark.parametrize(
    "damage", [truncated, flipped, empty, other_magic, well_formed_but_not_a_glossary, well_formed_but_unreadable]
)
def test_damaged_entry_is_ignored_and_replaced(tmp_path: Path, builds: Builds, damage) -> None:
    glossary = write(tmp_path)
    expected = described(cache.load([glossary], tmp_path / "cache"))
    [entry] = entries(tmp_path / "cache")
    entry.write_bytes(damage(entry.read_bytes()))
    assert described(cache.load([glossary], tmp_path / "cache")) == expected
    assert builds.count == 2
    assert described(cache.load([glossary], tmp_path / "cache")) == expected
    assert builds.count == 2, "the damaged entry was replaced by a whole one"


def test_a_folder_that_cannot_be_written_only_costs_time(tmp_path: Path) -> None:
    glossary = write(tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    built = cache.load([glossary], blocker / "cache")
    assert described(built) == described(cache.build([glossary]))


def test_a_glossary_with_an_error_is_reported_and_never_cached(tmp_path: Path) -> None:
    broken = tmp_path / "broken.po"
    broken.write_text(glossary_po('msgid "قمة"\nmsgstr "summit'), encoding="utf-8")
    with pytest.raises(InputError):
        cache.load([broken], tmp_path / "cache")
    assert entries(tmp_path / "cache") == []


def test_standard_input_is_never_cached() -> None:
    assert cache._key([Path("-")]) is None


def _load_in_process(args: tuple[str, str]) -> tuple[object, ...]:
    glossary, folder = args
    return described(cache.load([Path(glossary)], Path(folder)))


def test_runs_writing_at_once_leave_one_whole_entry(tmp_path: Path) -> None:
    glossary = write(tmp_path)
    folder = tmp_path / "cache"
    with multiprocessing.get_context("fork").Pool(4) as pool:
        results = pool.map(_load_in_process, [(str(glossary), str(folder))] * 8)
    expected = described(cache.build([glossary]))
    assert all(result == expected for result in results)
    assert len(entries(folder)) == 1
    assert [p.name for p in folder.iterdir() if p.name.startswith(".tmp-")] == []
    assert cache._read(entries(folder)[0]) is not None


def test_only_the_most_recently_used_entries_are_kept(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    first = write(tmp_path, "first.po")
    cache.load([first], folder)
    [oldest] = entries(folder)
    os.utime(oldest, (1, 1))  # last used long ago
    for index in range(cache.KEEP):
        cache.load([write(tmp_path, f"g{index}.po")], folder)
    assert len(entries(folder)) == cache.KEEP
    assert not oldest.exists()


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"TARJUMAN_CACHE_DIR": "/somewhere/cache"}, Path("/somewhere/cache")),
        ({"TARJUMAN_CACHE_DIR": ""}, None),
        ({"XDG_CACHE_HOME": "/xdg"}, Path("/xdg/tarjuman")),
        ({"HOME": "/home/translator"}, Path("/home/translator/.cache/tarjuman")),
    ],
)
def test_cache_folder(monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], expected: Path | None) -> None:
    for name in ("TARJUMAN_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert cache.default_dir() == expected


def test_check_command_uses_the_cache_unless_told_not_to(make_project, tmp_path: Path, monkeypatch) -> None:
    project = make_project(translations=["hammouchi-ahlgren"], copy=["glossary"])
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
    fresh = project.run("check-glossary", "--format", "json", "--no-cache")
    assert not folder.exists()
    written = project.run("check-glossary", "--format", "json")
    assert len(entries(folder)) == 1
    read = project.run("check-glossary", "--format", "json")
    assert fresh.exit_code == written.exit_code == read.exit_code
    assert fresh.stdout == written.stdout == read.stdout
    monkeypatch.setenv(cache.CACHE_ENV, "")
    assert project.run("check-glossary", "--format", "json").stdout == fresh.stdout


@pytest.mark.parametrize("how", ["writable by others", "owned by another user"])
def test_entry_that_someone_else_could_have_written_is_not_read(
    tmp_path: Path, builds: Builds, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """Reading a pickle runs code: only an entry that only this user could have written is read."""
    glossary = write(tmp_path)
    cache.load([glossary], tmp_path / "cache")
    [entry] = entries(tmp_path / "cache")
    assert entry.stat().st_mode & 0o077 == 0, "entries are written for this user only"
    if how == "writable by others":
        entry.chmod(0o666)
    else:
        uid = os.getuid()
        monkeypatch.setattr(os, "getuid", lambda: uid + 1)
    read = cache.load([glossary], tmp_path / "cache")
    # Built anew, not read. Seen as another user's, the entry that a child
    # process builds in its place is not read either: this process builds too.
    assert builds.count == 2 + (how == "owned by another user" and BUILDS_APART)
    assert described(read) == described(cache.build([glossary]))


@pytest.mark.skipif(not BUILDS_APART, reason="entries are built in a child process on Linux only")
def test_a_missing_entry_is_built_in_a_child_process_and_read_back(tmp_path: Path, builds: Builds) -> None:
    """What building leaves behind (tens of MB on a large glossary) never scatters this process's heap."""
    glossary = write(tmp_path)
    built = cache.load([glossary], tmp_path / "cache")
    assert builds.pids() == [pid for pid in builds.pids() if pid != os.getpid()] != []
    assert len(entries(tmp_path / "cache")) == 1
    assert described(built) == described(cache.build([glossary]))


def test_elsewhere_a_missing_entry_is_built_in_this_process(
    tmp_path: Path, builds: Builds, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    glossary = write(tmp_path)
    built = cache.load([glossary], tmp_path / "cache")
    assert builds.pids() == [os.getpid()]
    assert len(entries(tmp_path / "cache")) == 1
    assert described(built) == described(cache.build([glossary]))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_as_glossary_is_never_opened_for_the_cache_key(tmp_path: Path) -> None:
    """The key is made without blocking on a FIFO nobody writes to; the loader then reports it."""
    fifo = tmp_path / "glossary.po"
    os.mkfifo(fifo)
    assert cache._key([fifo]) is None
    with pytest.raises(InputError):
        cache.load([fifo], tmp_path / "cache")


@pytest.mark.parametrize("separator", ["\x00", "ا"])
def test_matcher_copied_by_pickle_finds_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, separator: str) -> None:
    """The keys travel as one text unless the separator occurs in one of them (then as a list)."""
    from tools.glossary.match import arabic

    monkeypatch.setattr(arabic, "_KEY_SEPARATOR", separator)
    built = cache.build([write(tmp_path)])
    copied = BuiltGlossary(built.glossary, pickle.loads(pickle.dumps(built.matcher)), built.lint)
    assert described(copied) == described(built)
    assert isinstance(built.matcher.__getstate__()[1], str if separator == "\x00" else list)

"""ARTICLE arguments take the article's name, seed, folder or PO file; messages show root-relative paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, Project, ProjectFactory
from tools.errors import InputError
from tools.paths import ArticleRef, article_ref, display

ARTICLE = "hammouchi-ahlgren"
EN = f"translations/{ARTICLE}/en.po"
TRANSLATION = REPO / "tests" / "data" / "check" / "article.po"
GOLDEN = REPO / "tests" / "golden" / f"{ARTICLE}.en.txt"

#: Every way a user may name the article, as typed from the project root.
FORMS = [
    ARTICLE,
    f"seeds/{ARTICLE}.txt",
    f"./seeds/{ARTICLE}.txt",
    f"translations/{ARTICLE}",
    f"translations/{ARTICLE}/",
    f"translations/{ARTICLE}/en.po",
    f"translations/{ARTICLE}/{ARTICLE}.pot",
]


@pytest.fixture
def translated(make_project: ProjectFactory) -> Project:
    return make_project(seeds=[ARTICLE], copy=["glossary"], files={EN: TRANSLATION.read_bytes()})


@pytest.mark.parametrize("form", FORMS)
def test_build_accepts_every_form_of_article(translated: Project, form: str) -> None:
    translated.run("update", ARTICLE)
    result = translated.run("build", form)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == GOLDEN.read_text(encoding="utf-8")


@pytest.mark.parametrize("form", FORMS)
def test_update_accepts_every_form_of_article(translated: Project, form: str) -> None:
    result = translated.run("update", form)
    assert result.exit_code == 0, result.stderr
    assert f"translations/{ARTICLE}/en.po" in result.stderr
    assert "seeds/seeds" not in result.output


def test_update_accepts_a_seed_that_has_no_translation_yet(make_project: ProjectFactory) -> None:
    project = make_project(seeds=[ARTICLE])
    result = project.run("update", f"seeds/{ARTICLE}.txt")
    assert result.exit_code == 0, result.stderr
    assert project.path(EN).is_file()


@pytest.mark.parametrize("form", [f"seeds/{ARTICLE}.txt", f"translations/{ARTICLE}/en.po"])
def test_report_and_pretranslate_accept_paths(translated: Project, form: str, tmp_path: Path) -> None:
    translated.run("update", ARTICLE)
    report = translated.run("report", form, "-o", "review.html")
    assert report.exit_code == 0, report.stderr
    assert translated.path("review.html").is_file()
    filled = translated.run("pretranslate", form, "--dry-run")
    assert filled.exit_code == 0, filled.stderr
    assert f"translations/{ARTICLE}/en.po" in filled.stderr


def test_article_path_typed_from_a_subfolder(translated: Project) -> None:
    translated.run("update", ARTICLE)
    result = translated.run("build", f"../seeds/{ARTICLE}.txt", cwd=translated.path("translations"))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == GOLDEN.read_text(encoding="utf-8")


def test_compile_accepts_a_po_file(translated: Project) -> None:
    translated.run("update", ARTICLE)
    result = translated.run("compile", EN)
    assert result.exit_code == 0, result.stderr
    assert translated.path(f"translations/{ARTICLE}/en.mo").is_file()


def test_po_file_of_another_language_conflicting_with_lang_is_refused(translated: Project) -> None:
    translated.run("update", ARTICLE, "--lang", "fr")
    result = translated.run("build", f"translations/{ARTICLE}/fr.po", "--lang", "en")
    assert result.exit_code == 2
    assert "'fr' translation but --lang is 'en'" in result.stderr


def test_po_file_sets_the_language(translated: Project) -> None:
    translated.run("update", ARTICLE, "--lang", "fr")
    result = translated.run("build", f"translations/{ARTICLE}/fr.po")
    assert result.exit_code == 1  # the French translation is empty: the build lists its units
    assert f"translations/{ARTICLE}/fr.po:" in result.stderr


@pytest.mark.parametrize("form", ["glossary/ar-en.po", "elsewhere/x.txt", "translations", f"translations/{ARTICLE}/x/y.po"])
def test_a_path_that_is_no_article_is_refused_with_the_forms_accepted(translated: Project, form: str) -> None:
    result = translated.run("build", form)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"tools: error: {form}: not an")
    assert "\n" not in result.stderr.rstrip("\n")


def test_a_missing_seed_named_by_path_is_one_clear_line(translated: Project) -> None:
    result = translated.run("update", "seeds/us-navy-blockade.txt")
    assert result.exit_code == 2
    assert result.stderr == "tools: error: seeds/us-navy-blockade.txt: no such file\n"


# --- the helper itself --------------------------------------------------------------------------


def test_article_ref_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds, translations = tmp_path / "seeds", tmp_path / "translations"
    monkeypatch.chdir(tmp_path)
    table = {
        "x": ArticleRef("x"),
        "seeds/x.txt": ArticleRef("x"),
        "translations/x": ArticleRef("x"),
        "translations/x/pt_BR.po": ArticleRef("x", "pt_BR"),
        "translations/x/x.pot": ArticleRef("x"),
        str(tmp_path / "seeds" / "x.txt"): ArticleRef("x"),
    }
    for value, expected in table.items():
        assert article_ref(value, seeds, translations) == expected, value
    with pytest.raises(InputError):
        article_ref("translations/x/y.pot", seeds, translations)


def test_display_is_relative_inside_the_root_and_absolute_outside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "project"
    (root / "sub").mkdir(parents=True)
    monkeypatch.chdir(root / "sub")
    assert display("a.po", root) == "sub/a.po"
    assert display("../glossary/x.po", root) == "glossary/x.po"
    assert display(root, root) == "."
    assert display("../../outside.po", root) == str(tmp_path / "outside.po")
    assert display("-", root) == "-"


def test_segment_takes_an_article_name_too(translated: Project) -> None:
    result = translated.run("segment", ARTICLE, cwd=translated.path("translations"))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith(f"unchanged translations/{ARTICLE}/{ARTICLE}.pot") or result.stderr.startswith(
        f"wrote translations/{ARTICLE}/{ARTICLE}.pot"
    )
    missing = translated.run("segment", "no-such-article")
    assert missing.exit_code == 2 and missing.stderr == "tools: error: seeds/no-such-article.txt: no such file\n"

"""Any valid coded article stored and read back is equal, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from store_builders import coded, coded_articles, delete_key, event, mention

from whimbrel.contract import to_contract, validate
from whimbrel.records import CodedArticle
from whimbrel.store import Store, write


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(article=coded_articles)
def test_any_coded_article_round_trips(module_store: Store, article: CodedArticle) -> None:
    validate(to_contract(article))  # the strategy only makes contract-valid articles
    delete_key(module_store, write.article_key(article.article))
    pk = module_store.write(article)
    assert pk is not None
    assert module_store.read(pk) == article


def test_same_article_is_stored_once(store: Store) -> None:
    russia = mention("Russia", "RUS", "RUS")
    ukraine = mention("Ukraine", "UKR", "UKR")
    first = coded(
        "a1",
        "Russia shelled Ukraine.",
        date(2022, 3, 1),
        (event("Russia shelled Ukraine.", russia, ukraine, "195", "2022-03-01"),),
    )
    assert store.write(first) is not None
    assert store.write(first) is None
    # Same URL, different text: still the same article.
    with_url = coded("u1", "Text one.", None, url="https://example.org/a")
    again = coded("u2", "Text two, edited.", None, url="https://example.org/a")
    assert store.write(with_url) is not None
    assert store.write(again) is None
    counts = store.counts()
    assert counts["articles"] == 2
    assert counts["events"] == 1


def test_nul_character_is_refused_with_a_clear_error(store: Store) -> None:
    from whimbrel.errors import ArticleError

    with pytest.raises(ArticleError, match="NUL"):
        store.write(coded("bad", "a\x00b", None))
    assert store.counts()["articles"] == 0


def test_reopening_does_not_migrate_again(db_url: str) -> None:
    from whimbrel.store import migrations

    Store.open(db_url).close()
    engine = Store.open(db_url).engine
    assert migrations.migrate(engine) == []
    engine.dispose()


def test_database_failures_are_one_clear_error(db_url: str) -> None:
    import sqlalchemy as sa

    from whimbrel.errors import StoreError
    from whimbrel.store import tables

    with pytest.raises(
        StoreError,
        match=r"^database postgresql\+psycopg://nobody:\*\*\*@127\.0\.0\.1:9/none: connection",
    ):
        Store.open("postgresql+psycopg://nobody:secret@127.0.0.1:9/none")
    with Store.open(db_url) as store:
        with store.engine.begin() as conn:
            tables.events.drop(conn)
        russia, ukraine = mention("Russia", "RUS", "RUS"), mention("Ukraine", "UKR", "UKR")
        article = coded(
            "x",
            "Russia shelled Ukraine.",
            date(2022, 3, 1),
            (event("Russia shelled Ukraine.", russia, ukraine, "195", "2022-03-01"),),
        )
        with pytest.raises(StoreError, match="events"):
            store.write(article)
        # The failed article's transaction rolled back: no article without its events.
        with store.engine.connect() as conn:
            assert conn.scalar(sa.select(sa.func.count()).select_from(tables.articles)) == 0


def test_two_writers_racing_for_one_article_store_it_once(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from whimbrel.store import write as write_module

    # Both writers pass the "already stored?" check before either inserts.
    monkeypatch.setattr(write_module, "stored_pk", lambda conn, key: None)
    article = coded("race", "Russia and Ukraine held talks.", date(2022, 3, 1))
    with Store.open(db_url) as first, Store.open(db_url) as second:
        assert first.write(article) is not None
        assert second.write(article) is None
        assert first.counts()["articles"] == 1

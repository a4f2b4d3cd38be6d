"""`digifelt store init`: create or upgrade the store's schema (needs a role that may)."""

from dataclasses import dataclass

from digifelt.store.connection import make_engine, shown, translated
from digifelt.store.schema import upgrade


@dataclass(frozen=True)
class InitResult:
    url: str
    before: str | None
    after: str

    def summary(self) -> str:
        if self.before == self.after:
            return f"the store in {self.url} is up to date (schema {self.after})"
        if self.before is None:
            return f"created the store's schema {self.after} in {self.url}"
        return f"upgraded the store in {self.url} from schema {self.before} to {self.after}"


def init_store(url: str) -> InitResult:
    engine = make_engine(url)
    try:
        with translated(url, "create the store's tables"), engine.begin() as conn:
            before, after = upgrade(conn)
    finally:
        engine.dispose()
    return InitResult(shown(url), before, after)

# pysunset-fixture: target=3.14
# typing.Text imported by name: every use becomes str and the name leaves the import.
from typing import Any


class Reader:
    def read(self, name: str, encoding: str = "utf-8") -> str:
        return self.backend.Text(Text=name)

    def names(self) -> "list[Any]":
        return [str(n) for n in self.backend.names()]

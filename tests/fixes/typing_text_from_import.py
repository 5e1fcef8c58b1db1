# pysunset-fixture: target=3.14
# typing.Text imported by name: every use becomes str and the name leaves the import.
from typing import Any, Text
from typing import Text as T


class Reader:
    def read(self, name: Text, encoding: T = "utf-8") -> Text:
        return self.backend.Text(Text=name)

    def names(self) -> "list[Any]":
        return [T(n) for n in self.backend.names()]

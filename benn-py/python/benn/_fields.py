"""The machinery of the model classes: a record is a view of a dict in the
format's JSON shape (the core's canonical JSON), and each attribute a typed
descriptor that reads and writes one key. Nothing here knows a rule: the
core checks the document when it is written, validated or evaluated.
"""

from __future__ import annotations

import copy as _copy
import datetime as _dt
from typing import (
    Any,
    Callable,
    ClassVar,
    Dict,
    Generic,
    Iterable,
    List,
    MutableSequence,
    Optional,
    Tuple,
    Type,
    TypeVar,
    Union,
    overload,
)

T = TypeVar("T")
R = TypeVar("R", bound="Record")

__all__ = ["Record", "ListView"]


class Record:
    """Base of the model classes: a view of one JSON object of the format.

    Build one with keyword arguments (``Step(id="s1", text="...",
    status="planned")``) or :meth:`from_dict`; read and set its attributes;
    ``to_dict()`` gives a copy in the format's JSON shape. Two records are
    equal when their data are. Records inside a concept are live views: a
    change shows in the concept. Not safe to change from several threads at
    once (reading is).
    """

    __slots__ = ("_data", "_root")
    _FIELDS: ClassVar[Tuple[str, ...]] = ()
    _REPR: ClassVar[Tuple[str, ...]] = ()
    _IS_ROOT: ClassVar[bool] = False

    _data: Dict[str, Any]
    _root: Optional["Record"]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        names: List[str] = []
        for klass in reversed(cls.__mro__):
            for name, value in vars(klass).items():
                if isinstance(value, _Descriptor) and name not in names:
                    names.append(name)
        cls._FIELDS = tuple(names)

    def __init__(self, **values: Any) -> None:
        self._data = {}
        self._root = self if self._IS_ROOT else None
        for key, value in values.items():
            if key not in self._FIELDS:
                raise TypeError(
                    f"{type(self).__name__}() has no field {key!r} "
                    f"(fields: {', '.join(self._FIELDS)})"
                )
            setattr(self, key, value)

    @classmethod
    def _wrap(cls: Type[R], data: Dict[str, Any], root: Optional["Record"]) -> R:
        obj = cls.__new__(cls)
        obj._data = data
        obj._root = obj if cls._IS_ROOT else root
        return obj

    @classmethod
    def from_dict(cls: Type[R], data: Dict[str, Any]) -> R:
        """A record from a dict in the format's JSON shape (copied; checked
        by the core when the document is written or validated)."""
        if not isinstance(data, dict):
            raise TypeError(f"{cls.__name__}.from_dict() needs a dict, not {type(data).__name__}")
        return cls._wrap(_copy.deepcopy(data), None)

    def to_dict(self) -> Dict[str, Any]:
        """A copy of the data in the format's JSON shape."""
        return _copy.deepcopy(self._data)

    def _changed(self) -> None:
        if self._root is not None:
            self._root._changed()

    def _adopt(self, root: Optional["Record"]) -> Dict[str, Any]:
        """The data to put into a document with root ``root``: a record of
        no document joins it (later changes to it show there); a record of
        another document is copied, so two documents never share data."""
        if self._root is not None and self._root is not root:
            return _copy.deepcopy(self._data)
        self._root = root
        return self._data

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Record)
        return self._data == other._data

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        names = self._REPR or self._FIELDS
        parts = []
        for name in names:
            value = getattr(self, name)
            if value is None or (isinstance(value, ListView) and not len(value)):
                continue
            if isinstance(value, ListView):
                parts.append(f"{name}=[{len(value)}]")
            elif isinstance(value, str) and len(value) > 50:
                parts.append(f"{name}={value[:47] + '...'!r}")
            else:
                parts.append(f"{name}={value!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def __reduce__(self) -> Any:
        return (type(self).from_dict, (self.to_dict(),))

    def __copy__(self: R) -> R:
        return type(self)._wrap(_copy.deepcopy(self._data), None)

    def __deepcopy__(self: R, memo: Dict[int, Any]) -> R:
        return self.__copy__()

    def copy(self: R) -> R:
        """A detached copy (changes to it do not show here)."""
        return self.__copy__()


class _Descriptor:
    """Marks an attribute as a field of the format."""

    key: str
    name: str
    required: bool

    def __set_name__(self, owner: Any, name: str) -> None:
        self.name = name


def _not_an_object(obj: Record, name: str, raw: Any) -> str:
    return (
        f"{type(obj).__name__}.{name} holds {type(raw).__name__} {raw!r:.40}, not an object "
        "(validate the document to see all such errors)"
    )


class Value(_Descriptor, Generic[T]):
    """A plain value: text, whole number, decimal, flag."""

    def __init__(self, key: str, *types: type, required: bool = False) -> None:
        self.key = key
        self.types = types
        self.required = required

    @overload
    def __get__(self, obj: None, owner: Any) -> "Value[T]": ...

    @overload
    def __get__(self, obj: Record, owner: Any) -> T: ...

    def __get__(self, obj: Optional[Record], owner: Any) -> Any:
        if obj is None:
            return self
        return self.load(obj._data.get(self.key))

    def __set__(self, obj: Record, value: T) -> None:
        if value is None:
            if self.required:
                raise TypeError(f"{type(obj).__name__}.{self.name} is required and cannot be None")
            obj._data.pop(self.key, None)
        else:
            obj._data[self.key] = self.dump(obj, value)
        obj._changed()

    def load(self, raw: Any) -> Any:
        return raw

    def dump(self, obj: Record, value: Any) -> Any:
        ok = isinstance(value, self.types) and not (
            isinstance(value, bool) and bool not in self.types
        )
        if not ok:
            names = " or ".join(t.__name__ for t in self.types)
            raise TypeError(
                f"{type(obj).__name__}.{self.name} must be {names}, not {type(value).__name__}"
            )
        return value


class Number(Value[T]):
    """A decimal number of the format (``float`` in Python; ints accepted)."""

    def __init__(self, key: str, *, required: bool = False, text: bool = False) -> None:
        types: Tuple[type, ...] = (int, float, str) if text else (int, float)
        super().__init__(key, *types, required=required)

    def dump(self, obj: Record, value: Any) -> Any:
        import decimal
        import math

        if isinstance(value, decimal.Decimal):
            value = float(value)
        value = super().dump(obj, value)
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"{type(obj).__name__}.{self.name} must be a finite number")
        return value


class Day(Value[T]):
    """A day: ``datetime.date`` in Python, ``YYYY-MM-DD`` in the format."""

    def __init__(self, key: str, *, required: bool = False) -> None:
        super().__init__(key, _dt.date, str, required=required)

    def load(self, raw: Any) -> Any:
        if raw is None:
            return None
        try:
            return _dt.date.fromisoformat(raw)
        except (TypeError, ValueError):
            return raw  # not a day (the core reports it): shown as written

    def dump(self, obj: Record, value: Any) -> Any:
        if isinstance(value, _dt.datetime):
            value = value.date()
        if isinstance(value, _dt.date):
            return value.isoformat()
        if isinstance(value, str):
            try:
                day = _dt.date.fromisoformat(value)
            except ValueError:
                day = None
            if day is None or len(value) != 10:
                raise ValueError(f"{type(obj).__name__}.{self.name}: {value!r} is no day (YYYY-MM-DD)")
            return value
        return super().dump(obj, value)


class Child(_Descriptor, Generic[R]):
    """A nested record (e.g. a step's timeframe)."""

    def __init__(self, key: str, cls: Callable[[], Type[R]], *, required: bool = False) -> None:
        self.key = key
        self.cls = cls
        self.required = required

    @overload
    def __get__(self, obj: None, owner: Any) -> "Child[R]": ...

    @overload
    def __get__(self, obj: Record, owner: Any) -> Optional[R]: ...

    def __get__(self, obj: Optional[Record], owner: Any) -> Any:
        if obj is None:
            return self
        raw = obj._data.get(self.key)
        if raw is None:
            return None
        if not isinstance(raw, dict):
            raise TypeError(_not_an_object(obj, self.name, raw))
        return self.cls()._wrap(raw, obj._root)

    def __set__(self, obj: Record, value: Union[R, Dict[str, Any], None]) -> None:
        cls = self.cls()
        if value is None:
            if self.required:
                raise TypeError(f"{type(obj).__name__}.{self.name} is required and cannot be None")
            obj._data.pop(self.key, None)
        elif isinstance(value, cls):
            obj._data[self.key] = value._adopt(obj._root)
        elif isinstance(value, dict):
            obj._data[self.key] = _copy.deepcopy(value)
        else:
            raise TypeError(
                f"{type(obj).__name__}.{self.name} must be {cls.__name__} or dict, "
                f"not {type(value).__name__}"
            )
        obj._changed()


class Raw(_Descriptor):
    """A part kept as a dict of the format (copied in and out)."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.required = False

    @overload
    def __get__(self, obj: None, owner: Any) -> "Raw": ...

    @overload
    def __get__(self, obj: Record, owner: Any) -> Optional[Dict[str, Any]]: ...

    def __get__(self, obj: Optional[Record], owner: Any) -> Any:
        if obj is None:
            return self
        raw = obj._data.get(self.key)
        return None if raw is None else _copy.deepcopy(raw)

    def __set__(self, obj: Record, value: Optional[Dict[str, Any]]) -> None:
        if value is None:
            obj._data.pop(self.key, None)
        elif isinstance(value, dict):
            obj._data[self.key] = _copy.deepcopy(value)
        else:
            raise TypeError(f"{type(obj).__name__}.{self.name} must be a dict, not {type(value).__name__}")
        obj._changed()


class ListView(MutableSequence[T]):
    """A live list inside a record: changes go into the document."""

    __slots__ = ("_owner", "_key", "_wrap", "_unwrap")

    def __init__(
        self,
        owner: Record,
        key: str,
        wrap: Callable[[Any], T],
        unwrap: Callable[[Any], Any],
    ) -> None:
        self._owner = owner
        self._key = key
        self._wrap = wrap
        self._unwrap = unwrap

    def _list(self) -> List[Any]:
        raw = self._owner._data.get(self._key)
        return raw if isinstance(raw, list) else []

    def _mutable(self) -> List[Any]:
        raw = self._owner._data.get(self._key)
        if not isinstance(raw, list):
            raw = self._owner._data[self._key] = []
        return raw

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> List[T]: ...

    def __getitem__(self, index: Union[int, slice]) -> Union[T, List[T]]:
        if isinstance(index, slice):
            return [self._wrap(x) for x in self._list()[index]]
        return self._wrap(self._list()[index])

    @overload
    def __setitem__(self, index: int, value: T) -> None: ...

    @overload
    def __setitem__(self, index: slice, value: Iterable[T]) -> None: ...

    def __setitem__(self, index: Union[int, slice], value: Any) -> None:
        if isinstance(index, slice):
            self._mutable()[index] = [self._unwrap(v) for v in value]
        else:
            self._mutable()[index] = self._unwrap(value)
        self._owner._changed()

    def __delitem__(self, index: Union[int, slice]) -> None:
        del self._mutable()[index]
        self._owner._changed()

    def __len__(self) -> int:
        return len(self._list())

    def insert(self, index: int, value: T) -> None:
        self._mutable().insert(index, self._unwrap(value))
        self._owner._changed()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (ListView, list, tuple)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(list(self))


class Records(_Descriptor, Generic[R]):
    """A list of nested records (e.g. a goal's steps)."""

    def __init__(self, key: str, cls: Callable[[], Type[R]], *, required: bool = False) -> None:
        self.key = key
        self.cls = cls
        self.required = required

    @overload
    def __get__(self, obj: None, owner: Any) -> "Records[R]": ...

    @overload
    def __get__(self, obj: Record, owner: Any) -> ListView[R]: ...

    def __get__(self, obj: Optional[Record], owner: Any) -> Any:
        if obj is None:
            return self
        cls = self.cls()
        owner_ = obj

        def wrap(raw: Any) -> R:
            if not isinstance(raw, dict):
                raise TypeError(_not_an_object(owner_, self.name, raw))
            return cls._wrap(raw, owner_._root)

        def unwrap(value: Any) -> Any:
            if isinstance(value, cls):
                return value._adopt(owner_._root)
            if isinstance(value, dict):
                return _copy.deepcopy(value)
            raise TypeError(
                f"{type(owner_).__name__}.{self.name} holds {cls.__name__} objects, "
                f"not {type(value).__name__}"
            )

        return ListView(obj, self.key, wrap, unwrap)

    def __set__(self, obj: Record, values: Iterable[Union[R, Dict[str, Any]]]) -> None:
        if isinstance(values, (str, bytes, dict)) or not isinstance(values, Iterable):
            raise TypeError(f"{type(obj).__name__}.{self.name} must be a list")
        items = list(values)
        obj._data[self.key] = []
        view = self.__get__(obj, type(obj))
        for item in items:
            view.append(item)  # type: ignore[arg-type]  # dicts are taken too
        obj._changed()


class Texts(_Descriptor):
    """A list of texts (e.g. partners, LOR codes, ids)."""

    def __init__(self, key: str, *, required: bool = False) -> None:
        self.key = key
        self.required = required

    @overload
    def __get__(self, obj: None, owner: Any) -> "Texts": ...

    @overload
    def __get__(self, obj: Record, owner: Any) -> ListView[str]: ...

    def __get__(self, obj: Optional[Record], owner: Any) -> Any:
        if obj is None:
            return self
        name = f"{type(obj).__name__}.{self.name}"

        def unwrap(value: Any) -> Any:
            if not isinstance(value, str):
                raise TypeError(f"{name} holds str, not {type(value).__name__}")
            return value

        return ListView(obj, self.key, str, unwrap)

    def __set__(self, obj: Record, values: Iterable[str]) -> None:
        if isinstance(values, (str, bytes, dict)) or not isinstance(values, Iterable):
            raise TypeError(f"{type(obj).__name__}.{self.name} must be a list of str")
        items = list(values)
        for v in items:
            if not isinstance(v, str):
                raise TypeError(f"{type(obj).__name__}.{self.name} holds str, not {type(v).__name__}")
        obj._data[self.key] = items
        obj._changed()

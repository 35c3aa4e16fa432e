"""Figures across units: "12 tonnes" is a 12,000 kg deal, "4.10/lb" a 9.04 per kg price.

The factors are data ([conversions] in rules/figures.toml). A converted figure matches a deal
within the rounding its writer used: "26,500 lbs" was rounded to the hundred, so it covers
12,000 kg; the tolerance is bounded so that a round figure does not cover every deal near it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

MIN_TOLERANCE = 0.001   # a writer's own conversion is rounded at least this much
MAX_TOLERANCE = 0.025   # "12 tonnes" covers 11.7-12.3 t, not every deal between 11.5 and 12.5


@dataclass(frozen=True)
class Converted:
    """A figure's reading in another unit: a deal in one of `units` (the unit's lower-cased
    spellings) whose value lies in [low, high] matches."""

    low: float
    high: float
    units: frozenset[str]


@dataclass(frozen=True)
class Conversions:
    factors: dict[str, tuple[str, float]]   # unit -> (dimension's base unit, factor to it)
    spellings: dict[str, frozenset[str]]    # unit -> its spellings, lower case, with the unit itself

    @classmethod
    def compile(cls, conversions: dict, units: dict[str, list[str]]) -> Conversions:
        factors: dict[str, tuple[str, float]] = {}
        for unit, (base, factor) in conversions.items():
            if unit not in units or base not in units:
                raise KeyError(f"[conversions] {unit}: {unit if unit not in units else base} is not in [units]")
            factors[unit] = (base, float(factor))
            factors.setdefault(base, (base, 1.0))
        spellings = {u: frozenset({u.lower(), *(t.lower() for t in units[u])}) for u in factors}
        return cls(factors, spellings)

    def of(self, kind: str, values: tuple[float, ...], unit: str | None) -> tuple[Converted, ...]:
        """A quantity in `unit`, or a price per `unit`, read in every other unit of its dimension."""
        if unit not in self.factors:
            return ()
        base, factor = self.factors[unit]
        out = []
        for other, (other_base, other_factor) in self.factors.items():
            if other == unit or other_base != base:
                continue
            ratio = factor / other_factor if kind == "quantity" else other_factor / factor
            for v in values:
                half = min(max(_half_step(v), v * MIN_TOLERANCE), v * MAX_TOLERANCE)
                out.append(Converted((v - half) * ratio, (v + half) * ratio, self.spellings[other]))
        return tuple(out)


def _half_step(value: float) -> float:
    """Half the place of the last significant digit: 26,500 -> 50, 4.1 -> 0.05, 12 -> 0.5."""
    exponent = Decimal(repr(value)).normalize().as_tuple().exponent
    return 10.0 ** int(exponent) / 2 if isinstance(exponent, int) else 0.0

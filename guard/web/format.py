"""Template filters and helpers: times in the [web] timezone, sizes, and links that keep the log's filters."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from flask import Flask, current_app, has_app_context, request, url_for


def zone() -> ZoneInfo:
    """The zone times are shown in: [web] timezone, UTC by default."""
    name = "UTC"
    if has_app_context() and "guard" in current_app.extensions:
        name = getattr(current_app.extensions["guard"].settings, "timezone", "UTC") or "UTC"
    return ZoneInfo(name)


def dt(value: datetime | None, seconds: bool = False) -> str:
    if value is None:
        return ""
    value = (value.replace(tzinfo=UTC) if value.tzinfo is None else value).astimezone(zone())
    return value.strftime("%Y-%m-%d %H:%M:%S %Z" if seconds else "%Y-%m-%d %H:%M")


def size(n: int | None) -> str:
    n = int(n or 0)
    for unit in ("B", "KB", "MB"):
        if n < 1024 or unit == "MB":
            return f"{n} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"


def age(value: datetime | None, now: datetime | None = None) -> str:
    """"3 h 5 min" since `value` (for the held queue's oldest message)."""
    if value is None:
        return ""
    now = now or datetime.now(UTC)
    value = value.replace(tzinfo=UTC) if value.tzinfo is None else value
    minutes = max(0, int((now - value).total_seconds() // 60))
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h"
    return f"{hours} h {mins} min" if hours else f"{mins} min"


def url_with(**changes) -> str:
    """The current page's URL with some query arguments changed (None drops one)."""
    args = {k: v for k, v in request.args.items() if v != ""}
    for k, v in changes.items():
        if v is None or v == "":
            args.pop(k, None)
        else:
            args[k] = v
    return url_for(request.endpoint, **(request.view_args or {}), **args)


def install(app: Flask) -> None:
    app.jinja_env.filters.update(dt=dt, size=size, age=age)
    app.jinja_env.globals.update(url_with=url_with, tzname=lambda: zone().key)

"""Reads an iCalendar feed with Python's icalendar package (an implementation independent of
ical4j) and prints what a calendar client would take from it, as JSON on stdout."""
import json
import sys

from icalendar import Calendar


def text(value):
    if value is None:
        return None
    if hasattr(value, "dt"):
        dt = value.dt
        return dt.isoformat() if not hasattr(dt, "tzinfo") or dt.tzinfo is None else dt.isoformat() + "|" + str(dt.tzinfo)
    if hasattr(value, "to_ical"):
        return value.to_ical().decode()
    return str(value)


def dates(value):
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return [d.dt.isoformat() for v in values for d in v.dts]


calendar = Calendar.from_ical(sys.stdin.read())
events = []
for event in calendar.walk("VEVENT"):
    events.append({
        "uid": str(event.get("UID")),
        "start": event.decoded("DTSTART").isoformat(),
        "tzid": event.get("DTSTART").params.get("TZID"),
        "end": event.decoded("DTEND").isoformat() if event.get("DTEND") else None,
        "recurrenceId": event.decoded("RECURRENCE-ID").isoformat() if event.get("RECURRENCE-ID") else None,
        "rrule": event.get("RRULE").to_ical().decode() if event.get("RRULE") else None,
        "exdates": dates(event.get("EXDATE")),
        "sequence": int(event.get("SEQUENCE", 0)),
        "status": str(event.get("STATUS")),
        "location": str(event.get("LOCATION")) if event.get("LOCATION") else None,
    })
print(json.dumps({
    "version": str(calendar.get("VERSION")),
    "refreshInterval": calendar.get("REFRESH-INTERVAL").to_ical().decode() if calendar.get("REFRESH-INTERVAL") else None,
    "timezones": [str(tz.get("TZID")) for tz in calendar.walk("VTIMEZONE")],
    "events": events,
}))

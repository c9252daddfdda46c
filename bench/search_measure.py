#!/usr/bin/env python3
"""Times the search benchmark's fixed query mix (called by bench/search.sh).

    bench/search_measure.py --url URL --db FILE --repetitions N

Each query of the mix is sent N times, one after the other, over one keep-alive connection, to
/annuaire (the HTML page) and to /api/v1/organisations; the answer must be 200. The bare reference
is the engine alone: `SELECT rowid FROM search_documents WHERE search_documents MATCH ? LIMIT 20`
through Python's sqlite3 module on the same database file, with the words of the mix's word queries
in the application's own MATCH form ("word"* …), N times each. The rare name, the commune and the
department are read from the database (the organisation in the middle of the id range), so the mix
is the same for a given generated file.

Python 3 standard library only.
"""

import argparse
import http.client
import sqlite3
import sys
import time
import urllib.parse


def percentile(values, fraction):
    """Nearest-rank percentile of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, -(-int(fraction * 1000) * len(ordered) // 1000))
    return ordered[min(rank, len(ordered)) - 1]


def fts5_expression(text):
    # As the application: letters and digits make words, one-letter words are dropped, each word a prefix.
    words, current = [], ""
    for character in text.lower():
        if character.isalnum():
            current += character
        else:
            if current:
                words.append(current)
            current = ""
    if current:
        words.append(current)
    return " ".join('"' + w + '"*' for w in words if len(w) > 1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--repetitions", type=int, required=True)
    args = parser.parse_args()

    database = sqlite3.connect(args.db)
    (middle,) = database.execute("SELECT max(id) / 2 FROM organisations").fetchone()
    rare_name, commune, department = database.execute(
        "SELECT o.name, o.commune_code, c.department_code FROM organisations o JOIN communes c ON c.code = o.commune_code "
        "WHERE o.id >= ? AND o.status = 'publiee' AND o.ceased = 0 ORDER BY o.id LIMIT 1",
        (middle,),
    ).fetchone()

    # (label, words for the bare reference or None, /annuaire query, /api/v1/organisations query)
    mix = [
        ("broad word", "association", {"q": "association"}, {"q": "association"}),
        ("two words", "jardins partagés", {"q": "jardins partagés"}, {"q": "jardins partagés"}),
        ("facet alone", None, {"famille_ess": "cooperative"}, {"ess_family": "cooperative"}),
        ("commune/department filter", None, {"departement": department}, {"commune": commune}),
        ("rare name", rare_name, {"q": rare_name}, {"q": rare_name}),
        ("no criteria", None, {}, {}),
    ]

    host = urllib.parse.urlsplit(args.url)
    connection = http.client.HTTPConnection(host.hostname, host.port, timeout=120)

    def timed_get(path):
        start = time.perf_counter()
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read()
        elapsed = (time.perf_counter() - start) * 1000
        if response.status != 200:
            sys.exit(f"search bench: {path} answered {response.status}: {body[:300]!r}")
        return elapsed

    def milliseconds(values):
        return f"{percentile(values, 0.50):9.2f} {percentile(values, 0.99):9.2f}"

    # The bare engine first (its figures are the unit of the ratios).
    bare_all = []
    bare = {}
    for label, words, _, _ in mix:
        if words is None:
            continue
        expression = fts5_expression(words)
        # Warm-up, not counted (as for the HTTP targets): the pages of the index come into the cache.
        database.execute("SELECT rowid FROM search_documents WHERE search_documents MATCH ? LIMIT 20", (expression,)).fetchall()
        timings = []
        for _ in range(args.repetitions):
            start = time.perf_counter()
            database.execute(
                "SELECT rowid FROM search_documents WHERE search_documents MATCH ? LIMIT 20", (expression,)
            ).fetchall()
            timings.append((time.perf_counter() - start) * 1000)
        bare[label] = timings
        bare_all += timings
    bare_p99 = percentile(bare_all, 0.99)

    print(f"rare name: {rare_name!r}   commune: {commune}   department: {department}")
    print(f"{args.repetitions} sequential requests per query and target, one keep-alive connection; "
          "ratio = p99 ÷ p99 of the bare FTS5 lookup over all word queries")
    print()
    header = f"{'target':<14} {'query':<27} {'p50 (ms)':>9} {'p99 (ms)':>9} {'ratio':>7}"
    print(header)
    print("-" * len(header))
    for label, timings in bare.items():
        ratio = percentile(timings, 0.99) / bare_p99 if bare_p99 > 0 else 0
        print(f"{'bare FTS5':<14} {label:<27} {milliseconds(timings)} {ratio:7.1f}")
    print(f"{'bare FTS5':<14} {'(all word queries)':<27} {milliseconds(bare_all)} {1.0:7.1f}")

    for target, path, index in (("/annuaire", "/annuaire", 2), ("/api/v1", "/api/v1/organisations", 3)):
        everything = []
        for entry in mix:
            parameters = entry[index]
            url = path + ("?" + urllib.parse.urlencode(parameters) if parameters else "")
            timed_get(url)  # warm-up, not counted
            timings = [timed_get(url) for _ in range(args.repetitions)]
            everything += timings
            ratio = percentile(timings, 0.99) / bare_p99 if bare_p99 > 0 else 0
            print(f"{target:<14} {entry[0]:<27} {milliseconds(timings)} {ratio:7.1f}")
        ratio = percentile(everything, 0.99) / bare_p99 if bare_p99 > 0 else 0
        print(f"{target:<14} {'(all queries)':<27} {milliseconds(everything)} {ratio:7.1f}")


if __name__ == "__main__":
    main()

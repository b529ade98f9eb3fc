"""Turning outside job data into Job rows: fetch, parse, normalise, upsert."""

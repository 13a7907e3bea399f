"""Một Cửa Desk: the counter client of a one-stop desk (Bộ phận Một cửa)."""

__version__ = "0.1.0"

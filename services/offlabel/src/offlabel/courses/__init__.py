"""Courses of administrations under an approval (OFL-R-COURSE)."""

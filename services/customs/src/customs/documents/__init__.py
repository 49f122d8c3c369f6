"""Printable Persian documents (clearance letter, exit permit) as HTML and PDF, and their public verification."""

"""Declarations of medicines arriving with passengers or by post: evaluation, workflow, clearance letters."""

"""Clearing medicines that arrive with passengers or by post, and permits for medicines leaving the country (SOP-DPNA-GIO-020 rev. 04)."""

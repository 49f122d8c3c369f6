"""Customs offices and the GIO experts the head of GIO assigns to them (CUS-5)."""

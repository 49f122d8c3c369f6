"""Computable off-label prescribing guidelines, physicians' requests evaluated against them, insurers' coverage decisions (instruction 400/7515, letter 18300/400د)."""

"""Physicians' off-label requests (OFL-R): filing, the pure evaluation engine, documents and re-evaluation."""

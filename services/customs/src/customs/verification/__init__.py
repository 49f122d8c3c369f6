"""SPEC X3: customs asks inspections (through the gateway) whether a product's import is permitted; verification and its retries."""

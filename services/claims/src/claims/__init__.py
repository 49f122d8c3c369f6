"""Official agencies reviewing miscellaneous medical reimbursement claims for the Social Security Organization (circular 1000/99/9958)."""
